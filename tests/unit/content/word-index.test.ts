import { describe, expect, test } from 'vitest';
import { WordIndex } from '../../../entrypoints/content/word-index';
import { wordIndexData } from '../../../knowledge/word-index-data';

/** An index of `entries`, made as the build makes the knowledge's. */
const indexOf = <T>(entries: [string, T][]) =>
  new WordIndex(wordIndexData(entries));

/** Every place found in `text`, with what is filed there. */
function found<T>(index: WordIndex<T>, text: string): [number, T[]][] {
  const out: [number, T[]][] = [];
  index.scan(text, (at, filed) => out.push([at, [...filed]]));
  return out;
}

describe('WordIndex', () => {
  test('finds whole words only where they stand whole, in any case', () => {
    const index = indexOf([
      ['train', 'a'],
      ['lunch', 'b'],
    ]);
    expect(found(index, 'The Train left; trains and LUNCH.')).toEqual([
      [4, ['a']],
      [27, ['b']],
    ]);
  });

  test('a word begun by several stems gets what each stem files, in the order the stems came', () => {
    const index = indexOf([
      ['meeting*', 'long'],
      ['meet*', 'short'],
      ['meetings', 'whole'],
      ['me*', 'shortest'],
    ]);
    expect(found(index, 'meetings')).toEqual([
      [0, ['whole']],
      [0, ['long']],
      [0, ['short']],
      [0, ['shortest']],
    ]);
    expect(found(index, 'meets')).toEqual([
      [0, ['short']],
      [0, ['shortest']],
    ]);
    expect(found(index, 'mellow melt')).toEqual([
      [0, ['shortest']],
      [7, ['shortest']],
    ]);
  });

  test('a word is found by its head, up to a hyphen or a space', () => {
    const index = indexOf<number>([
      ['know-how', 1],
      ["Kim's", 2],
    ]);
    expect(found(index, 'Russian know how and Kim’s train')).toEqual([
      [8, [1]],
      [21, [2]],
    ]);
  });

  test('what the build makes survives a trip through JSON, as the bundle carries it', () => {
    const data = wordIndexData<number>([
      ['meet*', 1],
      ['summit', 2],
      ['U.S.', 3],
    ]);
    const index = new WordIndex(
      JSON.parse(JSON.stringify(data)) as typeof data,
    );
    expect(found(index, 'A U.S. summit; they met, then meeting.')).toEqual([
      [2, [3]],
      [7, [2]],
      [30, [1]],
    ]);
  });
});
