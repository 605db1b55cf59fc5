import knowledge from 'virtual:summit-lens/knowledge';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { WordIndex } from '../../../entrypoints/content/word-index';
import { wordIndexData } from '../../../knowledge/word-index-data';
import {
  groupSlot,
  PHRASE_FLAGS,
  PhraseError,
  phrasePattern,
  phraseSlots,
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

describe('phraseSlots', () => {
  test('every required part without a function word is a slot', () => {
    expect(phraseSlots('Sunday (evening|night)')).toEqual([
      ['Sunday'],
      ['evening', 'night'],
    ]);
    expect(
      phraseSlots('(more|largely|mostly) (about|for) (show|optics)'),
    ).toEqual([['show', 'optics']]);
    expect(phraseSlots('only (four|4) … (by train|train|rail)')).toEqual([
      ['four', '4'],
      ['train', 'rail'],
    ]);
    // A group with a function word in it is no slot: not a slot of its
    // other words, which a match need not hold.
    expect(
      phraseSlots('venue … (is|was|would be|will be) … Vladivostok'),
    ).toEqual([['venue'], ['Vladivostok']]);
    expect(phraseSlots('(unclear|unknown|not known) (exactly|) when')).toEqual([
      ['unclear', 'unknown', 'known'],
    ]);
  });

  test('a phrase of function words only has its most telling part', () => {
    // Of two as telling, the part with fewer words finds fewer sentences.
    expect(phraseSlots('(not|no) … when')).toEqual([['when']]);
  });

  test('a topic group is a slot unless a function word is among its words', () => {
    expect(groupSlot(['meet*', 'summit', 'the two leaders'])).toEqual([
      'meet*',
      'summit',
      'leaders',
    ]);
    expect(groupSlot(['meet*', 'on'])).toBeNull();
  });

  /** Every authored phrase of the claim signals, with the slots it has. */
  const authored = knowledge.claimSignals.flatMap((c) =>
    c.answers.flatMap((a) => [
      ...a.says.map((phrase, i) => ({
        phrases: [phrase],
        slots: a.slots.says[i]!,
      })),
      ...a.topic.map((group) => ({
        phrases: group,
        slots: [groupSlot(group)].filter((s): s is string[] => s !== null),
      })),
    ]),
  );
  const sentences = (
    JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          '../../fixtures/articles/claim-sentences.json',
        ),
        'utf8',
      ),
    ) as { sentences: { text: string }[] }
  ).sentences.map((s) => s.text);

  test('every match of an authored phrase holds a word of each of its slots', () => {
    let checked = 0;
    for (const { phrases, slots } of authored) {
      const pattern = new RegExp(
        phrases.map(phrasePattern).join('|'),
        `${PHRASE_FLAGS}g`,
      );
      for (const text of sentences)
        for (const [match] of text.matchAll(pattern)) {
          checked += 1;
          slots.forEach((words, slot) => {
            const index = new WordIndex(
              wordIndexData(words.map((w) => [w, slot] as const)),
            );
            let held = false;
            index.scan(match, () => (held = true));
            expect(held, `"${match}" holds none of ${words.join(', ')}`).toBe(
              true,
            );
          });
        }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
