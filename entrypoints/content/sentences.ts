/**
 * Sentences of a text, as a reader of news reads them. A sentence ends at a
 * full stop, "!", "?" or "…" (and any closing quotes or brackets after it)
 * that white space and then something other than a lower-case letter
 * follow, or at a line break; never after an abbreviation such as "Sept.",
 * "Mr." or "Gen.", nor after an initialism such as "U.S." unless a word
 * that starts sentences comes next. Pure.
 *
 * `Intl.Segmenter`, which Chromium and Firefox have, splits the same way
 * but knows no news abbreviations and costs about 40 ms for 100 KB of text
 * (in Node); this scanner looks only at the few characters around each
 * candidate end, so finding the sentence around a word costs what that
 * sentence costs.
 */

/** A stretch of a text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a sentence never ends. */
const NEVER_ENDS = new Set(
  (
    'mr mrs ms messrs dr gen gens lt col maj sgt capt cmdr adm gov sen rep ' +
    'rev prof st mt ft jan feb mar apr jun jul aug sep sept oct nov dec no ' +
    'nos jr sr vs approx est dept'
  ).split(' '),
);

/** Words that start a new sentence after an initialism such as "U.S.". */
const STARTERS = new Set(
  (
    'the a an he she it they we i you but and or so in on at this that ' +
    'these those his her its their there then still yet however meanwhile ' +
    'after before when while if as for mr mrs ms some many most one two'
  ).split(' '),
);

const ENDS = /[.!?\u2026\n]/g;
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** A capital letter alone: an initial ("Donald J. Trump"). */
const INITIAL = /^\p{Lu}$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const FIRST_WORD = /^\p{L}+/u;

const isSpace = (char: string) =>
  char === ' ' || char === '\n' || char === '\t' || SPACE.test(char);
const isLower = (char: string) =>
  (char >= 'a' && char <= 'z') || (char > '\u007f' && LOWER.test(char));
const isLetterOrDot = (char: string) =>
  (char >= 'a' && char <= 'z') ||
  (char >= 'A' && char <= 'Z') ||
  char === '.' ||
  (char > '\u007f' && LETTER.test(char));
/** Whether a sentence may end at this character (see `endAt`). */
const mayEnd = (char: string) =>
  char === '\n' ||
  char === '.' ||
  char === '!' ||
  char === '?' ||
  char === '\u2026';

/** How far a sentence may reach from a word, each way, for `sentenceAround`. */
const AROUND = 600;

/**
 * If a sentence ends at `text[i]` (an end mark), where it ends (after any
 * closing quotes or brackets); else -1. A line break always ends one.
 */
function endAt(text: string, i: number): number {
  const mark = text[i]!;
  if (mark === '\n') return i;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  if (j < text.length && !isSpace(text[j]!)) return -1;
  let k = j;
  while (k < text.length && text[k] !== '\n' && isSpace(text[k]!)) k++;
  if (k < text.length && isLower(text[k]!)) return -1;
  if (mark !== '.') return j;
  // The word before the full stop: letters and inner full stops.
  let w = i;
  while (w > 0 && i - w < 24 && isLetterOrDot(text[w - 1]!)) w--;
  if (w === i) return j;
  const word = text.slice(w, i);
  if (NEVER_ENDS.has(word.toLowerCase())) return -1;
  if (INITIAL.test(word)) return -1;
  if (INITIALISM.test(word)) {
    const next = FIRST_WORD.exec(text.slice(k, k + 24));
    return next && STARTERS.has(next[0].toLowerCase()) ? j : -1;
  }
  return j;
}

/** `{start, end}` without the white space at either end, or null if empty. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * The sentences of `text` in order, each without the white space around it.
 * Text with no sentence end is one sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) {
    const end = endAt(text, m.index);
    if (end < 0) continue;
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
    start = end;
    ENDS.lastIndex = Math.max(ENDS.lastIndex, end);
  }
  const last = trimmed(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}

/**
 * The sentence holding `offset`, found by looking only at the text around
 * it (at most `AROUND` characters each way): cheap in a long text.
 */
export function sentenceAround(text: string, offset: number): Span {
  let start = Math.max(0, offset - AROUND);
  for (let p = offset - 1; p >= start; p--) {
    const char = text[p]!;
    if (!mayEnd(char)) continue;
    const end = endAt(text, p);
    if (end >= 0 && end <= offset) {
      start = char === '\n' ? p + 1 : end;
      break;
    }
  }
  let end = Math.min(text.length, offset + AROUND);
  for (let p = offset; p < end; p++) {
    const char = text[p]!;
    if (!mayEnd(char)) continue;
    const at = endAt(text, p);
    if (at >= 0) {
      end = at;
      break;
    }
  }
  return trimmed(text, start, end) ?? { start: offset, end: offset };
}

/** The index of the span holding `offset` (spans in order), or -1. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
