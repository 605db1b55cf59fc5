/**
 * The shape of the authored knowledge files (`knowledge/**.yaml`) and of the
 * compiled knowledge the extension bundles. Validation uses valibot so that
 * every problem can be reported with the path of the field that caused it.
 */
import * as v from 'valibot';
import { wordCount } from '../utils/text';
import { entityKinds } from './kinds';
import type { WordIndexData } from './word-index-data';

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** An ISO date, possibly reduced to a month or a year (`2023-09`, `2011`). */
const isoDate = v.pipe(
  v.union([v.string(), v.date()]),
  v.transform((value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : value,
  ),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date like 2023-09-12'),
);

export { entityKinds, type EntityKind } from './kinds';

/**
 * How firm a source's statement is: `stated` plainly (by the outlet or, on
 * record, by whom it relays); `reported` second-hand and unconfirmed;
 * `expected`, a forecast or plan ("could", "is expected to", "likely");
 * `speculated`, a guess the source itself calls one.
 */
export const certainties = [
  'stated',
  'reported',
  'expected',
  'speculated',
] as const;
export type Certainty = (typeof certainties)[number];

/** Words the reader's view puts before `via` itself, so `via` must not. */
const RELAY_LEAD = /^(?:citing|according to|quoting|via|as reported by)\b/i;

/**
 * Whom the outlet relays ("analysts", "KCNA", "Dmitry Peskov"): a short
 * phrase on one line, which the card shows as "The outlet, citing …".
 */
const via = v.pipe(
  v.string('must be text naming whom the outlet relays'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(100, 'must be at most 100 characters'),
  v.regex(/^[^\n]*$/, 'must be one line'),
  v.check(
    (value) => !RELAY_LEAD.test(value),
    'must name whom the outlet relays, without "citing" or "according to" (the card adds it)',
  ),
);

const certainty = v.picklist(
  certainties,
  `must be one of ${certainties.join(', ')}`,
);

/** Who an outlet relays and how firm it is; both optional. */
const attribution = {
  via: v.optional(via),
  certainty: v.optional(certainty),
};

export const citationSchema = v.strictObject({
  source: id,
  quote: text,
  ...attribution,
});

export const factSchema = v.pipe(
  v.strictObject({
    text,
    citations: v.array(citationSchema),
    /** Which detail of the fact comes from outside the source articles. */
    outside: v.optional(text),
    /**
     * The meeting the fact is about, where the compiler's derivation (see
     * `knowledge/fact-meetings.ts`) would get it wrong.
     */
    meeting: v.optional(id),
  }),
  v.forward(
    v.partialCheck(
      [['citations'], ['outside']],
      (fact) => fact.citations.length > 0 || fact.outside !== undefined,
      'needs at least one citation (only a fact marked `outside`, with nothing from the sources, may have none)',
    ),
    ['citations'],
  ),
);

/** Whether `value` parses as an absolute https:// address with a host. */
function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname !== '';
}

export const sourceSchema = v.strictObject({
  id,
  outlet: text,
  title: text,
  byline: v.string(),
  published: isoDate,
  kind: text,
  seedFile: text,
  /** The article's public address, where one was found. */
  url: v.optional(
    v.pipe(
      v.string('must be an https:// address'),
      v.trim(),
      v.check(isHttpsUrl, 'must be an https:// address'),
    ),
  ),
});

export const entitySchema = v.strictObject({
  id,
  kind: v.picklist(entityKinds),
  name: text,
  /** Other full forms; the name itself is always an alias. */
  aliases: v.optional(v.array(text), []),
  contextAliases: v.optional(v.array(text), []),
  summary: text,
  dates: v.optional(
    v.strictObject({ start: isoDate, end: v.optional(isoDate) }),
  ),
  related: v.optional(v.array(id), []),
  facts: v.pipe(
    v.array(factSchema),
    v.minLength(1, 'an entity needs at least one fact'),
  ),
});

export const verdicts = ['differ', 'complement', 'agree'] as const;
export type Verdict = (typeof verdicts)[number];

/** Most words a claim's `short` answer may have. */
export const MAX_SHORT_WORDS = 4;

export const claimSchema = v.strictObject({
  source: id,
  answer: text,
  /** The answer in 1–4 words, for one-line summaries ("Sunday evening"). */
  short: v.pipe(
    text,
    v.check(
      (value) => wordCount(value) <= MAX_SHORT_WORDS,
      `must be 1–${MAX_SHORT_WORDS} words`,
    ),
  ),
  quote: text,
  ...attribution,
});

export const comparisonSchema = v.strictObject({
  id,
  question: text,
  /** The question as a short noun phrase ("when the train left"). */
  topic: text,
  about: v.pipe(v.array(id), v.minLength(1, 'must be about an entity')),
  verdict: v.picklist(verdicts),
  note: text,
  claims: v.pipe(
    v.array(claimSchema),
    v.minLength(2, 'a comparison needs at least two claims'),
  ),
});

export const timelineEventSchema = v.strictObject({
  date: isoDate,
  title: text,
  entities: v.optional(v.array(id), []),
  citations: v.pipe(
    v.array(citationSchema),
    v.minLength(1, 'needs at least one citation'),
  ),
});

export const genericWordsSchema = v.strictObject({
  neverMark: v.array(text),
});

/** A full ISO date (`2023-09-13`). */
const fullDate = v.pipe(
  isoDate,
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date like 2023-09-13'),
);
const daySpan = v.strictObject({ start: fullDate, end: fullDate });
/** Phrases in the language of `phrase-pattern.ts`. */
const phrases = v.pipe(
  v.array(text),
  v.minLength(1, 'needs at least one phrase'),
);

/** A place or word that points a page to a meeting. */
export const meetingCueSchema = v.strictObject({
  /** How the reason names it: "the Vostochny Cosmodrome". */
  name: text,
  says: phrases,
  /** 3: only this meeting has it; 2: telling; 1: also common elsewhere. */
  weight: v.pipe(
    v.number(),
    v.minValue(0.5, 'must be at least 0.5'),
    v.maxValue(3, 'must be at most 3'),
  ),
});

/** One Kim–Putin meeting, whether or not the sources cover it. */
export const meetingSchema = v.strictObject({
  /** For a meeting the sources cover, the id of its event entity. */
  id,
  /** As a sentence names it: "the September 2023 summit at Vostochny". */
  label: text,
  covered: v.boolean(),
  /** The sources that report a covered meeting. */
  sources: v.optional(v.array(id), []),
  /** The days the leaders met. */
  dates: daySpan,
  /** The whole visit, from the first departure to the return home. */
  trip: daySpan,
  summary: text,
  /** What in this entry comes from outside the four sources, and whence. */
  outside: v.optional(text),
  cues: v.strictObject({
    places: v.optional(v.array(meetingCueSchema), []),
    words: v.optional(v.array(meetingCueSchema), []),
  }),
});

/** The phrasing by which a sentence gives one answer to a comparison. */
export const answerSignalsSchema = v.strictObject({
  id,
  /** The answer in our words, as the card shows it: "On Sunday evening". */
  answer: text,
  /** The sources whose claim in the comparison gives this answer. */
  sources: v.pipe(v.array(id), v.minLength(1, 'needs at least one source')),
  /** Overrides the comparison's meeting for this answer. */
  meeting: v.optional(id),
  /** Overrides the comparison's `requiresMeeting` for this answer. */
  requiresMeeting: v.optional(v.boolean()),
  /**
   * The answer is itself a negation or a denial ("no date", "denied"): the
   * negating words of its phrases do not rule a sentence out.
   */
  negative: v.optional(v.boolean(), false),
  says: phrases,
  /**
   * Phrases that name the answer without stating it ("Vladivostok"); in a
   * differ comparison, a sentence that states another answer and names this
   * one beside a negation or a contrast is left unmarked.
   */
  mentions: v.optional(v.array(text), []),
  /** Topic groups added to the comparison's. */
  topic: v.optional(v.array(phrases), []),
  /** Phrases added to the comparison's `unless`. */
  unless: v.optional(v.array(text), []),
});

/** Claim signals for one comparison. */
export const claimSignalsSchema = v.strictObject({
  comparison: id,
  /** The meeting the question is about; sentences about another do not count. */
  meeting: v.optional(id),
  /**
   * Whether the answer's words also fit another meeting, so that a sentence
   * counts only when it, or the page, is known to be about this meeting.
   */
  requiresMeeting: v.optional(v.boolean(), false),
  /** Most words between an answer's phrase and a match of each topic group. */
  near: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1, 'must be at least 1')),
    12,
  ),
  /** Groups of phrases; a sentence needs one phrase of every group. */
  topic: v.optional(v.array(phrases), []),
  /** Phrases that, anywhere in the sentence, rule the sentence out. */
  unless: v.optional(v.array(text), []),
  answers: v.pipe(
    v.array(answerSignalsSchema),
    v.minLength(1, 'needs at least one answer'),
  ),
});

