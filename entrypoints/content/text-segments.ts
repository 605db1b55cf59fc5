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
  /** Index of `node` in the segment's nodes. */
  index: number;
}

/** Hidden or editable elements: their text is not article text. */
const UNREAD = '[hidden], [contenteditable]:not([contenteditable="false"])';

/** Whether the walk must not enter this element. */
export function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.localName) || el.matches(UNREAD);
}

/** Whether a node is an element that flows inside a line of text. */
export function isInline(node: Node): boolean {
  return node instanceof Element && INLINE.has(node.localName);
}

/** Where an element's text belongs: the block it is part of, or null if unread. */
type Place = Node | null;

/** A node the walk can start from. */
export type ScanRoot = Document | DocumentFragment | Element;

/**
 * Remembers, for each element holding text, the block its text belongs to
 * (or null for hidden and editable content), so that each element is looked
 * at once however many text nodes it holds.
 */
class Places {
  private readonly cache = new Map<Node, Place>();
  /** Hidden and editable elements below the root, found in one query. */
  private readonly unread: Set<Element>;

  constructor(root: ScanRoot) {
    this.cache.set(root, root);
    this.unread = new Set(root.querySelectorAll(UNREAD));
  }

  of(node: Node): Place {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached;
    // Climb to the nearest known ancestor, then settle the path downwards.
    const path: Node[] = [];
    let up: Node | null = node;
    let place: Place | undefined;
    while (up && (place = this.cache.get(up)) === undefined) {
      path.push(up);
      up = up.parentNode;
    }
    place ??= null;
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as Element;
      if (place !== null)
        place = this.unread.has(el)
          ? null
          : INLINE.has(el.localName)
            ? place
            : el;
      this.cache.set(el, place);
    }
    return place;
  }
}

/**
 * Collects the text nodes of one block into a segment. The arrays are reused
 * from one segment to the next: a segment is valid until the next is taken.
 */
class SegmentBuilder {
  private readonly parts: string[] = [];
  private readonly segment: Segment = {
    text: '',
    nodes: [],
    starts: [],
    maps: [],
  };
  length = 0;
  /** Set once a segment is taken: its arrays are emptied on the next add. */
  private taken = false;

  add(node: Text): void {
    const { nodes, starts, maps } = this.segment;
    if (this.taken) {
      nodes.length = 0;
      starts.length = 0;
      maps.length = 0;
      this.taken = false;
    }
    const data = node.data;
    nodes.push(node);
    starts.push(this.length);
    if (data.includes(SOFT_HYPHEN)) {
      const stripped = stripSoftHyphens(data);
      maps.push(stripped.map);
      this.parts.push(stripped.text);
      this.length += stripped.text.length;
    } else {
      maps.push(undefined);
      this.parts.push(data);
      this.length += data.length;
    }
  }

  /** The segment collected so far, if any; the builder starts afresh. */
  take(): Segment | undefined {
    const { parts, segment } = this;
    if (parts.length === 0) return undefined;
    // One flat string: joining once costs the matcher far less than a
    // chain of concatenations would.
    segment.text = parts.length === 1 ? parts[0]! : parts.join('');
    parts.length = 0;
    this.length = 0;
    this.taken = true;
    return segment;
  }
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
    index: lo,
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
 * one at a time, so the caller can pause between them. Each segment is valid
 * until the next one is asked for. Open shadow roots of
 * custom elements found on the way are walked after the tree that holds them.
 */
export function* segmentsOf(
  root: ScanRoot,
): Generator<Segment, void, undefined> {
  const roots: ScanRoot[] = [root];
  for (let r = roots.pop(); r; r = roots.pop()) {
    if (r instanceof Element && isSkipped(r)) continue;
    const doc = r.ownerDocument ?? (r as Document);
    const walker = doc.createTreeWalker(
      r,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    const places = new Places(r);
    const segment = new SegmentBuilder();
    let block: Place = null;
    let lastParent: Node | null = null;
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentNode!;
        if (parent !== lastParent) {
          lastParent = parent;
          const place = places.of(parent);
          if (place !== block) {
            const done = segment.take();
            if (done) yield done;
            block = place;
          }
        }
        if (block !== null) {
          if (segment.length > MAX_SEGMENT_LENGTH) {
            const done = segment.take();
            if (done) yield done;
          }
          segment.add(node as Text);
        }
        node = walker.nextNode();
        continue;
      }
      const name = (node as Element).localName;
      if (SKIPPED.has(name)) {
        node = nextOutside(walker);
        continue;
      }
      if (name.includes('-')) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) roots.push(shadow);
      }
      node = walker.nextNode();
    }
    const done = segment.take();
    if (done) yield done;
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
