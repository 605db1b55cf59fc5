/**
 * Reads a page as a reader sees it: walks text nodes in document order,
 * skipping what is never rendered as article text, and groups the text nodes
 * of one block (a paragraph, a heading, a list item) into a segment, so that a
 * name split across inline elements (`<a>Kim</a> Jong Un`) reads as one.
 */

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'summit-lens-card',
]);

/** Elements that flow inside a line: text on either side belongs together. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Segments are cut at a node boundary once they grow past this length. */
const MAX_SEGMENT_LENGTH = 20_000;
const SOFT_HYPHEN = '\u00ad';

export interface Segment {
  /** The text of the segment's nodes, soft hyphens removed. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
  /** For nodes that had soft hyphens: stripped offset → offset in the node. */
  maps: (number[] | undefined)[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Whether the walk must not enter this element. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a node is an element that flows inside a line of text. */
export function isInline(node: Node): boolean {
  return node instanceof Element && INLINE.has(node.localName);
}

function blockOf(node: Node, stop: Node): Node {
  let el = node.parentNode;
  while (el && el !== stop && isInline(el)) el = el.parentNode;
  return el ?? stop;
}

/** Maps an offset in a segment's text back to a point in the DOM. */
export function toDomPoint(
  segment: Segment,
  offset: number,
  isEnd: boolean,
): DomPoint {
  const { starts } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const local = offset - starts[lo]!;
  const map = segment.maps[lo];
  const node = segment.nodes[lo]!;
  return {
    node,
    offset: map ? (map[local] ?? node.data.length) : local,
  };
}

function stripSoftHyphens(data: string): { text: string; map: number[] } {
  const map: number[] = [];
  let text = '';
  for (let i = 0; i < data.length; i++) {
    if (data[i] === SOFT_HYPHEN) continue;
    map.push(i);
    text += data[i];
  }
  map.push(data.length);
  return { text, map };
}

/**
 * Walks `root` (an element, document or shadow root) and yields its segments
 * one at a time, so the caller can pause between them. Open shadow roots
 * found on the way are walked after the tree that holds them.
 */
export function* segmentsOf(root: Node): Generator<Segment, void, undefined> {
  const roots: Node[] = [root];
  for (let r = roots.pop(); r; r = roots.pop()) {
    const doc = r.ownerDocument ?? (r as Document);
    const walker = doc.createTreeWalker(
      r,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    let segment: Segment | undefined;
    let block: Node | undefined;
    let lastParent: Node | null = null;
    let node: Node | null = walker.currentNode;
    if (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element))
      continue;
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        const data = text.data;
        if (text.parentNode !== lastParent) {
          lastParent = text.parentNode;
          const nextBlock = blockOf(text, r);
          if (nextBlock !== block) {
            if (segment) yield segment;
            segment = undefined;
            block = nextBlock;
          }
        }
        if (segment && segment.text.length > MAX_SEGMENT_LENGTH) {
          yield segment;
          segment = undefined;
        }
        segment ??= { text: '', nodes: [], starts: [], maps: [] };
        segment.nodes.push(text);
        segment.starts.push(segment.text.length);
        if (data.includes(SOFT_HYPHEN)) {
          const stripped = stripSoftHyphens(data);
          segment.maps.push(stripped.map);
          segment.text += stripped.text;
        } else {
          segment.maps.push(undefined);
          segment.text += data;
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      if (el !== r && isSkipped(el)) {
        node = nextOutside(walker);
        continue;
      }
      if (el.shadowRoot) roots.push(el.shadowRoot);
      node = walker.nextNode();
    }
    if (segment) yield segment;
  }
}

/** Moves the walker past the current node's subtree. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
