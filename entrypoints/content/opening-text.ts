/**
 * The opening of a page's text, for the gate: what a reader meets first,
 * read a stretch at a time without touching the rest of the page.
 */
import type { ScanRoot } from './text-segments';

/** Elements read in the first stretch; each stretch after it reads twice as many. */
const FIRST_STRETCH = 64;

/**
 * Characters of a stretch's end that the next stretch starts with again, so
 * that a word cut where an element begins (`Vladi<b>vostok</b>`) is read
 * whole; longer than any word the gate looks for.
 */
const OVERLAP = 24;

/** Elements whose text is code, not prose: it does not count towards the limit. */
const CODE = new Set(['script', 'style']);

/**
 * Yields the text under `root` in document order (script and style text
 * included, as in `textContent`) in stretches of elements, each twice as
 * long as the one before and starting with the last `OVERLAP` characters of
 * it, until the text yielded holds `limit` characters of prose (text other
 * than that of scripts and styles) or the text ends. Stretches are read
 * natively (`Range.toString()`), each ending before an element found in a
 * live element list, which the browser walks only as far as asked: a long
 * page costs what its opening costs, and a caller that stops early (the gate
 * once it has seen enough) reads less.
 */
export function* openingStretches(
  root: ScanRoot,
  limit: number,
): Generator<string, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  // A live list where there is one: `item()` walks it only as far as asked
  // (an index, `[i]`, has Chromium count the whole list first).
  const elements =
    'getElementsByTagName' in root
      ? root.getElementsByTagName('*')
      : root.querySelectorAll('*');
  const range = doc.createRange();
  range.selectNodeContents(root);
  let tail = '';
  let read = 0;
  // Code text is counted only once the text reaches the limit with it.
  let code = 0;
  let counted = 0;
  for (let end = FIRST_STRETCH; ; end *= 2) {
    const next = elements.item(end);
    if (!next) {
      yield tail + range.toString();
      return;
    }
    range.setEndBefore(next);
    const stretch = range.toString();
    yield tail + stretch;
    read += stretch.length;
    if (read >= limit) {
      for (; counted < end; counted++)
        code += codeLength(elements.item(counted)!);
      if (read - code >= limit) return;
    }
    tail = stretch.slice(-OVERLAP);
    range.selectNodeContents(root);
    range.setStartBefore(next);
  }
}

/** The length of an element's text if it is code, else 0. */
function codeLength(el: Element): number {
  return CODE.has(el.localName) ? (el.textContent?.length ?? 0) : 0;
}