export type Source = v.InferOutput<typeof sourceSchema>;
export type Citation = v.InferOutput<typeof citationSchema>;
/** A fact; `meeting` is derived by the compiler where it is not authored. */
export type Fact = v.InferOutput<typeof factSchema>;
export type AuthoredEntity = v.InferOutput<typeof entitySchema>;
export type Claim = v.InferOutput<typeof claimSchema>;
export type Comparison = v.InferOutput<typeof comparisonSchema>;
export type TimelineEvent = v.InferOutput<typeof timelineEventSchema>;
export type AuthoredMeeting = v.InferOutput<typeof meetingSchema>;
export type AuthoredClaimSignals = v.InferOutput<typeof claimSignalsSchema>;

/**
 * A meeting cue as the extension gets it: its phrases checked by the
 * compiler (the content script gets them as a pattern too: see
 * `ArticleCues`).
 */
export interface MeetingCue {
  kind: 'place' | 'word';
  name: string;
  says: string[];
  /** The words a match can begin with (see `leadWords`). */
  leads: string[];
  weight: number;
}

/** A meeting as the extension sees it. */
export interface Meeting extends Omit<AuthoredMeeting, 'cues'> {
  cues: MeetingCue[];
}

/**
 * One answer's signals as the extension gets them: the comparison's topic
 * groups, `unless` phrases, meeting and distance merged in; every phrase
 * checked by the compiler.
 */
