/**
 * Finds the sentences of a text that state an answer to one of the
 * comparisons' questions (the points on which the sources differ), and says
 * which sources gave the same answer. Pure and deterministic.
 *
 * Precision comes first: a wrong "agrees with" misleads a reader, a missed
 * claim does not. A sentence is left unmarked when it is a question, when
 * the answer is negated, hedged or denied near it, when two answers of a
 * `differ` comparison meet in it, or when it (or its page) is about another
 * meeting than the question.
 *
 * Cost: one search for the telling words of every answer's phrases runs
 * over the text first (see `AnswerSignals.slots`). Only a text that holds
 * all the words some phrase of an answer needs is split into sentences, and
 * only the answers whose words a sentence holds are examined in it.
 */
import { LETTER, PHRASE_FLAGS } from '../../knowledge/phrase-pattern';
import type { ArticleAnswerSignals, ArticleCues } from '../../knowledge/schema';
import { UNKNOWN_MEETING, type MeetingReader } from './meeting-decision';
import { sentenceSpans, spanAt, type Span } from './sentences';
import { WordIndex } from './word-index';

export interface ClaimMark {
  /** The sentence, as offsets into the text; `end` is exclusive. */
  start: number;
  end: number;
  comparison: string;
  /** Ids of the answers the sentence gives (one for a `differ` comparison). */
  answers: string[];
  /** The answers in words, as the card shows them. */
  answer: string;
  /** Ids of the sources that gave the same answer. */
  agrees: string[];
}

/**
 * Outside a word: no letter before, none after. Each word below begins with
 * an ASCII letter, so `\b` may stand first: it lets the engine skip ahead
 * (it also rules out a digit or an underscore before the word).
 */
const WORD_START = `\\b(?<![${LETTER}])`;
const WORD_END = `(?![${LETTER}])`;
/** Words that negate or hedge what follows them in a clause. */
const NEGATION = new RegExp(
  `${WORD_START}(?:not|no|never|neither|nor|without|cannot|rather than|instead of|far from(?!\\s+(?:the|its|his|their|a|an)\\s)|unlikely|reluctant|unwilling|refus[${LETTER}]*|whether|unclear|uncertain|if|unknown|doubt[${LETTER}]*)${WORD_END}|n['\u2019]t${WORD_END}`,
  'gi',
);
/** Words that, anywhere in a sentence, deny what it reports. */
const DENIAL = new RegExp(
  `${WORD_START}(?:den(?:y|ies|ied|ying)|dismiss[${LETTER}]*|reject[${LETTER}]*|refut[${LETTER}]*|not true|untrue|false(?:ly)?|nonsense|fake|rumou?r[${LETTER}]*)${WORD_END}`,
  'gi',
);
/** Words that set one thing against another. */
const CONTRAST = new RegExp(
  `${WORD_START}(?:not|no|never|neither|nor|but|instead|rather|unlike|contrary|however|whereas|although|though|despite)${WORD_END}|n['\u2019]t${WORD_END}`,
  'i',
);
/** Where a clause begins: punctuation or a turning conjunction. */
const CLAUSE_BREAK =
  /[,;:()\u2014]|\s\u2013\s|\s(?:but|while|whereas|although|though)\s/gi;
/** Words a negation may stand before the first match and still reach it. */
const NEGATION_REACH = 6;
const WORD = /\S+/g;

/**
 * An answer with its patterns, each compiled when first needed: most
 * answers are never looked at on a page.
 */
class CompiledAnswer {
  private made?: {
    mentions: RegExp | undefined;
    topic: RegExp[];
    unless: RegExp | undefined;
  };
  /** Alternations of some of the `says` phrases, by their indexes. */
  private readonly saysOf = new Map<string, RegExp>();
  /** Slot ids (see `phraseSlots`, `groupSlot`): per `says` phrase, and of topics. */
  saysSlots: number[][] = [];
  topicSlots: number[] = [];
  /** The stamp of the last stretch in which the answer was looked at. */
  seen = 0;

  constructor(readonly signals: ArticleAnswerSignals) {}

