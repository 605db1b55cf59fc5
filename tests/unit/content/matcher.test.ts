import lexicon from 'virtual:summit-lens/lexicon';
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../../entrypoints/content/matcher';

const match = createMatcher(lexicon);
const idOf = (entity: number) => lexicon.entities[entity]!.id;

/** The marked text and entity id of every match. */
function found(text: string): [string, string, boolean][] {
  return match(text).map((m) => [
    text.slice(m.start, m.end),
    idOf(m.entity),
    m.context,
  ]);
}

describe('matcher', () => {
  test.each([
    'Kim Jong Un',
    'Kim Jong-un',
    'KIM JONG UN',
    'kim jong un',
    'Kim\u00a0Jong\u00a0Un',
    'Kim Jong\nUn',
  ])('matches the spelling %j as one mention', (name) => {
    expect(found(`Yesterday ${name} left.`)).toEqual([
      [name, 'kim-jong-un', false],
    ]);
  });

  test.each([
    ["Putin's", 'Putin'],
    ['Putin\u2019s', 'Putin'],
    ['Putin’s', 'Putin'],
  ])('marks the name in the possessive %j', (word, marked) => {
    expect(found(`${word} plan`)).toEqual([[marked, 'vladimir-putin', false]]);
  });

  test('prefers the longest alias at a position', () => {
    expect(found('Vladimir Putin and Vostochny Cosmodrome')).toEqual([
      ['Vladimir Putin', 'vladimir-putin', false],
      ['Vostochny Cosmodrome', 'vostochny-cosmodrome', false],
    ]);
  });

  test('matches spelling variants of other names', () => {
    expect(found('Khasan or Khassan; Choe Son Hui or Choe Sun Hui')).toEqual([
      ['Khasan', 'khasan', false],
      ['Khassan', 'khasan', false],
      ['Choe Son Hui', 'choe-son-hui', false],
      ['Choe Sun Hui', 'choe-son-hui', false],
    ]);
  });

  test('whole words only', () => {
    expect(found('Putinism, Vladivostoker and Kimchi')).toEqual([]);
  });

  test('reports context aliases as such', () => {
    expect(found('Kim said, and Mr. Kim nodded; Mr Kim left.')).toEqual([
      ['Kim', 'kim-jong-un', true],
      ['Mr. Kim', 'kim-jong-un', true],
      ['Mr Kim', 'kim-jong-un', true],
    ]);
  });

  test.each([
    'Kim Yo Jong',
    'Kim Tok Hun',
    'Kim Kardashian',
    'Kim Yuna',
    'Kim-Yo-jong',
  ])('never takes %j for Kim Jong Un', (name) => {
    expect(found(`Then ${name} spoke.`)).toEqual([]);
  });

  test('Kim Jong Il is his father, not him', () => {
    expect(found('Kim Jong Il and Kim Jong-il')).toEqual([
      ['Kim Jong Il', 'kim-jong-il', false],
      ['Kim Jong-il', 'kim-jong-il', false],
    ]);
  });

  test.each(['sanctions', 'train', 'Ukraine', 'summit', 'forum'])(
    'never marks the generic word %j alone',
    (word) => {
      expect(found(`The ${word} was mentioned.`)).toEqual([]);
    },
  );

  test.each([
    'Kim Il Sung Square',
    'Kim Il-sung Stadium',
    'Kim Il Sung University',
    'KIM IL SUNG SQUARE',
    'Kim Jong Il Street',
    'Putin Avenue',
    'Kim Jong Un\u00a0Bridge',
    'Trump Tower',
  ])('a name that begins the place %j is not the person', (place) => {
    expect(found(`A crowd filled ${place} on Monday.`)).toEqual([]);
  });

  test('the person is still marked beside a place word that is not part of the name', () => {
    expect(
      found(
        'Kim Il Sung squared the circle; Kim Il Sung Squares; Kim Il Sung. Square; Kim Il Sung, Street',
      ),
    ).toEqual([
      ['Kim Il Sung', 'kim-il-sung', false],
      ['Kim Il Sung', 'kim-il-sung', false],
      ['Kim Il Sung', 'kim-il-sung', false],
      ['Kim Il Sung', 'kim-il-sung', false],
    ]);
  });

  test('only people lose a place word: a place before one stays marked', () => {
    expect(found('Vladivostok Airport and Pyongyang Station')).toEqual([
      ['Vladivostok', 'vladivostok', false],
      ['Pyongyang', 'pyongyang', false],
    ]);
  });
});
