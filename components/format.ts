import type {
  Certainty,
  EntityKind,
  Source,
  Verdict,
} from '../knowledge/schema';

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `2023-09-12` → `12 Sep 2023`; `2023-09` → `Sep 2023`; `2011` → `2011`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year]
    .filter(Boolean)
    .join(' ');
}

/** A date range for an event: `25 Apr 2019` or `12 Sep 2023 – 13 Sep 2023`. */
export function formatDates(dates: { start: string; end?: string }): string {
  return dates.end && dates.end !== dates.start
    ? `${formatDate(dates.start)} – ${formatDate(dates.end)}`
    : formatDate(dates.start);
}

export const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  event: 'Event',
  topic: 'Topic',
};

export const KIND_PLURALS: Record<EntityKind, string> = {
  person: 'People',
  place: 'Places',
  organisation: 'Organisations',
  event: 'Events',
  topic: 'Topics',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  differ: 'Sources differ',
  complement: 'Sources complement each other',
  agree: 'Sources agree',
};

/** How a source is named on a chip: outlet and date. */
export function sourceLabel(source: Source): string {
  return `${source.outlet}, ${formatDate(source.published)}`;
}

/** How a source is named where it relays someone: "The New York Sun, citing analysts". */
export function attributionLabel(outlet: string, via?: string): string {
  return via ? `${outlet}, citing ${via}` : outlet;
}

/** Short words for how firm a statement is, and what each means. */
export const CERTAINTY_LABELS: Record<
  Exclude<Certainty, 'stated'>,
  { label: string; hint: string }
> = {
  reported: {
    label: 'reported',
    hint: 'passed on second-hand, not confirmed by the source',
  },
  expected: {
    label: 'expected',
    hint: 'an expectation or plan, not something that had happened',
  },
  speculated: {
    label: 'speculation',
    hint: 'a guess, which the source itself calls one',
  },
};

/** How firm a statement is, where it is not plainly stated; else undefined. */
export function certaintyOf(
  certainty: Certainty | undefined,
): { label: string; hint: string } | undefined {
  return certainty && certainty !== 'stated'
    ? CERTAINTY_LABELS[certainty]
    : undefined;
}

/** The host of an article's address, for a link's text ("keranews.org"). */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Shown where a source has no public address. */
export const NO_ADDRESS = 'No public address found';