  private get patterns() {
    const { mentions, topic, unless } = this.signals.patterns;
    const pattern = (source: string | null, flags = '') =>
      source === null ? undefined : new RegExp(source, PHRASE_FLAGS + flags);
    return (this.made ??= {
      mentions: pattern(mentions),
      topic: topic.map((group) => pattern(group, 'g')!),
      unless: pattern(unless),
    });
  }
  /**
   * The alternation of the `says` phrases at `phrases` (indexes, in
   * order). In a text that fills the slots of these phrases only, it
   * matches where the alternation of all of them would, as no other phrase
   * can match there; and it costs a fraction as much to compile.
   */
  saysAmong(phrases: readonly number[]): RegExp {
    const key = phrases.join(' ');
    let re = this.saysOf.get(key);
    if (!re) {
      const { says } = this.signals.patterns;
      re = new RegExp(
        phrases.map((i) => says[i]).join('|'),
        `${PHRASE_FLAGS}g`,
      );
      this.saysOf.set(key, re);
    }
    return re;
  }
  get mentions() {
    return this.patterns.mentions;
  }
  get topic() {
    return this.patterns.topic;
  }
  get unless() {
    return this.patterns.unless;
  }
}

interface CompiledComparison {
  comparison: string;
  exclusive: boolean;
  answers: CompiledAnswer[];
}

/** A sentence being examined, with what is found in it once. */
class Sentence {
  private words?: number[];
  private breaks?: number[];
  private negations?: Span[];
  private denials?: Span[];

  constructor(readonly text: string) {}

  /** Index of the word at or before `offset`. */
  wordAt(offset: number): number {
    if (!this.words) {
      this.words = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(this.text); m; m = WORD.exec(this.text))
        this.words.push(m.index);
    }
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.words[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Words strictly between two spans (0 when they touch or overlap). */
  gap(a: Span, b: Span): number {
    const [first, last] = a.start <= b.start ? [a, b] : [b, a];
    if (last.start < first.end) return 0;
    return Math.max(
      0,
      this.wordAt(last.start) - this.wordAt(first.end - 1) - 1,
    );
  }

  /** Where the clause holding `offset` begins. */
  clauseStart(offset: number): number {
    this.breaks ??= allMatches(CLAUSE_BREAK, this.text).map((s) => s.end);
    let start = 0;
    for (const b of this.breaks) if (b <= offset) start = b;
    return start;
  }

  /** Where the clause holding `offset` ends. */
  clauseEnd(offset: number): number {
    this.breaks ??= allMatches(CLAUSE_BREAK, this.text).map((s) => s.end);
    for (const b of this.breaks) if (b > offset) return b;
    return this.text.length;
  }

  negationsIn(start: number, end: number, exempt: readonly Span[]): boolean {
    this.negations ??= allMatches(NEGATION, this.text);
    return this.negations.some(
      (n) => n.start >= start && n.start < end && !inside(n, exempt),
    );
  }

  /**
   * Whether a denial word stands outside the spans that `exempt` gives
   * (called only when a denial word stands at all).
   */
  denied(exempt: () => readonly Span[]): boolean {
    this.denials ??= allMatches(DENIAL, this.text);
    if (this.denials.length === 0) return false;
    const spans = exempt();
    return this.denials.some((d) => !inside(d, spans));
  }
}

/**
 * Whether every slot of `ids` carries `stamp`. The loops over slots run for
 * every word a page's sentences hold, mostly before the engine optimises
 * them: indexed, they cost several times less than `for…of` or `every`.
 */
function allStamped(
  ids: readonly number[],
  stamps: Int32Array,
  stamp: number,
): boolean {
  for (let i = 0; i < ids.length; i++)
    if (stamps[ids[i]!] !== stamp) return false;
  return true;
}

function allMatches(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0] === '') re.lastIndex += 1;
  }
  return out;
}

const inside = (s: Span, spans: readonly Span[]) =>
  spans.some((o) => s.start >= o.start && s.end <= o.end);

/** Finds claim sentences; build once, then call `find` per block of text. */
export class ClaimFinder {
  private readonly comparisons: CompiledComparison[];
  /** The words of every slot, each filed with its slot ids. */
  private readonly slots: WordIndex<number>;
  /** The answer each slot belongs to. */
  private readonly owners: CompiledAnswer[] = [];
  /**
   * Per slot, the stamp of the last stretch of text whose words filled it:
   * a slot is filled in the stretch being looked at when its stamp is the
   * current one. Cheaper than a set per stretch.
   */
  private stamps = new Int32Array(0);
  private stamp = 0;

