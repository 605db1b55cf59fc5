/**
 * Sentences of a text, as a reader of news reads them: `Intl.Segmenter`
 * (which Chromium and Firefox both have) splits, and the ends it finds
 * after abbreviations ("Sept.", "Mr.", "U.S. officials") are undone.
 * Pure: no DOM.
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

/** The word that ends a segment, with its final dot. */
const LAST_WORD = /([\p{L}.]+)\.\s*$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const FIRST_WORD = /^\s*[“"'‘(]*([\p{L}]+)/u;

let segmenter: Intl.Segmenter | undefined;

/** Whether a sentence may end where `before` ends and `after` begins. */
function endsHere(before: string, after: string): boolean {
  const last = LAST_WORD.exec(before);
  if (!last) return true;
  const word = last[1]!;
  const bare = word.toLowerCase();
  if (NEVER_ENDS.has(bare)) return false;
  // An initial ("Donald J. Trump").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (INITIALISM.test(word)) {
    const next = FIRST_WORD.exec(after);
    if (!next) return true;
    const first = next[1]!;
    if (first[0] === first[0]!.toLowerCase()) return false;
    return STARTERS.has(first.toLowerCase());
  }
  return true;
}

/**
 * The sentences of `text` in order, each without the white space around it.
 * Text with no sentence end is one sentence.
 */
export function sentenceSpans(text: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  let start = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (
      end < text.length &&
      !endsHere(text.slice(start, end), text.slice(end, end + 40))
    )
      continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  if (start < text.length) pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
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
