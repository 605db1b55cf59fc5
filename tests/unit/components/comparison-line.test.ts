import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import {
  answerGroups,
  comparisonLine,
  disagreementText,
  shortOutlet,
} from '../../../components/comparison-line';
import type { Comparison, Source } from '../../../knowledge/schema';
import { sourceIndex } from '../../../entrypoints/popup/lookup';

const source = (id: string, outlet: string): Source => ({
  id,
  outlet,
  title: 't',
  byline: '',
  published: '2023-09-11',
  kind: 'news article',
  seedFile: 'f',
});

const sources = {
  nysun: source('nysun', 'NY Sun'),
  bbn: source('bbn', 'BBN'),
  tn: source('tn', 'Time News'),
};

const train: Comparison = {
  id: 'train-departure-time',
  question: "When did Kim's train leave Pyongyang?",
  topic: 'when the train left',
  about: ['kim-jong-un'],
  verdict: 'differ',
  note: 'All three put it on Sunday. Not at the same hour.',
  claims: [
    {
      source: 'nysun',
      answer: 'Probably Sunday evening.',
      short: 'evening',
      quote: 'q1',
    },
    {
      source: 'bbn',
      answer: 'Sunday afternoon, per KCNA.',
      short: 'afternoon',
      quote: 'q2',
    },
    {
      source: 'tn',
      answer: 'On Sunday afternoon.',
      short: 'Afternoon',
      quote: 'q3',
    },
  ],
};

describe('comparison line', () => {
  test('groups outlets that give the same short answer', () => {
    expect(disagreementText(train, sources)).toBe(
      'Sources differ on when the train left: NY Sun evening; BBN, Time News afternoon',
    );
    expect(answerGroups(train, sources)).toEqual([
      { outlets: ['NY Sun'], answer: 'evening' },
      { outlets: ['BBN', 'Time News'], answer: 'afternoon' },
    ]);
    expect(comparisonLine(train, sources)).toBe(
      'NY Sun evening; BBN, Time News afternoon',
    );
  });

  test('outlets lose a leading "The" and a subtitle', () => {
    const all = sourceIndex(knowledge);
    expect(knowledge.sources.map((s) => shortOutlet(all[s.id], s.id))).toEqual([
      'NPR',
      'New York Sun',
      'BBN',
      'Time News',
    ]);
    expect(shortOutlet(undefined, 'gone-2020')).toBe('gone-2020');
  });

  test('every comparison in the knowledge has a one-line summary', () => {
    const all = sourceIndex(knowledge);
    for (const c of knowledge.comparisons)
      expect(comparisonLine(c, all).length).toBeGreaterThan(10);
  });
});
