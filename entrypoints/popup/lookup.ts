/**
 * Small pure questions the popup views ask of the knowledge and of the
 * page status, on top of `knowledge/query.ts`.
 */
import type { SourcedFact } from '../../knowledge/query';
import { factsBySource } from '../../knowledge/query';
import type {
  Citation,
  Claim,
  Comparison,
  Knowledge,
  Source,
} from '../../knowledge/schema';
import type { PageStatus } from '../../utils/messages';

/** Every source keyed by id. */
export function sourceIndex(k: Knowledge): Record<string, Source> {
  return Object.fromEntries(k.sources.map((s) => [s.id, s]));
}

/** A function giving an entity's name by id (undefined if unknown). */
export function entityNamer(k: Knowledge): (id: string) => string | undefined {
  const names = new Map(k.entities.map((e) => [e.id, e.name]));
  return (id) => names.get(id);
}

/** Entities by id, with their names, skipping unknown ids. */
export function namedEntities(
  k: Knowledge,
  ids: readonly string[],
): { id: string; name: string }[] {
  const nameOf = entityNamer(k);
  return ids.flatMap((id) => {
    const name = nameOf(id);
    return name === undefined ? [] : [{ id, name }];
  });
}

export interface SourceContribution {
  /** Facts the source supports, grouped by entity, with its citations. */
  entities: {
    entity: SourcedFact['entity'];
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

/** Mentions of an entity on the page; undefined when the page is unknown. */
export function mentionCount(
  status: PageStatus | undefined,
  id: string,
): number | undefined {
  if (!status) return undefined;
  return status.entities.find((e) => e.id === id)?.count ?? 0;
}

/** "1 mention", "3 mentions". */
export function mentionsLabel(count: number): string {
  return `${count} ${count === 1 ? 'mention' : 'mentions'}`;
}

/** "1 entry", "3 entries". */
export function entriesLabel(count: number): string {
  return `${count} ${count === 1 ? 'entry' : 'entries'}`;
}
