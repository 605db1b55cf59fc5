/**
 * Which Kim–Putin meeting a page reports, from its visible text: the cues
 * authored for each meeting (places, words), the dates the text gives and
 * the date the page was published. Pure and deterministic.
 *
 * Reading and deciding are apart so that a live page re-decides cheaply:
 * `read` adds what a new stretch of text says to a `MeetingEvidence` (for
 * each cue, the best weight found so far; the order of reading does not
 * matter), and `decide` weighs the evidence, which is small.
 */
import { LETTER, PHRASE_FLAGS } from '../../knowledge/phrase-pattern';
import type { ArticleCues, CueTable } from '../../knowledge/schema';
import { findDates, formatDate, type DateMention } from './date-mentions';
import { sentenceAround } from './sentences';
import { WordIndex } from './word-index';

/** Where on the page a text stands: headline, opening, or the rest. */
export type PagePart = 'title' | 'lead' | 'body';

export const UNKNOWN_MEETING = 'unknown';

/** The page's visible text in parts, and its publication date if it has one. */
export interface PageText {
  title?: string;
  /** Headline, dateline and first paragraphs. */
  lead?: string;
  body?: string;
  /** An ISO date or date-time (`2023-09-13`, `2023-09-13T08:00:00Z`). */
  published?: string;
}

export interface MeetingDecision {
  /** A meeting id, or `unknown`. */
  id: string;
  covered: boolean;
  label: string;
  /** One line built from the cues found. */
  why: string;
}

/** One thing the text says about one meeting. */
interface Clue {
  meeting: number;
  part: PagePart;
  weight: number;
  /** "names the Vostochny Cosmodrome", "dated 13 September 2023". */
  reason: string;
  /** Whether the clue is a date. */
  dated: boolean;
  /** A date without a year: it counts only if the page's year fits. */
  yearless: boolean;
}

/**
 * Characters of a page's body (the text after its opening) that the
 * decision reads: which meeting an article reports shows in its opening
 * and first paragraphs; reading more costs time and only adds background.
 */
export const BODY_READ_LIMIT = 20_000;

/** What has been read of a page so far; fill it with `MeetingReader.read`. */
export class MeetingEvidence {
  /** Key: meeting, cue and part; value: the best clue for it. */
  readonly clues = new Map<string, Clue>();
  /** Characters of body text read so far (at most `BODY_READ_LIMIT`). */
  bodyRead = 0;

  /** Keeps the heavier clue under a key; of two alike, the first reason in order. */
  add(key: string, clue: Clue): void {
    const old = this.clues.get(key);
    if (
      !old ||
      clue.weight > old.weight ||
      (clue.weight === old.weight && clue.reason < old.reason)
    )
      this.clues.set(key, clue);
  }
}

const PART_FACTOR: Record<PagePart, number> = { title: 3, lead: 2, body: 1 };
/** What a cue is worth in a sentence that looks back on another time. */
const RECALL_FACTOR = 0.3;
/** Weight of a date inside a meeting's trip, and of one near it. */
const DATE_IN_TRIP = 3;
const DATE_NEAR_TRIP = 1;
/** Weight of a publication date close to a meeting, and of one near it. */
const PUBLISHED_CLOSE = 10;
const PUBLISHED_NEAR = 2;
/** A decision needs this score, and this lead over the runner-up. */
const MIN_SCORE = 4;
const MIN_LEAD = 2;
const MIN_RATIO = 1.5;
/** Days around a trip within which a date counts as in it. */
const TRIP_SLACK = 3;
/** Days around a trip within which a date counts as near it. */
const NEAR_BEFORE = 30;
const NEAR_AFTER = 30;
/** Publication: close is from a month before the trip to two weeks after. */
const CLOSE_BEFORE = 30;
const CLOSE_AFTER = 14;
const FAR_BEFORE = 75;
const FAR_AFTER = 60;
/** A page published this long before a trip cannot report it. */
const TOO_EARLY = 120;
/** A cue this strong names its meeting on its own. */
const NAMING_WEIGHT = 3;

/**
 * Words of a sentence that looks back: "last met", "their first summit in
 * 2019", "last year", "a year ago", "previous visit".
 */
const RECALL = new RegExp(
  [
    '(?:last|first|previously|earlier|already|once) (?:met|visited|travell?ed|went|crossed|came|hosted)',
    '(?:last|previous|earlier|prior|first|past) (?:meeting|summit|visit|trip|talks|encounter)',
    'last (?:year|month|September|April|June)',
    '(?:years?|months?) (?:ago|earlier|before)',
    'a year after',
    'when (?:they|the two|the leaders|Kim|Putin) (?:last |first )?met',
    'back in',
    'at the time',
    'since (?:their|the) ',
  ]
    .map((p) => `(?<![${LETTER}])${p}`)
    .join('|'),
  'i',
);

/** Words before a year that make it a bound of a span ("since 2019"), not a time. */
const SPAN_BEFORE_YEAR =
  /(?:since|until|till|before)\s+(?:early\s+|late\s+|mid-)?$/i;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS;

type CueEntry = CueTable['patterns'][number]['cues'][number];

