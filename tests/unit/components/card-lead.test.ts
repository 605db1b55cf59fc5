import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import {
  leadDisagreement,
  leadFacts,
  moreLabel,
} from '../../../components/card-lead';
import { entryData, type EntryData } from '../../../knowledge/query';
import type { Comparison, Fact } from '../../../knowledge/schema';

const kim = entryData(knowledge, 'kim-jong-un')!;

/** An entry with its facts and comparisons replaced. */
function withParts(
  facts: Fact[],
  comparisons: Comparison[] = kim.comparisons,
): EntryData {
  return { ...kim, entity: { ...kim.entity, facts }, comparisons };
}

const fact = (text: string, meeting?: string): Fact => ({
  text,
  citations: [{ source: 'npr-2019', quote: 'q' }],
  ...(meeting ? { meeting } : {}),
});

const comparison = (
  id: string,
  verdict: Comparison['verdict'],
  about: string[] = ['kim-jong-un'],
): Comparison => ({
  id,
  question: `${id}?`,
  topic: id,
  about,
  verdict,
  note: 'n',
  claims: [],
});

describe('leadFacts', () => {
  test('the first two facts, in order, by default', () => {
    expect(leadFacts(kim)).toEqual(kim.entity.facts.slice(0, 2));
  });

  test('facts about the meeting the page reports come first, in their order', () => {
    const entry = withParts([
      fact('a', 'summit-2019-vladivostok'),
      fact('b'),
      fact('c', 'summit-2023-vostochny'),
      fact('d', 'summit-2023-vostochny'),
    ]);
    expect(
      leadFacts(entry, { meeting: 'summit-2023-vostochny' }).map((f) => f.text),
    ).toEqual(['c', 'd']);
    expect(
      leadFacts(entry, { meeting: 'summit-2019-vladivostok' }).map(
        (f) => f.text,
      ),
    ).toEqual(['a', 'b']);
    expect(leadFacts(entry, { meeting: 'unknown' }).map((f) => f.text)).toEqual(
      ['a', 'b'],
    );
  });

  test('fewer facts than asked for gives them all', () => {
    expect(leadFacts(withParts([fact('only')]), { count: 2 })).toHaveLength(1);
  });
});

describe('leadDisagreement', () => {
  test('the first comparison where the sources differ', () => {
    const lead = leadDisagreement(kim)!;
    expect(lead.verdict).toBe('differ');
    expect(lead).toBe(kim.comparisons.find((c) => c.verdict === 'differ'));
  });

  test('prefers a disagreement about the meeting the page reports', () => {
    const entry = withParts(kim.entity.facts, [
      comparison('agreed', 'agree', ['summit-2023-vostochny']),
      comparison('first', 'differ'),
      comparison('about-meeting', 'differ', ['summit-2023-vostochny']),
    ]);
    expect(leadDisagreement(entry)?.id).toBe('first');
    expect(
      leadDisagreement(entry, { meeting: 'summit-2023-vostochny' })?.id,
    ).toBe('about-meeting');
    expect(leadDisagreement(entry, { meeting: 'other' })?.id).toBe('first');
  });

  test('none when the sources never differ about the entity', () => {
    const entry = withParts(kim.entity.facts, [
      comparison('a', 'agree'),
      comparison('b', 'complement'),
    ]);
    expect(leadDisagreement(entry)).toBeUndefined();
  });
});

describe('moreLabel', () => {
  test('says what more holds, leaving out what is empty', () => {
    expect(moreLabel({ facts: 5, comparisons: 8, related: 7 })).toBe(
      '5 facts · 8 comparisons · 7 related',
    );
    expect(moreLabel({ facts: 1, comparisons: 1, related: 0 })).toBe(
      '1 fact · 1 comparison',
    );
    expect(moreLabel({ facts: 0, comparisons: 0, related: 0 })).toBeUndefined();
  });
});
