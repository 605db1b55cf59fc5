/**
 * Questions the popup, the hover card and the background ask of the compiled
 * knowledge (the one place for them).
 * Pure functions; none of them mutates the knowledge.
 */
import { aliasKey } from '../utils/text';
import type {
  Citation,
  Claim,
  Comparison,
  Entity,
  EntityKind,
  Fact,
  Knowledge,
  Source,
  Verdict,
} from './schema';

const VERDICT_ORDER: Record<Verdict, number> = {
  differ: 0,
  complement: 1,
  agree: 2,
};

export function entityById(k: Knowledge, id: string): Entity | undefined {
  return k.entities.find((e) => e.id === id);
}

export function sourceById(k: Knowledge, id: string): Source | undefined {
  return k.sources.find((s) => s.id === id);
}

/** The entity an alias or context alias names, matched as the page matcher does. */
export function entityByAlias(k: Knowledge, text: string): Entity | undefined {
  const key = aliasKey(text);
  return k.entities.find((e) =>
    [...e.aliases, ...e.contextAliases].some((a) => aliasKey(a) === key),
  );
}

/** Comparisons in reading order: disagreements first, then by question. */
export function sortComparisons(list: readonly Comparison[]): Comparison[] {
  return [...list].sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
  );
}

/** Comparisons about an entity, disagreements first. */
export function comparisonsAbout(k: Knowledge, id: string): Comparison[] {
  return sortComparisons(k.comparisons.filter((c) => c.about.includes(id)));
}

export interface SourcedFact {
  entity: Entity;
  fact: Fact;
}

/** Every fact that cites a source, with the entity it belongs to. */
export function factsBySource(k: Knowledge, sourceId: string): SourcedFact[] {
  return k.entities.flatMap((entity) =>
    entity.facts
      .filter((fact) => fact.citations.some((c) => c.source === sourceId))
      .map((fact) => ({ entity, fact })),
  );
}

/** Every source keyed by id. */
export function sourceIndex(k: Knowledge): Record<string, Source> {
  return Object.fromEntries(k.sources.map((s) => [s.id, s]));
}

/** Entities by id, with their names, skipping unknown ids. */
export function namedEntities(
  k: Knowledge,
  ids: readonly string[],
): { id: string; name: string }[] {
  return ids.flatMap((id) => {
    const name = entityById(k, id)?.name;
    return name === undefined ? [] : [{ id, name }];
  });
}

export interface SourceContribution {
  /** Facts the source supports, grouped by entity, with its citations of them. */
  entities: {
    entity: Entity;
    facts: { text: string; citations: Citation[] }[];
  }[];
  /** How many facts it supports in all. */
  factCount: number;
  claims: { comparison: Comparison; claim: Claim }[];
}

/**
 * What a source contributes: the facts it supports (with its citations of
 * them: quote, whom it relays, how firmly), grouped by entity, and its
 * answers in comparisons.
 */
export function sourceContribution(
  k: Knowledge,
  sourceId: string,
): SourceContribution {
  const facts = factsBySource(k, sourceId);
  const entities: SourceContribution['entities'] = [];
  for (const { entity, fact } of facts) {
    const citations = fact.citations.filter((c) => c.source === sourceId);
    const group = entities.find((g) => g.entity.id === entity.id);
    if (group) group.facts.push({ text: fact.text, citations });
    else entities.push({ entity, facts: [{ text: fact.text, citations }] });
  }
  return {
    entities,
    factCount: facts.length,
    claims: k.comparisons.flatMap((comparison) =>
      comparison.claims
        .filter((claim) => claim.source === sourceId)
        .map((claim) => ({ comparison, claim })),
    ),
  };
}

/** Entities related to this one, as listed in the knowledge. */
export function relatedEntities(k: Knowledge, id: string): Entity[] {
  const entity = entityById(k, id);
  if (!entity) return [];
  return entity.related
    .map((rid) => entityById(k, rid))
    .filter((e): e is Entity => e !== undefined);
}

/**
 * Entities whose name, aliases or fact text contain every word of the query
 * (case- and separator-insensitive), optionally of one kind. Names that start
 * with the query rank first, then other name matches, then fact matches.
 */
export function searchEntities(
  k: Knowledge,
  query: string,
  kind?: EntityKind,
): Entity[] {
  const needle = aliasKey(query);
  const words = needle.split(' ').filter(Boolean);
  const pool = kind ? k.entities.filter((e) => e.kind === kind) : k.entities;
  if (words.length === 0) return pool;
  const scored: { entity: Entity; score: number }[] = [];
  for (const entity of pool) {
    const names = aliasKey(
      [entity.name, ...entity.aliases, ...entity.contextAliases].join(' | '),
    );
    const facts = aliasKey(
      [entity.summary, ...entity.facts.map((f) => f.text)].join(' | '),
    );
    let score: number | undefined;
    if (aliasKey(entity.name).startsWith(needle)) score = 0;
    else if (words.every((w) => names.includes(w))) score = 1;
    else if (words.every((w) => names.includes(w) || facts.includes(w)))
      score = 2;
    if (score !== undefined) scored.push({ entity, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.entity);
}

/** A meeting as a card names it beside a fact about it. */
export interface FactMeeting {
  /** "the April 2019 summit in Vladivostok". */
  label: string;
  /** The first day the leaders met (ISO). */
  start: string;
}

/** Everything a card shows about one entity. */
export interface EntryData {
  entity: Entity;
  comparisons: Comparison[];
  related: Pick<Entity, 'id' | 'name' | 'kind'>[];
  /** The sources cited by the entry, keyed by id. */
  sources: Record<string, Source>;
  /** The meetings the entry's facts are about (their `meeting`), keyed by id. */
  meetings: Record<string, FactMeeting>;
}

export function entryData(k: Knowledge, id: string): EntryData | undefined {
  const entity = entityById(k, id);
  if (!entity) return undefined;
  const comparisons = comparisonsAbout(k, id);
  const cited = new Set([
    ...entity.facts.flatMap((f) => f.citations.map((c) => c.source)),
    ...comparisons.flatMap((c) => c.claims.map((claim) => claim.source)),
  ]);
  return {
    entity,
    comparisons,
    related: relatedEntities(k, id).map(({ id: rid, name, kind }) => ({
      id: rid,
      name,
      kind,
    })),
    sources: Object.fromEntries(
      k.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s]),
    ),
    meetings: Object.fromEntries(
      k.meetings
        .filter((m) => entity.facts.some((f) => f.meeting === m.id))
        .map((m) => [m.id, { label: m.label, start: m.dates.start }]),
    ),
  };
}

/** A comparison with the sources its claims cite, as a claim card shows it. */
export interface ComparisonData {
  comparison: Comparison;
  /** The sources cited by the comparison's claims, keyed by id. */
  sources: Record<string, Source>;
}

export function comparisonData(
  k: Knowledge,
  id: string,
): ComparisonData | undefined {
  const comparison = k.comparisons.find((c) => c.id === id);
  if (!comparison) return undefined;
  const cited = new Set(comparison.claims.map((claim) => claim.source));
  return {
    comparison,
    sources: Object.fromEntries(
      k.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s]),
    ),
  };
}

/** How many facts cite each source. */
export function factCountsBySource(k: Knowledge): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(
    k.sources.map((s) => [s.id, 0]),
  );
  for (const e of k.entities)
    for (const f of e.facts)
      for (const source of new Set(f.citations.map((c) => c.source)))
        counts[source] = (counts[source] ?? 0) + 1;
  return counts;
}