export interface AnswerSignals {
  id: string;
  answer: string;
  sources: string[];
  meeting: string | null;
  requiresMeeting: boolean;
  negative: boolean;
  says: string[];
  mentions: string[];
  topic: string[][];
  unless: string[];
  near: number;
  /**
   * What a sentence must hold for the answer to be worth examining: for
   * each `says` phrase, its slots (see `phraseSlots`); and the slots of the
   * topic groups whose words are telling (see `groupSlot`).
   */
  slots: { says: string[][][]; topic: string[][] };
}

/** Claim signals of one comparison as compiled. */
export interface ClaimSignals {
  comparison: string;
  /** True when the answers contradict each other (a `differ` comparison). */
  exclusive: boolean;
  answers: AnswerSignals[];
}

/** An entity as the extension sees it: aliases are complete and checked. */
export interface Entity extends AuthoredEntity {
  contextAliases: string[];
  related: string[];
  facts: Fact[];
}

/** The compiled knowledge bundled into the extension. */
export interface Knowledge {
  sources: Source[];
  entities: Entity[];
  comparisons: Comparison[];
  timeline: TimelineEvent[];
  neverMark: string[];
  /** Every Kim–Putin meeting, in date order. */
  meetings: Meeting[];
  claimSignals: ClaimSignals[];
}

/**
 * An answer's phrases compiled to regular-expression source at build time
 * (see `phrase-pattern.ts`; use with `PHRASE_FLAGS`), one alternation per
 * list, null where the list is empty; the `says` phrases one by one, in
 * their order, so that a page compiles only those whose slots it fills.
 */
export interface AnswerPatterns {
  says: string[];
  mentions: string | null;
  topic: string[];
  unless: string | null;
}

/**
 * An answer as the content script's claim finder gets it: its phrases as
 * patterns, and its slots as ids into `ArticleCues.claimSlots`.
 */
export interface ArticleAnswerSignals extends Omit<
  AnswerSignals,
  'says' | 'mentions' | 'topic' | 'unless' | 'slots'
> {
  patterns: AnswerPatterns;
  /**
   * Slot ids: per `says` phrase (see `phraseSlots`), and of the topic
   * groups (see `groupSlot`).
   */
  slotIds: { says: number[][]; topic: number[] };
}

/** Claim signals as the content script gets them. */
export interface ArticleClaimSignals extends Omit<ClaimSignals, 'answers'> {
  answers: ArticleAnswerSignals[];
}

/** The meetings' cues as the content script gets them. */
export interface CueTable {
  /**
   * Each distinct pattern of the cues (Vladivostok's serves 2019 and 2023),
   * with the cues that have it: the meeting's index, the cue's weight, and
   * the words the decision's reason gives for it ("names Vladivostok").
   */
  patterns: {
    pattern: string;
    cues: { meeting: number; weight: number; reason: string }[];
  }[];
  /** The words the cues can begin with, each filed with its pattern's index. */
  leads: WordIndexData<number>;
}

/**
 * What the content script reads an article with: meetings, claim signals,
 * and the topic of each comparison with signals ("when the train left").
 * Phrases come compiled to patterns, and words to their indexes: making
 * them on the page cost every summit page several milliseconds of
 * first-run code, for about 15 KB (gzipped) more in the annotator's chunk.
 */
export interface ArticleCues {
  meetings: Omit<Meeting, 'cues'>[];
  cueTable: CueTable;
  claimSignals: ArticleClaimSignals[];
  /** The words of every claim slot, each filed with its slot's id. */
  claimSlots: WordIndexData<number>;
  topics: Record<string, string>;
}
