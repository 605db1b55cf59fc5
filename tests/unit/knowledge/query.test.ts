import knowledge from 'virtual:summit-lens/knowledge';
import { describe, expect, test } from 'vitest';
import {
  comparisonsAbout,
  entityByAlias,
  entityById,
  entryData,
  factCountsBySource,
  factsBySource,
  namedEntities,
  searchEntities,
  sourceContribution,
  sourceIndex,
} from '../../../knowledge/query';

describe('knowledge queries', () => {
  test('entity by id', () => {
    expect(entityById(knowledge, 'sergei-shoigu')?.name).toBe('Sergei Shoigu');
    expect(entityById(knowledge, 'nobody')).toBeUndefined();
  });

  test.each([
    ['Kim Jong-un', 'kim-jong-un'],
    ['KIM JONG UN', 'kim-jong-un'],
    ['Kim\u00a0Jong Un', 'kim-jong-un'],
    ['Mr. Kim', 'kim-jong-un'],
    ['Khassan', 'khasan'],
    ['Choe Sun Hui', 'choe-son-hui'],
  ])('entity by alias %j', (alias, id) => {
    expect(entityByAlias(knowledge, alias)?.id).toBe(id);
  });

  test('comparisons about an entity put disagreements first', () => {
    const list = comparisonsAbout(knowledge, 'kim-jong-un');
    expect(list.length).toBeGreaterThan(2);
    expect(list.every((c) => c.about.includes('kim-jong-un'))).toBe(true);
    const order = list.map((c) => c.verdict);
    const firstNonDiffer = order.findIndex((v) => v !== 'differ');
    expect(order.slice(firstNonDiffer)).not.toContain('differ');
    expect(order[0]).toBe('differ');
  });

  test('facts by source only returns facts citing that source', () => {
    const facts = factsBySource(knowledge, 'npr-2019');
    expect(facts.length).toBeGreaterThanOrEqual(12);
    for (const { fact } of facts)
      expect(fact.citations.map((c) => c.source)).toContain('npr-2019');
    expect(factCountsBySource(knowledge)['npr-2019']).toBe(facts.length);
  });

  test.each([
    ['Shoigu', 'sergei-shoigu'],
    ['Khassan', 'khasan'],
    ['Choe Sun Hui', 'choe-son-hui'],
    ['vostochny', 'vostochny-cosmodrome'],
  ])('search %j finds %s first', (query, id) => {
    expect(searchEntities(knowledge, query)[0]?.id).toBe(id);
  });

  test('search by fact text and kind filter', () => {
    const byFact = searchEntities(knowledge, '$34 million');
    expect(byFact.length).toBeGreaterThan(0);
    const places = searchEntities(knowledge, '', 'place');
    expect(places.length).toBeGreaterThan(5);
    expect(places.every((e) => e.kind === 'place')).toBe(true);
    expect(searchEntities(knowledge, 'zzzz-no-such-thing')).toEqual([]);
  });

  test('entry data gathers comparisons, related entries and cited sources', () => {
    const entry = entryData(knowledge, 'kim-jong-un')!;
    expect(entry.entity.id).toBe('kim-jong-un');
    expect(entry.related.map((r) => r.id)).toContain('vladimir-putin');
    const cited = new Set(
      entry.entity.facts.flatMap((f) => f.citations.map((c) => c.source)),
    );
    for (const id of cited) expect(entry.sources[id]?.outlet).toBeTruthy();
    expect(entryData(knowledge, 'nobody')).toBeUndefined();
  });
});

describe('what the popup asks of the knowledge', () => {
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

  test('unknown ids are left out of named entities', () => {
    expect(namedEntities(knowledge, ['khasan', 'nobody'])).toEqual([
      { id: 'khasan', name: 'Khasan' },
    ]);
  });

  test('every source is indexed by its id', () => {
    const index = sourceIndex(knowledge);
    expect(Object.keys(index).sort()).toEqual(
      knowledge.sources.map((s) => s.id).sort(),
    );
    for (const [id, source] of Object.entries(index))
      expect(source.id).toBe(id);
  });
});

describe('the authored knowledge', () => {
  test('meets the coverage the issue asks for', () => {
    expect(knowledge.entities.length).toBeGreaterThanOrEqual(35);
    const facts = knowledge.entities.flatMap((e) => e.facts);
    expect(facts.length).toBeGreaterThanOrEqual(90);
    for (const e of knowledge.entities)
      expect(e.facts.length, e.id).toBeGreaterThanOrEqual(2);
    const counts = factCountsBySource(knowledge);
    for (const s of knowledge.sources)
      expect(counts[s.id], s.id).toBeGreaterThanOrEqual(12);
    expect(knowledge.comparisons.length).toBeGreaterThanOrEqual(15);
    expect(
      knowledge.comparisons.filter((c) => c.verdict === 'differ').length,
    ).toBeGreaterThanOrEqual(5);
    expect(knowledge.timeline.length).toBeGreaterThan(5);
  });

  test('has the entities the extension relies on', () => {
    const ids = new Set(knowledge.entities.map((e) => e.id));
    for (const id of [
      'kim-jong-un',
      'vladimir-putin',
      'vladivostok',
      'vostochny-cosmodrome',
      'pyongyang',
      'khasan',
      'sergei-shoigu',
      'dmitry-peskov',
      'choe-son-hui',
      'jo-chun-ryong',
      'kcna',
      'tass',
      'eastern-economic-forum',
      'kim-jong-il',
      'kim-il-sung',
      'primorsky-krai',
      'armored-train',
      'summit-2019-vladivostok',
      'summit-2023-vostochny',
    ])
      expect(ids, id).toContain(id);
  });
});
