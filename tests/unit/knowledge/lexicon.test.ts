import { describe, expect, test } from 'vitest';
import { combinedPattern, PATTERN_FLAGS } from '../../../knowledge/lexicon';

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
