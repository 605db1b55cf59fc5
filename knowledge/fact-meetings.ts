/**
 * Which Kim–Putin meeting each fact is about, so that a card on a page about
 * one meeting can lead with its facts. Derived when the knowledge compiles,
 * from what a fact says and who says it; a fact may name its meeting itself
 * (`meeting:` in the YAML) where the derivation would be wrong.
 */
import type { Entity, Meeting, Source } from './schema';

/**
 * The meeting a fact is about: the one whose year its text names, when it
 * names the year of exactly one covered meeting; else the one of the year
 * in which every source it cites was published; else none.
 */
export function factMeeting(
  text: string,
  citedSources: readonly (Source | undefined)[],
  meetingsByYear: ReadonlyMap<string, string>,
): string | undefined {
  const named = [...meetingsByYear.keys()].filter((year) =>
    new RegExp(`\\b${year}\\b`).test(text),
  );
  if (named.length === 1) return meetingsByYear.get(named[0] as string);
  if (named.length > 1) return undefined;
  const years = new Set(citedSources.map((s) => s?.published.slice(0, 4)));
  const [year] = years;
  return years.size === 1 && year ? meetingsByYear.get(year) : undefined;
}

/** Sets `meeting` on every fact that does not name its own. */
export function tagFactMeetings(
  entities: readonly Entity[],
  sources: ReadonlyMap<string, Source>,
  meetings: readonly Meeting[],
): void {
  const byYear = new Map(
    meetings
      .filter((m) => m.covered)
      .map((m) => [m.dates.start.slice(0, 4), m.id] as const),
  );
  for (const entity of entities)
    for (const fact of entity.facts) {
      if (fact.meeting !== undefined) continue;
      const meeting = factMeeting(
        fact.text,
        fact.citations.map((c) => sources.get(c.source)),
        byYear,
      );
      if (meeting) fact.meeting = meeting;
    }
}
