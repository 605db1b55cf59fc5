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
const NON_SPACE = /\S/;

/**
 * The text of one block read as one. Its arrays hold `count` entries, and
 * those of a segment from `segmentsOf` belong to the walk: they are good only
 * until it goes on to the next segment (arrays of every segment's own would
 * be a good part of what a walk allocates). Keep copies, not them.
 */
export interface Segment {
  /** The text of the segment's nodes, soft hyphens removed. */
  text: string;
  /** How many text nodes the segment has. */
  count: number;
  /** The segment's text nodes, in the first `count` places. */
  nodes: readonly Text[];
  /** Offset in `text` at which each node starts. */
  starts: readonly number[];
  /** For nodes that had soft hyphens: stripped offset → offset in the node. */
  maps: readonly (number[] | undefined)[];
}

/** The maps of a segment none of whose nodes had soft hyphens. */
const NO_MAPS: Segment['maps'] = [];

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

/** A node the walk can start from. */
export type ScanRoot = Document | DocumentFragment | Element;

/** How many readable nodes `Blocks` remembers. */
const REMEMBERED = 8;

/**
 * Finds the block each text node belongs to: its nearest ancestor that is not
 * inline (or the root), or null when the text lies in skipped, hidden or
 * editable content. It keeps no map from node to block (hashing every node
 * would cost more than the steps up it saves), only the last few nodes found
 * readable, which is where most climbs end: a page's text sits in a few
 * containers, visited in turn.
 */
class Blocks {
  /** Hidden and editable elements below the root, found in one query. */
  private readonly unread: Set<Element>;
  /** Nodes whose text, and whose ancestors' text, is read. */
  private readonly readable: Node[] = [];
  private oldest = 0;

  constructor(private readonly root: ScanRoot) {
    this.unread = new Set(root.querySelectorAll(UNREAD));
  }

  /**
   * The block of the text nodes whose parent is `parent`, or null. `current`
   * is the block of the text just before: an inline element right inside it
   * (a link in a paragraph) needs no further look.
   */
  of(parent: Node, current: Node | null): Node | null {
    if (
      current !== null &&
      parent.parentNode === current &&
      INLINE.has((parent as Element).localName) &&
      !this.isUnread(parent)
    )
      return current;
    let block = parent;
    // Below the root, every ancestor of a text node is an element.
    while (block !== this.root && INLINE.has((block as Element).localName)) {
      if (this.isUnread(block)) return null;
      block = block.parentNode!;
    }
    return this.isReadable(block) ? block : null;
  }

  /** Whether the text of `node` (below the root) is read where it lies. */
  isReadable(node: Node): boolean {
    for (let up = node; up !== this.root; up = up.parentNode!) {
      if (this.readable.includes(up)) break;
      if (SKIPPED.has((up as Element).localName) || this.isUnread(up))
        return false;
    }
    this.readable[this.oldest] = node;
    this.oldest = (this.oldest + 1) % REMEMBERED;
    return true;
  }

  private isUnread(node: Node): boolean {
    return this.unread.size > 0 && this.unread.has(node as Element);
  }
}

/**
 * The text nodes of one block met one after the other in the walk. When
 * they hold all the block's text, the block's `textContent` is their text,
 * read in one native call instead of node by node.
 */
class Run {
  block: Node | null = null;
  length = 0;
  /**
   * The run's nodes and the offset at which each starts in their raw text,
   * in the first `count` places. Kept from run to run and lent to the run's
   * segment, so that neither runs nor segments allocate arrays of their own.
   */
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private count = 0;
  /** The text node just before the run, whatever its block. */
  private before: Node | null = null;

  /** Starts a run of `block`'s nodes after the text node `before`. */
  start(block: Node, before: Node | null): void {
    this.block = block;
    this.count = 0;
    this.length = 0;
    this.before = before;
  }

  add(node: Text): void {
    this.nodes[this.count] = node;
    this.starts[this.count] = this.length;
    this.count += 1;
    this.length += node.length;
  }

  /**
   * Ends the run before the text node `next` (null at the end of the walk)
   * and returns its segment, or undefined when it cannot hold a match: it is
   * shorter than `minLength`, or only white space (most often that between
   * the blocks of a container).
   */
  end(next: Node | null, minLength: number): Segment | undefined {
    const { block, length } = this;
    this.block = null;
    if (!block || length < minLength) return undefined;
    const segment = this.read(next, block);
    return NON_SPACE.test(segment.text) ? segment : undefined;
  }

  private read(next: Node | null, block: Node): Segment {
    const { nodes, starts, count, length } = this;
    let text: string | null = null;
    if (isOutside(this.before, block) && isOutside(next, block)) {
      // Text of the block on either side of the run (a nested block's, say)
      // rules out its textContent, unread before it is copied. Equal lengths
      // mean any other text node in the block is empty (unread text in the
      // middle of the run would add to it).
      text = block.textContent;
      if (text?.length !== length) text = null;
    } else if (count === 1) {
      // One node's text is the run's text, whatever else its block holds.
      text = nodes[0]!.data;
    }
    if (text !== null && !text.includes(SOFT_HYPHEN))
      return { text, count, nodes, starts, maps: NO_MAPS };
    return segmentOfNodes(nodes.slice(0, count));
  }
}

