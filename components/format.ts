import type {
  Certainty,
  EntityKind,
  Source,
  Verdict,
} from '../knowledge/schema';

/** The interface's language; dates read day, month, year ("12 Sept 2023"). */
const LOCALE = 'en-GB';

type Precision = 'year' | 'month' | 'day';

const DATE_PARTS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
};

// The formatters are made on first use, not when the module loads: the
// content script loads it on every page, and making one costs milliseconds.
const dateFormats = new Map<Precision, Intl.DateTimeFormat>();
let pluralRules: Intl.PluralRules | undefined;
let numberFormat: Intl.NumberFormat | undefined;

function dateFormat(precision: Precision): Intl.DateTimeFormat {
  let format = dateFormats.get(precision);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, {
      ...DATE_PARTS[precision],
      timeZone: 'UTC',
    });
    dateFormats.set(precision, format);
  }
  return format;
}

/**
 * Reads an ISO date reduced as far as the knowledge allows (`2011`,
 * `2023-09`, `2023-09-12`). Throws a RangeError for anything else.
 */
function parseIsoDate(iso: string): { time: number; precision: Precision } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not a date like 2023-09-12`);
  const [, year, month, day] = match;
  return {
    time: Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)),
    precision: day ? 'day' : month ? 'month' : 'year',
  };
}

/** `2023-09-12` → `12 Sept 2023`; `2023-09` → `Sept 2023`; `2011` → `2011`. */
export function formatDate(iso: string): string {
  const { time, precision } = parseIsoDate(iso);
  return dateFormat(precision).format(time);
}

/**
 * A date range for an event: `25 Apr 2019`, `12 – 13 Sept 2023`; ends of
 * different precision are written out in full on both sides.
 */
export function formatDates(dates: { start: string; end?: string }): string {
  if (!dates.end || dates.end === dates.start) return formatDate(dates.start);
  const start = parseIsoDate(dates.start);
  const end = parseIsoDate(dates.end);
  return start.precision === end.precision
    ? dateFormat(start.precision).formatRange(start.time, end.time)
    : `${formatDate(dates.start)} – ${formatDate(dates.end)}`;
}

/** The nouns the interface counts, in each plural form English uses. */
const COUNTED = {
  mention: { one: 'mention', other: 'mentions' },
  entry: { one: 'entry', other: 'entries' },
  fact: { one: 'fact', other: 'facts' },
  comparison: { one: 'comparison', other: 'comparisons' },
  question: { one: 'question', other: 'questions' },
} satisfies Record<string, { one: string; other: string }>;

export type CountedNoun = keyof typeof COUNTED;

/** A count and its noun: "1 mention", "3 entries", "1,204 facts". */
export function countLabel(count: number, noun: CountedNoun): string {
  const forms = COUNTED[noun];
  pluralRules ??= new Intl.PluralRules(LOCALE);
  numberFormat ??= new Intl.NumberFormat(LOCALE);
  const form = pluralRules.select(count) === 'one' ? forms.one : forms.other;
  return `${numberFormat.format(count)} ${form}`;
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
