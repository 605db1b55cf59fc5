/**
 * Finds the mention under a point on screen without any element to listen
 * on: asks the browser for the caret position at the point, looks up the
 * mention holding it, and confirms that the point is inside the mention's
 * boxes (a caret position is also reported beside the end of a line).
 */
import type { Mention, MentionStore } from './mention-store';

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at a viewport point: `caretPositionFromPoint`, else `caretRangeFromPoint`. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): CaretPoint | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range
      ? { node: range.startContainer, offset: range.startOffset }
      : undefined;
  }
  return undefined;
}

/** Whether a viewport point lies in any of the rects (with a 1px tolerance). */
export function rectsContain(
  rects: Iterable<DOMRectReadOnly>,
  x: number,
  y: number,
): boolean {
  for (const r of rects)
    if (
      x >= r.left - 1 &&
      x <= r.right + 1 &&
      y >= r.top - 1 &&
      y <= r.bottom + 1
    )
      return true;
  return false;
}

/** The mention drawn at a viewport point, if any. */
export function mentionAtPoint(
  doc: Document,
  mentions: MentionStore,
  x: number,
  y: number,
): Mention | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const mention = mentions.at(caret.node, caret.offset);
  return mention && rectsContain(mention.range.getClientRects(), x, y)
    ? mention
    : undefined;
}
