/**
 * Datelines: the place names that open a wire story ("MOSCOW/SEOUL, Sept 13
 * (Reuters) -") say where it was filed, not what it is about, so their
 * mentions are marked quietly.
 */

/** The opening of a story's first paragraph when it is a dateline. */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{M} .'’/-]{1,60}(?:,[^\n–—-]{1,30})?(?:\s*\([^)\n]{1,30}\))?\s*[-–—:]\s/u;

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

/** How far into its paragraph a dateline's places may reach, in characters. */
const DATELINE_REACH = 60;

/**
 * Whether a name is written in capitals, as a dateline writes places: no
 * letter in it is other than its capital form, and one has a small form.
 * Told by case mapping rather than a `u`-flag pattern (`\p{Lu}`), whose
 * first use costs a page far more.
 */
function shouted(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/**
 * Whether the mention at `start`–`end` of a segment's text (see
 * `TextReader`) may be a dateline's place: written in capitals, near
 * enough to the segment's start. Pure, so that it can be asked of every
 * mention as it is found; only those it allows need `inWrittenDateline`,
 * which looks at the page. A segment never starts before its paragraph,
 * so a mention too far into its segment is too far into its paragraph.
 */
export function mayBeDatelinePlace(
  text: string,
  start: number,
  end: number,
): boolean {
  return start <= DATELINE_REACH && shouted(text.slice(start, end));
}

/**
 * Whether a mention is written in capitals within the opening of its
 * paragraph, and that opening has the form of a dateline.
 */
export function inWrittenDateline(range: Range): boolean {
  if (!shouted(textOf(range))) return false;
  const node = range.startContainer;
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return false;
  const block = el.closest('p, div, li, section, article, td') ?? el;
  const before = block.ownerDocument.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const opening = before.toString();
  if (opening.length > DATELINE_REACH) return false;
  const match = DATELINE.exec(block.textContent ?? '');
  return match !== null && opening.length < match[0].length;
}