/**
 * Whether `text` (if any) lies outside `block`. Text beside the block, such as
 * the white space between paragraphs, is told without a look up the tree.
 */
function isOutside(text: Node | null, block: Node): boolean {
  return !text || text.parentNode === block.parentNode || !block.contains(text);
}

/** A segment read node by node, soft hyphens removed. */
function segmentOfNodes(nodes: Text[]): Segment {
  const parts: string[] = [];
  const starts: number[] = [];
  const maps: (number[] | undefined)[] = [];
  let length = 0;
  for (const node of nodes) {
    let data = node.data;
    let map: number[] | undefined;
    if (data.includes(SOFT_HYPHEN))
      ({ text: data, map } = stripSoftHyphens(data));
    parts.push(data);
    starts.push(length);
    maps.push(map);
    length += data.length;
  }
  return { text: parts.join(''), count: nodes.length, nodes, starts, maps };
}

/**
 * Maps spans of a segment's text back to the DOM. Spans must come in order of
 * their start, as a matcher finds them: the search for their nodes only moves
 * forward.
 */
export class SegmentLocator {
  /** Index of the node holding the last span's start. */
  private first = 0;

  constructor(private readonly segment: Segment) {}

  /**
   * Sets `range` to the text [start, end) and returns the indexes of the
   * first and last node it touches.
   */
  locate(start: number, end: number, range: Range): [number, number] {
    const { nodes, starts, count } = this.segment;
    let first = this.first;
    while (first + 1 < count && starts[first + 1]! <= start) first++;
    let last = first;
    while (last + 1 < count && starts[last + 1]! < end) last++;
    this.first = first;
    range.setStart(nodes[first]!, this.offsetIn(first, start));
    range.setEnd(nodes[last]!, this.offsetIn(last, end));
    return [first, last];
  }

  /** The offset in node `index` of offset `offset` in the segment's text. */
  private offsetIn(index: number, offset: number): number {
    const local = offset - this.segment.starts[index]!;
    const map = this.segment.maps[index];
    return map ? (map[local] ?? this.segment.nodes[index]!.data.length) : local;
  }
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
 * one at a time, so the caller can pause between them. Segments shorter than
 * `minLength`, and those that are only white space, are left out. Open
 * shadow roots of custom elements found on the way are walked after the tree
 * that holds them.
 */
export function* segmentsOf(
  root: ScanRoot,
  minLength = 1,
): Generator<Segment, void, undefined> {
  const roots: ScanRoot[] = [root];
  for (let r = roots.pop(); r; r = roots.pop()) {
    if (r instanceof Element && isSkipped(r)) continue;
    const doc = r.ownerDocument ?? (r as Document);
    const walker = doc.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    const blocks = new Blocks(r);
    const run = new Run();
    let lastParent: Node | null = null;
    let block: Node | null = null;
    let previous: Text | null = null;
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const parent = node.parentNode!;
      // Text right inside the current block (back from an inline element,
      // say) needs no look up the tree.
      if (parent !== lastParent) {
        lastParent = parent;
        if (parent !== block) block = blocks.of(parent, block);
      }
      if (block !== null) {
        if (block !== run.block || run.length > MAX_SEGMENT_LENGTH) {
          const done = run.end(node, minLength);
          if (done) yield done;
          run.start(block, previous);
        }
        run.add(node);
      }
      previous = node;
    }
    const done = run.end(null, minLength);
    if (done) yield done;
    roots.push(...shadowRootsUnder(r, blocks));
  }
}

/**
 * XPath step to elements with a hyphenated name: custom elements, the ones
 * whose open shadow roots are read.
 */
const CUSTOM = "*[contains(local-name(), '-')]";

/** Open shadow roots of custom elements under `root` whose text is read. */
function shadowRootsUnder(root: ScanRoot, blocks: Blocks): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of customElementsUnder(root)) {
    const shadow = el.shadowRoot;
    if (shadow && blocks.isReadable(el)) found.push(shadow);
  }
  return found;
}

/**
 * Custom elements under `root`: found natively by XPath, or by an element
 * walk where there is no XPath (happy-dom, in unit tests).
 */
function* customElementsUnder(root: ScanRoot): Generator<Element> {
  const doc = root.ownerDocument ?? (root as Document);
  if (typeof doc.evaluate !== 'function') {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode())
      if ((el as Element).localName.includes('-')) yield el as Element;
    return;
  }
  // XPath takes no shadow root as its context: search under its children.
  const searches: [Node, string][] =
    root.nodeType === Node.DOCUMENT_FRAGMENT_NODE
      ? [...root.children].map((child) => [
          child,
          `descendant-or-self::${CUSTOM}`,
        ])
      : [[root, `descendant::${CUSTOM}`]];
  for (const [context, path] of searches) {
    const result = doc.evaluate(
      path,
      context,
      null,
      XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
      null,
    );
    for (let i = 0; i < result.snapshotLength; i++)
      yield result.snapshotItem(i) as Element;
  }
}
