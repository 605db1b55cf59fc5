/**
 * The opening of a page's text, for the gate: what a reader meets first,
 * read without touching the rest of the page.
 */
import type { ScanRoot } from './text-segments';

/** Elements read in the first stretch; each stretch after it reads twice as many. */
const FIRST_STRETCH = 256;

/**
 * The text under `root` in document order (script and style text included,
 * as in `textContent`), from its start to the end of the first stretch of
 * elements that brings it to at least `limit` characters, or all of it.
 * Stretches are read natively (`Range.toString()`), each ending before an
 * element found by index in a live element list, which the browser walks
 * only as far as asked: a long page costs about what `limit` characters of
 * it cost.
 */
export function openingText(root: ScanRoot, limit: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const elements =
    'getElementsByTagName' in root
      ? root.getElementsByTagName('*')
      : root.querySelectorAll('*');
  const range = doc.createRange();
  range.selectNodeContents(root);
  let text = '';
  for (let end = FIRST_STRETCH; text.length < limit; end *= 2) {
    const next = elements[end];
    if (!next) return text + range.toString();
    range.setEndBefore(next);
    text += range.toString();
    range.selectNodeContents(root);
    range.setStartBefore(next);
  }
  return text;
}
