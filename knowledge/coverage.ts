import { entityKinds, verdicts, type Knowledge } from './schema';

/** Counts that show how complete the knowledge is. */
export interface Coverage {
  entities: number;
  entitiesPerKind: Record<string, number>;
  facts: number;
  citationsPerSource: Record<string, number>;
  comparisons: number;
  comparisonsPerVerdict: Record<string, number>;
  timeline: number;
}

export function coverageOf(k: Knowledge): Coverage {
  const perKind = Object.fromEntries(entityKinds.map((kind) => [kind, 0]));
  const perSource = Object.fromEntries(k.sources.map((s) => [s.id, 0]));
  const perVerdict = Object.fromEntries(verdicts.map((v) => [v, 0]));
  let facts = 0;
  for (const e of k.entities) {
    perKind[e.kind] = (perKind[e.kind] ?? 0) + 1;
    for (const fact of e.facts) {
      facts += 1;
      for (const c of fact.citations)
        perSource[c.source] = (perSource[c.source] ?? 0) + 1;
    }
  }
  for (const c of k.comparisons)
    perVerdict[c.verdict] = (perVerdict[c.verdict] ?? 0) + 1;
  return {
    entities: k.entities.length,
    entitiesPerKind: perKind,
    facts,
    citationsPerSource: perSource,
    comparisons: k.comparisons.length,
    comparisonsPerVerdict: perVerdict,
    timeline: k.timeline.length,
  };
}

/** A plain-text coverage report for the terminal. */
export function formatCoverage(c: Coverage, provenance: string): string {
  const rows = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, n]) => `    ${key.padEnd(16)} ${n}`)
      .join('\n');
  return [
    `entities: ${c.entities}`,
    rows(c.entitiesPerKind),
    `facts: ${c.facts}`,
    `citations per source (facts):`,
    rows(c.citationsPerSource),
    `comparisons: ${c.comparisons}`,
    rows(c.comparisonsPerVerdict),
    `timeline events: ${c.timeline}`,
    `provenance: ${provenance}`,
  ].join('\n');
}
