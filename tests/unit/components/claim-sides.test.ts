import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import { claimSides, outletList } from '../../../components/claim-sides';
import { comparisonData } from '../../../knowledge/query';

describe('how the sources stand to the page’s answer', () => {
  test('splits the claims by whether their source agrees', () => {
    const { comparison, sources } = comparisonData(
      knowledge,
      'meal-in-kims-honour',
    )!;
    const sides = claimSides(comparison, sources, ['timenews-2023']);
    expect(sides.same.map((c) => c.source)).toEqual(['timenews-2023']);
    expect(sides.others.map((c) => c.source)).toEqual(['bbn-2023']);
    expect(sides.line).toBe(
      'Same answer as Time News. Differs from BBN (Lunch).',
    );
  });

  test('sources that do not contradict each other add rather than differ', () => {
    const { comparison, sources } = comparisonData(
      knowledge,
      'first-meeting-2019',
    )!;
    expect(comparison.verdict).not.toBe('differ');
    const { line } = claimSides(comparison, sources, ['npr-2019']);
    expect(line).toMatch(/^Same answer as NPR\. The other sources add: /);
  });

  test('names outlets once each, in a phrase', () => {
    const { sources } = comparisonData(knowledge, 'train-departure-time')!;
    expect(outletList(['bbn-2023', 'timenews-2023', 'bbn-2023'], sources)).toBe(
      'BBN and Time News',
    );
    expect(outletList(['unknown-source'], sources)).toBe('unknown-source');
  });
});
