import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import {
  entriesLabel,
  mentionCount,
  mentionsLabel,
  namedEntities,
  sourceContribution,
} from '../../../entrypoints/popup/lookup';
import { factCountsBySource } from '../../../knowledge/query';

describe('popup lookups', () => {
  test('a source contributes as many facts as factCountsBySource says', () => {
    const counts = factCountsBySource(knowledge);
    for (const source of knowledge.sources) {
      const c = sourceContribution(knowledge, source.id);
      expect(c.factCount).toBe(counts[source.id]);
      expect(c.entities.flatMap((g) => g.facts)).toHaveLength(c.factCount);
      for (const group of c.entities)
        for (const fact of group.facts)
          expect(fact.citations.length).toBeGreaterThan(0);
      expect(c.claims.every((x) => x.claim.source === source.id)).toBe(true);
    }
  });

  test('mention counts come from the page status', () => {
    const status = {
      site: 'example.com',
      enabled: true,
      relevant: true,
      entities: [{ id: 'kim-jong-un', count: 3 }],
      total: 3,
    };
    expect(mentionCount(status, 'kim-jong-un')).toBe(3);
    expect(mentionCount(status, 'khasan')).toBe(0);
    expect(mentionCount(undefined, 'khasan')).toBeUndefined();
  });

  test('labels count in English', () => {
    expect(mentionsLabel(1)).toBe('1 mention');
    expect(mentionsLabel(2)).toBe('2 mentions');
    expect(entriesLabel(1)).toBe('1 entry');
    expect(entriesLabel(0)).toBe('0 entries');
  });

  test('unknown ids are left out of named entities', () => {
    expect(namedEntities(knowledge, ['khasan', 'nobody'])).toEqual([
      { id: 'khasan', name: 'Khasan' },
    ]);
  });
});
