import cues from 'virtual:summit-lens/article-cues';
/**
 * The meeting decision and the claim finder on the article fixtures we
 * wrote (tests/fixtures/articles/): every page's meeting, and the claim
 * finder's precision and recall over the pages and the sentence set. The
 * report is printed.
 */
import knowledge from 'virtual:summit-lens/knowledge';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  createTools,
  emptyTally,
  evaluatePages,
  evaluateSentences,
  formatDecisions,
  formatTally,
  precision,
  recall,
  type SentenceCase,
  type Tally,
} from '../helpers/claim-evaluation';

const DIR = join(import.meta.dirname, '../../fixtures/articles');
const tools = createTools(cues);
const pages = evaluatePages(tools, DIR);
const cases = (
  JSON.parse(readFileSync(join(DIR, 'claim-sentences.json'), 'utf8')) as {
    sentences: SentenceCase[];
  }
).sentences;
const sentences = evaluateSentences(tools, cases);
const onPages = pages.reduce<Tally>((sum, p) => {
  sum.right += p.tally.right;
  sum.wrong += p.tally.wrong;
  sum.claims += p.tally.claims;
  sum.found += p.tally.found;
  sum.misses.push(...p.tally.misses);
  return sum;
}, emptyTally());

console.log(
  [
    'Meeting decision on the article fixtures:',
    formatDecisions(pages),
    formatTally('Claims on the article pages', onPages),
    formatTally('Claims in the sentence set', sentences),
    ...[...onPages.misses, ...sentences.misses].map((m) => `  · ${m}`),
  ].join('\n'),
);

describe('article fixtures', () => {
  test.each(pages.map((p) => [p.name, p] as const))(
    '%s: the meeting decision',
    (_, page) => {
      expect(page.decision.id).toBe(page.expected.meeting);
      expect(page.decision.why).not.toBe('');
    },
  );

  test('every comparison with signals has sentences for each answer, neutral ones and other senses', () => {
    for (const signals of knowledge.claimSignals) {
      const own = cases.filter((c) => c.comparison === signals.comparison);
      for (const answer of signals.answers)
        expect(
          own.some((c) => c.answers?.includes(answer.id)),
          `${signals.comparison} › ${answer.id}`,
        ).toBe(true);
      expect(
        own.some((c) => c.kind === 'neutral'),
        signals.comparison,
      ).toBe(true);
      expect(
        own.some((c) => c.kind === 'other-sense'),
        signals.comparison,
      ).toBe(true);
    }
  });

  test('claim marks on the pages are precise and find most claims', () => {
    expect(precision(onPages)).toBeGreaterThanOrEqual(0.9);
    expect(recall(onPages)).toBeGreaterThanOrEqual(0.6);
  });

  test('claim marks in the sentence set are precise and find most claims', () => {
    expect(precision(sentences)).toBeGreaterThanOrEqual(0.9);
    expect(recall(sentences)).toBeGreaterThanOrEqual(0.6);
  });

  test('no mark on a page about another meeting counts for a 2023 question unless the sentence names 2023', () => {
    for (const page of pages.filter(
      (p) => p.expected.meeting !== 'summit-2023-vostochny',
    ))
      expect(page.tally.wrong, page.tally.misses.join('\n')).toBe(0);
  });
});
