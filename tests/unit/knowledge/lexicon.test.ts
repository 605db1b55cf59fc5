import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import {
  buildLexicon,
  combinedPattern,
  PATTERN_FLAGS,
} from '../../../knowledge/lexicon';

/** Every match of the combined pattern of `keys` in `text`. */
function matches(keys: string[], text: string): string[] {
  const regex = new RegExp(combinedPattern(keys), PATTERN_FLAGS);
  return [...text.matchAll(regex)].map((m) => m[0]);
}

describe('combined pattern', () => {
  test('takes the longest alias that ends a word, wherever names share a start', () => {
    const keys = ['kim', 'kim jong un', 'kim jong il', "kim's armored train"];
    expect(
      matches(keys, "Kim Jong Un, Kim Jong-il, Kim's armored train, Kim Jongs"),
    ).toEqual(['Kim Jong Un', 'Kim Jong-il', "Kim's armored train", 'Kim']);
  });

  test('opens with \\b only when every alias starts with an ASCII word character', () => {
    expect(combinedPattern(['kim', '2019 summit'])).toMatch(/^\\b/);
    expect(combinedPattern(['kim', 'élysée'])).not.toMatch(/^\\b/);
  });

  test('finds an alias that starts beyond ASCII, but not inside a word', () => {
    const keys = ['kim', 'élysée'];
    expect(matches(keys, 'At the Élysée, Kim; aÉlysée, éKim')).toEqual([
      'Élysée',
      'Kim',
    ]);
  });

  test('pairs a letter only with an upper case that lowers back to it', () => {
    expect(matches(['kıs'], 'KIS kıs KıS')).toEqual(['kıs', 'KıS']);
  });
});

describe('gate needles', () => {
  const lexicon = buildLexicon(knowledge);
  const { needles, summits } = lexicon.gate;
  const test_ = (source: string) => new RegExp(source, 'i');

  test('hold one telling word per name, never a date or an everyday word', () => {
    expect(needles.summit.split('|').sort()).toEqual([
      'vladivostok',
      'vostochny',
    ]);
    expect(needles.kim).toBe('jong');
    expect(needles.putin).toBe('putin');
  });

  test("catch every name of a summit, alone or with Kim's and Putin's", () => {
    for (const index of summits)
      for (const alias of knowledge.entities[index]!.aliases)
        expect(
          test_(needles.summit).test(alias) ||
            (test_(needles.kim).test(alias) &&
              test_(needles.putin).test(alias)),
          alias,
        ).toBe(true);
  });
});
