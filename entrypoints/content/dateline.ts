/**
 * Datelines: the place names that open a wire story ("MOSCOW/SEOUL, Sept 13
 * (Reuters) -") say where it was filed, not what it is about, so their
 * mentions are marked quietly.
 */

/** The opening of a story's first paragraph when it is a dateline. */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{M} .'’/-]{1,60}(?:,[^\n–—-]{1,30})?(?:\s*\([^)\n]{1,30}\))?\s*[-–—:]\s/u;

/** Letters, all in upper case: how a dateline writes its places. */
const SHOUTED = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Elements that a page marks as datelines. */
export const MARKED_DATELINE_SELECTOR =
  '[class*="dateline" i], [itemprop="dateline"]';

/**
 * Whether a mention is written in capitals within the opening of its
 * paragraph, and that opening has the form of a dateline.
 */
export function inWrittenDateline(range: Range): boolean {
  if (!SHOUTED.test(range.toString())) return false;
  const node = range.startContainer;
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return false;
  const block = el.closest('p, div, li, section, article, td') ?? el;
  const before = block.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const opening = before.toString();
  if (opening.length > 60) return false;
  const match = DATELINE.exec(block.textContent ?? '');
  return match !== null && opening.length < match[0].length;
}
