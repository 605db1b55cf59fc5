/**
 * The opening of a page's text, for the gate: what a reader meets first,
 * read without touching the rest of the page.
 */
import type { ScanRoot } from './text-segments';

/** Elements read in the first stretch; each stretch after it reads twice as many. */
const FIRST_STRETCH = 256;

/** Elements whose text is code, not prose: it does not count towards the limit. */
const CODE = new Set(['script', 'style']);

/**
 * The text under `root` in document order (script and style text included,
 * as in `textContent`), from its start to the end of the first stretch of
 * elements that brings its prose (its text less that of scripts and styles)
 * to at least `limit` characters, or all of it. Stretches are read natively
 * (`Range.toString()`), each ending before an element found by index in a
 * live element list, which the browser walks only as far as asked: a long
 * page costs what its opening costs.
 */
export function openingText(root: ScanRoot, limit: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  // A live list where there is one: `item()` walks it only as far as asked
  // (an index, `[i]`, has Chromium count the whole list first).
  const elements =
    'getElementsByTagName' in root
      ? root.getElementsByTagName('*')
      : root.querySelectorAll('*');
  const range = doc.createRange();
  range.selectNodeContents(root);
  let text = '';
  // Code text is counted only once the text reaches the limit with it.
  let code = 0;
  let counted = 0;
  for (let end = FIRST_STRETCH; ; end *= 2) {
    const next = elements.item(end);
    if (!next) return text + range.toString();
    range.setEndBefore(next);
    text += range.toString();
    if (text.length >= limit) {
      for (; counted < end; counted++)
        code += codeLength(elements.item(counted)!);
      if (text.length - code >= limit) return text;
    }
    range.selectNodeContents(root);
    range.setStartBefore(next);
  }
}

/** The length of an element's text if it is code, else 0. */
function codeLength(el: Element): number {
  return CODE.has(el.localName) ? (el.textContent?.length ?? 0) : 0;
}
