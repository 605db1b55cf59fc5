/**
 * When a fact is from, for a card on a page about a meeting the sources do
 * not cover: the reader must see that each fact belongs to an earlier time.
 * Pure.
 */
import type { EntryData } from '../knowledge/query';
import type { Fact } from '../knowledge/schema';
import { formatDate } from './format';

export interface FactDate {
  /** Shown before the fact: "Apr 2019", "as of Sept 2023". */
  text: string;
  /** Said in full, for a tooltip: "the April 2019 summit in Vladivostok". */
  title: string;
}

/**
 * The month of the meeting the fact is about, else the month of the newest
 * source it cites ("as of …"); undefined for a fact with neither (one from
 * outside the sources).
 */
export function factDate(
  fact: Fact,
  { meetings, sources }: Pick<EntryData, 'meetings' | 'sources'>,
): FactDate | undefined {
  const meeting =
    fact.meeting === undefined ? undefined : meetings[fact.meeting];
  if (meeting)
    return {
      text: formatDate(meeting.start.slice(0, 7)),
      title: `About ${meeting.label}`,
    };
  const published = fact.citations
    .map((c) => sources[c.source]?.published)
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
  if (published === undefined) return undefined;
  const month = formatDate(published.slice(0, 7));
  return {
    text: `as of ${month}`,
    title: `As its sources reported it in ${month}`,
  };
}
