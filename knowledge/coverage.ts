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
  /** Citations and claims that name whom the outlet relays (`via`). */
  relayed: number;
  /** Citations and claims marked less than plainly stated. */
  hedged: number;
  /** Facts with a detail from outside the sources. */
  outside: number;
  sources: number;
  /** Sources with a public address. */
  linkedSources: number;
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
  const attributed = [
    ...k.entities.flatMap((e) => e.facts.flatMap((f) => f.citations)),
    ...k.comparisons.flatMap((c) => c.claims),
    ...k.timeline.flatMap((t) => t.citations),
  ];
  return {
    entities: k.entities.length,
    entitiesPerKind: perKind,
    facts,
    citationsPerSource: perSource,
    comparisons: k.comparisons.length,
    comparisonsPerVerdict: perVerdict,
    timeline: k.timeline.length,
    relayed: attributed.filter((c) => c.via !== undefined).length,
    hedged: attributed.filter(
      (c) => c.certainty !== undefined && c.certainty !== 'stated',
    ).length,
    outside: k.entities
      .flatMap((e) => e.facts)
      .filter((f) => f.outside !== undefined).length,
    sources: k.sources.length,
    linkedSources: k.sources.filter((s) => s.url !== undefined).length,
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
    `quotes naming whom the outlet relays: ${c.relayed}`,
    `quotes not plainly stated (reported, expected, speculated): ${c.hedged}`,
    `facts with a detail from outside the sources: ${c.outside}`,
    `sources with a public address: ${c.linkedSources} of ${c.sources}`,
    `provenance: ${provenance}`,
  ].join('\n');
}