interface Trip {
  start: number;
  end: number;
  year: number;
}

/** Reads pages for the cues of the given meetings, and decides. */
export class MeetingReader {
  private readonly meetings: ArticleCues['meetings'];
  private readonly trips: Trip[];
  /** Each distinct pattern of the cues, once compiled, and its cues. */
  private readonly cues: {
    pattern: string;
    re?: RegExp;
    entries: CueEntry[];
  }[];
  /** The words cues begin with, each filed with the patterns it begins. */
  private readonly leads: WordIndex<number>;

  constructor(cues: Pick<ArticleCues, 'meetings' | 'cueTable'>) {
    this.meetings = cues.meetings;
    this.trips = cues.meetings.map((m) => ({
      start: dayNumber(m.trip.start),
      end: dayNumber(m.trip.end),
      year: Number(m.dates.start.slice(0, 4)),
    }));
    // A pattern is compiled when a page first needs it.
    this.cues = cues.cueTable.patterns.map(({ pattern, cues: entries }) => ({
      pattern,
      entries,
    }));
    this.leads = new WordIndex(cues.cueTable.leads);
  }

  /**
   * Every cue match in `text`: where it starts and the cue pattern's index.
   * It runs for every word of the article that leads a cue, mostly before
   * the engine optimises it: an indexed loop and a plain array, which cost
   * far less there than `for…of` and a generator.
   */
  private cueMatches(text: string): { index: number; cue: number }[] {
    const found: { index: number; cue: number }[] = [];
    this.leads.scan(text, (index, cues) => {
      for (let i = 0; i < cues.length; i++) {
        const cue = cues[i]!;
        const shared = this.cues[cue]!;
        const re = (shared.re ??= new RegExp(
          shared.pattern,
          `${PHRASE_FLAGS}y`,
        ));
        re.lastIndex = index;
        if (re.test(text)) found.push({ index, cue });
      }
    });
    return found;
  }

  /**
   * Adds what `text`, one part of a page, says to `evidence`. Of the body,
   * only the first `BODY_READ_LIMIT` characters over all calls are read.
   */
  read(text: string, part: PagePart, evidence: MeetingEvidence): void {
    if (part === 'body') {
      const room = BODY_READ_LIMIT - evidence.bodyRead;
      if (room <= 0) return;
      if (text.length > room) text = text.slice(0, room);
      evidence.bodyRead += text.length;
    }
    const factorAt = (offset: number, meeting: number) => {
      const span = sentenceAround(text, offset);
      return this.recallFactor(text.slice(span.start, span.end), meeting);
    };
    for (const { index, cue } of this.cueMatches(text)) {
      for (const entry of this.cues[cue]!.entries) {
        const key = `${entry.meeting}:${cue}:${part}`;
        // A clue at full weight cannot be bettered: spare the sentence.
        if ((evidence.clues.get(key)?.weight ?? 0) >= entry.weight) continue;
        evidence.add(key, {
          meeting: entry.meeting,
          part,
          weight: entry.weight * factorAt(index, entry.meeting),
          reason: entry.reason,
          dated: false,
          yearless: false,
        });
      }
    }
    for (const date of findDates(text)) {
      if (date.month === undefined) continue;
      this.trips.forEach((_, meeting) => {
        const weight = this.dateWeight(date, meeting);
        if (weight === 0) return;
        evidence.add(`${meeting}:date:${part}`, {
          meeting,
          part,
          weight: weight * factorAt(date.start, meeting),
          reason: `dated ${formatDate(date)}`,
          dated: true,
          yearless: date.year === undefined,
        });
      });
    }
  }

  /**
   * The meetings a text names on its own: by a year or a date of the
   * meeting, or by a cue that only that meeting has.
   */
  named(text: string): Set<string> {
    const out = new Set<string>();
    for (const date of findDates(text))
      this.trips.forEach((trip, meeting) => {
        const byYear =
          date.month === undefined &&
          date.year === trip.year &&
          !SPAN_BEFORE_YEAR.test(
            text.slice(Math.max(0, date.start - 16), date.start),
          );
        if (byYear || this.dateWeight(date, meeting) >= DATE_NEAR_TRIP * 2)
          out.add(this.meetings[meeting]!.id);
      });
    for (const { cue } of this.cueMatches(text))
      for (const entry of this.cues[cue]!.entries)
        if (entry.weight >= NAMING_WEIGHT)
          out.add(this.meetings[entry.meeting]!.id);
    return out;
  }

