import { describe, expect, test } from 'vitest';
import { WordIndex } from '../../../entrypoints/content/word-index';

/** Every place found in `text`, with what is filed there. */
function found<T>(index: WordIndex<T>, text: string): [number, T[]][] {
  const out: [number, T[]][] = [];
  index.scan(text, (at, filed) => out.push([at, [...filed]]));
  return out;
}

describe('WordIndex', () => {
  test('finds whole words only where they stand whole, in any case', () => {
    const index = new WordIndex([
      ['train', 'a'],
      ['lunch', 'b'],
    ]);
    expect(found(index, 'The Train left; trains and LUNCH.')).toEqual([
      [4, ['a']],
      [27, ['b']],
    ]);
  });

  test('a word begun by several stems gets what each stem files, in the order the stems came', () => {
    const index = new WordIndex([
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
    const index = new WordIndex([
      ['know-how', 1],
      ["Kim's", 2],
    ]);
    expect(found(index, 'Russian know how and Kim’s train')).toEqual([
      [8, [1]],
      [21, [2]],
    ]);
  });
});
