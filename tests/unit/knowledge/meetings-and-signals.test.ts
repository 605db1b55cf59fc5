/** The authored meetings and claim signals, over the whole compiled knowledge. */
import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';

describe('the meetings', () => {
  test('the two the sources cover have the ids of their event entities', () => {
    const covered = knowledge.meetings
      .filter((m) => m.covered)
      .map((m) => m.id);
    expect(covered).toEqual([
      'summit-2019-vladivostok',
      'summit-2023-vostochny',
    ]);
    for (const id of covered)
      expect(knowledge.entities.find((e) => e.id === id)?.kind).toBe('event');
  });

  test('the later meetings are there, marked as from outside the sources', () => {
    const later = knowledge.meetings.filter((m) => !m.covered);
    expect(later.map((m) => [m.id, m.dates.start])).toEqual([
      ['pyongyang-2024', '2024-06-19'],
      ['beijing-2025', '2025-09-03'],
    ]);
    for (const m of later)
      expect(m.outside).toMatch(/not in the four sources/i);
  });
});

describe('the claim signals', () => {
  test('every differ comparison has signals for each of its sources', () => {
    for (const c of knowledge.comparisons.filter(
      (c) => c.verdict === 'differ',
    )) {
      const signals = knowledge.claimSignals.find((s) => s.comparison === c.id);
      expect(signals, c.id).toBeDefined();
      const sources = new Set(signals!.answers.flatMap((a) => a.sources));
      for (const claim of c.claims)
        expect(sources.has(claim.source), `${c.id} › ${claim.source}`).toBe(
          true,
        );
    }
  });

  test('every question about one meeting names a meeting there is', () => {
    const ids = new Set(knowledge.meetings.map((m) => m.id));
    for (const s of knowledge.claimSignals)
      for (const a of s.answers)
        if (a.meeting !== null) expect(ids.has(a.meeting)).toBe(true);
  });
});
