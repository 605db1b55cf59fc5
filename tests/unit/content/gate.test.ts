import lexicon from 'virtual:summit-lens/lexicon';
import { describe, expect, test } from 'vitest';
import {
  closedGate,
  createQuickGate,
  isOpen,
  recordMatches,
} from '../../../entrypoints/content/gate';
import { createMatcher } from '../../../entrypoints/content/matcher';

const match = createMatcher(lexicon);
const quick = createQuickGate(lexicon);

/** The gate's verdict on text, from full matching and from the quick check. */
function verdicts(text: string): { full: boolean; quick: boolean } {
  const full = closedGate();
  recordMatches(lexicon, full, match(text));
  const q = closedGate();
  quick(text, q);
  return { full: isOpen(full), quick: isOpen(q) };
}

describe('gate', () => {
  test.each([
    'Kim Jong Un travelled to meet Vladimir Putin.',
    'KIM JONG-UN and PUTIN shook hands.',
    'Putin waited while Kim Jong Un’s train crossed at Khasan.',
    'Memories of the Vladivostok summit linger.',
  ])('opens for %j', (text) => {
    expect(verdicts(text)).toEqual({ full: true, quick: true });
  });

  test.each([
    [
      'a Trump–Kim summit',
      'Donald Trump met Kim Jong Un in Hanoi; the summit ended early.',
    ],
    [
      'a Putin–Xi meeting',
      'Vladimir Putin met Xi Jinping in Moscow to discuss trade.',
    ],
    [
      'a travel guide',
      'Vladivostok sits on the Golden Horn Bay; take the Trans-Siberian.',
    ],
    ['other people called Kim', 'Kim Kardashian and Kim Yuna met Putin fans.'],
    ['only short forms', 'Mr. Kim met Putin.'],
  ])('stays shut for %s', (_what, text) => {
    expect(verdicts(text).full).toBe(false);
  });

  test('the quick check never says no when the full gate says yes', () => {
    const text = 'Yesterday, Kim\u00a0Jong-un and Putin’s aides met.';
    expect(verdicts(text)).toEqual({ full: true, quick: true });
  });

  test('state accumulates across pieces of text', () => {
    const state = closedGate();
    quick('Kim Jong Un arrived.', state);
    expect(isOpen(state)).toBe(false);
    quick('Putin was waiting.', state);
    expect(isOpen(state)).toBe(true);
  });
});
