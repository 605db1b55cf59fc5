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

/** A small letter of the Latin alphabet: enough to rule most mentions out. */
const SMALL_LETTER = /[a-z]/;

/** The text of a range, from its one text node where it lies in one. */
function textOf(range: Range): string {
  const node = range.startContainer;
  return node === range.endContainer && node.nodeType === Node.TEXT_NODE
    ? (node as Text).data.slice(range.startOffset, range.endOffset)
    : range.toString();
}

/** Elements that a page marks as datelines. */
export const MARKED_DATELINE_SELECTOR =
  '[class*="dateline" i], [itemprop="dateline"]';

/**
 * Whether a mention is written in capitals within the opening of its
 * paragraph, and that opening has the form of a dateline.
 */
export function inWrittenDateline(range: Range): boolean {
  const text = textOf(range);
  // Most mentions have a small letter: they need no look at their block.
  if (SMALL_LETTER.test(text) || !SHOUTED.test(text)) return false;
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
