import { describe, expect, test } from 'vitest';
import {
  PHRASE_FLAGS,
  PhraseError,
  phrasePattern,
} from '../../../knowledge/phrase-pattern';

const matches = (phrase: string, text: string) =>
  [...text.matchAll(new RegExp(phrasePattern(phrase), `${PHRASE_FLAGS}g`))].map(
    (m) => m[0],
  );

describe('phrasePattern', () => {
  test('matches whole words in any case', () => {
    expect(
      matches('Vostochny Cosmodrome', 'at the VOSTOCHNY cosmodrome'),
    ).toEqual(['VOSTOCHNY cosmodrome']);
    expect(matches('lunch', 'a luncheon, then lunch')).toEqual(['lunch']);
  });

  test('a word in capitals matches only in capitals', () => {
    expect(matches('US', 'the US said, and told us')).toEqual(['US']);
    expect(matches('U.S. officials', 'U.S. officials said')).toEqual([
      'U.S. officials',
    ]);
  });

  test('a star extends a word, and groups give alternatives', () => {
    expect(matches('meet*', 'meets, meeting, met')).toEqual([
      'meets',
      'meeting',
    ]);
    expect(matches('(lunch|dinner) for Kim', 'a dinner for Kim')).toEqual([
      'dinner for Kim',
    ]);
  });

  test('an empty alternative makes a group optional, at the start too', () => {
    expect(
      matches(
        '(the|) Vostochny spaceport',
        'the Vostochny spaceport; Vostochny spaceport',
      ),
    ).toEqual(['the Vostochny spaceport', 'Vostochny spaceport']);
  });

  test('apostrophes and hyphens match either form', () => {
    expect(matches("Kim's honour", 'in Kim’s honour')).toEqual([
      'Kim’s honour',
    ]);
    expect(matches('rocket launch site', 'a rocket-launch site')).toEqual([
      'rocket-launch site',
    ]);
  });

  test('a gap skips up to five words, and an aside between commas as one', () => {
    expect(
      matches('meet … in Vladivostok', 'meet on Wednesday in Vladivostok'),
    ).toHaveLength(1);
    expect(
      matches(
        'meet … in Vladivostok',
        'meet one two three four five six in Vladivostok',
      ),
    ).toEqual([]);
    expect(
      matches('Kyodo … said', 'Kyodo, citing a Russian official, said'),
    ).toHaveLength(1);
  });

  test('a gap does not cross a clause or a sentence', () => {
    expect(
      matches('meet … Vladivostok', 'they will meet; Vladivostok waits'),
    ).toEqual([]);
    expect(
      matches('meet … Vladivostok', 'they will meet. Vladivostok waits'),
    ).toEqual([]);
    expect(
      matches('meet … Vladivostok', 'Putin, who will meet Kim, Vladivostok'),
    ).toEqual([]);
  });

  test.each([
    ['', 'the phrase is empty'],
    ['(lunch', 'a "(" is not closed'],
    ['lunch)', 'unexpected ")"'],
    ['… lunch', 'a phrase cannot start or end with a gap'],
    ['(the|)', 'the phrase must require at least one word'],
    ['hono*r', '"hono*r" is not a word'],
  ])('rejects %j: %s', (phrase, message) => {
    expect(() => phrasePattern(phrase)).toThrow(new PhraseError(message));
  });
});