  constructor(
    cues: Pick<ArticleCues, 'claimSignals' | 'claimSlots'>,
    private readonly meetings: MeetingReader,
  ) {
    this.comparisons = cues.claimSignals.map((s) => ({
      comparison: s.comparison,
      exclusive: s.exclusive,
      answers: s.answers.map((a) => {
        const answer = new CompiledAnswer(a);
        answer.saysSlots = a.slotIds.says;
        answer.topicSlots = a.slotIds.topic;
        for (const id of [...a.slotIds.says.flat(), ...a.slotIds.topic])
          this.owners[id] = answer;
        return answer;
      }),
    }));
    this.stamps = new Int32Array(this.owners.length);
    this.slots = new WordIndex(cues.claimSlots);
  }

  /** Whether the words of the stretch stamped `stamp` fill an answer's slots. */
  private mayState(a: CompiledAnswer, stamp: number): boolean {
    const stamps = this.stamps;
    if (!allStamped(a.topicSlots, stamps, stamp)) return false;
    const says = a.saysSlots;
    for (let i = 0; i < says.length; i++)
      if (allStamped(says[i]!, stamps, stamp)) return true;
    return false;
  }

  /**
   * The matches in `text` of an answer's `says` phrases, of those whose
   * slots the words of the stretch being looked at fill: the others cannot
   * match in it.
   */
  private saysIn(a: CompiledAnswer, text: string): Span[] {
    const stamps = this.stamps;
    const stamp = this.stamp;
    const says = a.saysSlots;
    const filled: number[] = [];
    for (let i = 0; i < says.length; i++)
      if (allStamped(says[i]!, stamps, stamp)) filled.push(i);
    return filled.length ? allMatches(a.saysAmong(filled), text) : [];
  }

  /**
   * The answers whose slots are filled by the words found at hits `from`
   * to `to` (exclusive) of `filed`.
   */
  private answersFilled(
    filed: readonly (readonly number[])[],
    from: number,
    to: number,
  ): CompiledAnswer[] {
    const stamp = ++this.stamp;
    const stamps = this.stamps;
    for (let h = from; h < to; h++) {
      const ids = filed[h]!;
      for (let i = 0; i < ids.length; i++) stamps[ids[i]!] = stamp;
    }
    const out: CompiledAnswer[] = [];
    for (let h = from; h < to; h++) {
      const ids = filed[h]!;
      for (let i = 0; i < ids.length; i++) {
        const answer = this.owners[ids[i]!]!;
        if (answer.seen === stamp) continue;
        answer.seen = stamp;
        if (this.mayState(answer, stamp)) out.push(answer);
      }
    }
    return out;
  }

  /**
   * The claims stated in `text` (one block of a page: a paragraph, a
   * heading), given the meeting the page reports (`unknown` if not known).
   * Each sentence is judged on its own.
   */
  find(text: string, pageMeeting: string = UNKNOWN_MEETING): ClaimMark[] {
    const at: number[] = [];
    const filed: (readonly number[])[] = [];
    this.slots.scan(text, (index, ids) => {
      at.push(index);
      filed.push(ids);
    });
    if (at.length === 0 || this.answersFilled(filed, 0, at.length).length === 0)
      return [];
    const spans = sentenceSpans(text);
    const marks: ClaimMark[] = [];
    for (let h = 0; h < at.length;) {
      const span = spans[spanAt(spans, at[h]!)];
      let next = h + 1;
      while (next < at.length && span && at[next]! < span.end) next++;
      const candidates = span ? this.answersFilled(filed, h, next) : [];
      h = next;
      if (!span || candidates.length === 0) continue;
      const sentence = new Sentence(text.slice(span.start, span.end));
      let known: ReadonlySet<string> | undefined;
      const context = () =>
        (known ??= this.contextMeetings(text, spans, span.start, pageMeeting));
      for (const mark of this.judge(sentence, new Set(candidates), context))
        marks.push({ ...mark, start: span.start, end: span.end });
    }
    return marks;
  }

  /**
   * The meetings a sentence is about when it names none itself: those the
   * nearest sentence before it in the block names (a background paragraph
   * names its year once), else the page's meeting.
   */
  private contextMeetings(
    text: string,
    spans: readonly Span[],
    start: number,
    pageMeeting: string,
  ): ReadonlySet<string> {
    for (let j = spanAt(spans, start) - 1; j >= 0; j--) {
      const named = this.meetings.named(
        text.slice(spans[j]!.start, spans[j]!.end),
      );
      if (named.size > 0) return named;
    }
    return pageMeeting === UNKNOWN_MEETING ? new Set() : new Set([pageMeeting]);
  }