  /** Weighs the evidence; `published` is the page's date, if it has one. */
  decide(evidence: MeetingEvidence, published?: string): MeetingDecision {
    const day =
      published && /^\d{4}-\d{2}-\d{2}/.test(published)
        ? dayNumber(published)
        : undefined;
    const pageYear =
      day === undefined ? undefined : Number(published!.slice(0, 4));
    const tallies = this.trips.map((trip) => ({
      excluded: day !== undefined && day < trip.start - TOO_EARLY,
      score: 0,
      /** Reason → value, dates apart from the rest. */
      dates: new Map<string, number>(),
      cues: new Map<string, number>(),
      /** Whether one clue is enough on its own to name the meeting. */
      telling: false,
    }));
    const count = (
      meeting: number,
      reason: string,
      value: number,
      weight: number,
      dated: boolean,
    ) => {
      const t = tallies[meeting]!;
      t.score += value;
      const reasons = dated ? t.dates : t.cues;
      reasons.set(reason, (reasons.get(reason) ?? 0) + value);
      t.telling ||= weight >= NAMING_WEIGHT;
    };
    for (const clue of evidence.clues.values()) {
      const yearMisfits =
        clue.yearless &&
        pageYear !== undefined &&
        pageYear !== this.trips[clue.meeting]!.year;
      if (tallies[clue.meeting]!.excluded || yearMisfits) continue;
      count(
        clue.meeting,
        clue.reason,
        clue.weight * PART_FACTOR[clue.part],
        clue.weight,
        clue.dated,
      );
    }
    if (day !== undefined) {
      const reason = `published ${formatDate({
        year: pageYear,
        month: Number(published!.slice(5, 7)),
        day: Number(published!.slice(8, 10)),
      })}`;
      this.trips.forEach((trip, meeting) => {
        const close =
          day >= trip.start - CLOSE_BEFORE && day <= trip.end + CLOSE_AFTER;
        const near =
          day >= trip.start - FAR_BEFORE && day <= trip.end + FAR_AFTER;
        if (close || near)
          count(
            meeting,
            reason,
            close ? PUBLISHED_CLOSE : PUBLISHED_NEAR,
            close ? NAMING_WEIGHT : 0,
            true,
          );
      });
    }
    const order = tallies
      .map((t, meeting) => ({ ...t, meeting }))
      .filter((t) => !t.excluded)
      .sort((a, b) => b.score - a.score || a.meeting - b.meeting);
    const best = order[0];
    const runnerUp = order[1];
    const second = runnerUp?.score ?? 0;
    /** The best date, then the strongest cues: three reasons at most. */
    const why = (t: (typeof order)[number]) => {
      const ranked = (reasons: Map<string, number>) =>
        [...reasons]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([reason]) => reason);
      return [...ranked(t.dates).slice(0, 1), ...ranked(t.cues)]
        .slice(0, 3)
        .join('; ');
    };
    if (!best || best.score === 0)
      return unknown('no date, place or event of a Kim–Putin meeting found');
    const enough =
      best.score >= MIN_SCORE &&
      (best.telling || best.cues.size + best.dates.size >= 2);
    const ahead =
      best.score - second >= MIN_LEAD && best.score >= second * MIN_RATIO;
    if (!enough) return unknown(`too little to tell: ${why(best)}`);
    if (!ahead)
      return unknown(
        `as much points to ${this.meetings[best.meeting]!.label} (${why(best)}) as to ${this.meetings[runnerUp!.meeting]!.label} (${why(runnerUp!)})`,
      );
    const meeting = this.meetings[best.meeting]!;
    return {
      id: meeting.id,
      covered: meeting.covered,
      label: meeting.label,
      why: why(best),
    };
  }

  /** Reads a whole page at once and decides. */
  decidePage(page: PageText): MeetingDecision {
    const evidence = new MeetingEvidence();
    if (page.title) this.read(page.title, 'title', evidence);
    if (page.lead) this.read(page.lead, 'lead', evidence);
    if (page.body) this.read(page.body, 'body', evidence);
    return this.decide(evidence, page.published);
  }

  /** How much a date says for a meeting: in its trip, near it, or nothing. */
  private dateWeight(date: DateMention, meeting: number): number {
    const trip = this.trips[meeting]!;
    if (date.month === undefined) return 0;
    const year = date.year ?? trip.year;
    if (date.day === undefined) {
      const first = dayNumber(`${year}-${pad(date.month)}-01`);
      const last = dayNumber(`${year}-${pad(date.month)}-28`) + 3;
      return first <= trip.end && last >= trip.start ? DATE_NEAR_TRIP * 2 : 0;
    }
    const day = dayNumber(`${year}-${pad(date.month)}-${pad(date.day)}`);
    if (Number.isNaN(day)) return 0;
    if (day >= trip.start - TRIP_SLACK && day <= trip.end + TRIP_SLACK)
      return DATE_IN_TRIP;
    if (
      date.year !== undefined &&
      day >= trip.start - NEAR_BEFORE &&
      day <= trip.end + NEAR_AFTER
    )
      return DATE_NEAR_TRIP;
    return 0;
  }

  /** 1, or less when the sentence looks back or names another year. */
  private recallFactor(sentence: string, meeting: number): number {
    if (RECALL.test(sentence)) return RECALL_FACTOR;
    const years = findDates(sentence)
      .map((d) => d.year)
      .filter((y): y is number => y !== undefined);
    if (years.length && !years.includes(this.trips[meeting]!.year))
      return RECALL_FACTOR;
    return 1;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function unknown(why: string): MeetingDecision {
  return {
    id: UNKNOWN_MEETING,
    covered: false,
    label: 'not clear which meeting',
    why,
  };
}