  /** The claims of a sentence, among those of the candidate answers. */
  private judge(
    sentence: Sentence,
    candidates: ReadonlySet<CompiledAnswer>,
    context: () => ReadonlySet<string>,
  ): Omit<ClaimMark, 'start' | 'end'>[] {
    if (sentence.text.includes('?')) return [];
    const out: Omit<ClaimMark, 'start' | 'end'>[] = [];
    for (const c of this.comparisons) {
      if (!c.answers.some((a) => candidates.has(a))) continue;
      // The words of a negative answer ("denied") are no denial of another.
      let ownSpans: Span[] | undefined;
      const own = () =>
        (ownSpans ??= c.answers
          .filter((a) => a.signals.negative)
          .flatMap((a) => this.saysIn(a, sentence.text)));
      const found = c.answers.filter(
        (a) => candidates.has(a) && this.states(sentence, a, own, context),
      );
      if (found.length === 0) continue;
      if (c.exclusive && this.contested(sentence, c, found)) continue;
      const agrees = [...new Set(found.flatMap((a) => a.signals.sources))];
      out.push({
        comparison: c.comparison,
        answers: found.map((a) => a.signals.id),
        answer: found.map((a) => a.signals.answer).join('; '),
        agrees,
      });
    }
    return out;
  }

  /**
   * Whether a sentence that states answers of a differ comparison also
   * names another answer of it, so that it sets them against each other
   * ("at Vostochny, not in Vladivostok"): two answers stated, or another
   * answer named beside a negation or a contrast.
   */
  private contested(
    sentence: Sentence,
    c: CompiledComparison,
    found: readonly CompiledAnswer[],
  ): boolean {
    if (found.length > 1) return true;
    const rivals = c.answers.filter((a) => !found.includes(a));
    const named = rivals.some(
      (a) =>
        this.saysIn(a, sentence.text).length > 0 ||
        (a.mentions !== undefined && a.mentions.test(sentence.text)),
    );
    return named && CONTRAST.test(sentence.text);
  }

  /** Whether the sentence states this answer. */
  private states(
    sentence: Sentence,
    answer: CompiledAnswer,
    own: () => readonly Span[],
    context: () => ReadonlySet<string>,
  ): boolean {
    const text = sentence.text;
    const says = this.saysIn(answer, text);
    if (says.length === 0) return false;
    if (answer.unless?.test(text)) return false;
    const topics = answer.topic.map((re) => allMatches(re, text));
    for (const said of says) {
      const used: Span[] = [said];
      const near = topics.every((group) => {
        let best: Span | undefined;
        let bestGap = Infinity;
        for (const t of group) {
          const gap = sentence.gap(said, t);
          if (gap < bestGap) [best, bestGap] = [t, gap];
        }
        if (!best || bestGap > answer.signals.near) return false;
        used.push(best);
        return true;
      });
      if (!near) continue;
      const from = Math.min(...used.map((s) => s.start));
      const to = Math.max(...used.map((s) => s.end));
      const reach = Math.max(
        sentence.clauseStart(from),
        wordStart(text, from, NEGATION_REACH),
      );
      const exempt = answer.signals.negative ? says : [];
      if (sentence.negationsIn(reach, to, exempt)) continue;
      if (sentence.denied(own)) continue;
      if (!this.aboutMeeting(sentence, said, answer.signals, context)) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether the sentence may be about the answer's meeting: the meetings
   * its clause names, else those the sentence names, else its context's.
   */
  private aboutMeeting(
    sentence: Sentence,
    said: Span,
    signals: ArticleAnswerSignals,
    context: () => ReadonlySet<string>,
  ): boolean {
    const meeting = signals.meeting;
    if (meeting === null) return true;
    const clause = sentence.text.slice(
      sentence.clauseStart(said.start),
      sentence.clauseEnd(said.end - 1),
    );
    let named: ReadonlySet<string> = this.meetings.named(clause);
    if (named.size === 0) named = this.meetings.named(sentence.text);
    if (named.size === 0) named = context();
    if (named.size > 0) return named.has(meeting);
    return !signals.requiresMeeting;
  }
}

/** The offset `words` words before `offset` (or 0). */
function wordStart(text: string, offset: number, words: number): number {
  let at = offset;
  for (let n = 0; n < words && at > 0; n++) {
    at -= 1;
    while (at > 0 && /\s/.test(text[at]!)) at--;
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--;
  }
  return at;
}
