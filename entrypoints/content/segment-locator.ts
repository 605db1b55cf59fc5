/**
 * Maps spans of a segment's text (see `TextReader`) back to the DOM: from an
 * offset in the text to a text node and an offset in it.
 */
import type { Run, ScanRoot } from './text-reader';

/** A span of a segment's text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Places spans of the current segment. A block's text nodes are visited only
 * as far as the spans need: spans in the first half of the segment are found
 * searching forwards from its start, the others searching backwards from its
 * end, each search only moving on.
 */
export class SegmentLocator {
  /** Walk a block's text nodes, one forwards, one backwards. */
  private forwards: TreeWalker | undefined;
  private backwards: TreeWalker | undefined;
  private doc: Document | undefined;
  /** The current segment: a whole block, or a run of nodes. */
  private block: Element | null = null;
  private run: Run | null = null;
  private length = 0;
  /** Where each search stands: a node, and where its text starts in the segment. */
  private head: Text | null = null;
  private headStart = 0;
  private tail: Text | null = null;
  private tailStart = 0;
  /** For a run: the index of each search's node in its nodes. */
  private headIndex = 0;
  private tailIndex = 0;
  /** The offset in its node of the last point found. */
  private offset = 0;

  setRoot(root: ScanRoot): void {
    const doc = root.ownerDocument ?? (root as Document);
    this.doc = doc;
    this.forwards = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    this.backwards = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** Starts on a block whose text, `length` long, is its `textContent`. */
  startBlock(block: Element, length: number): void {
    this.block = block;
    this.run = null;
    this.length = length;
    this.head = null;
    this.tail = null;
  }

  /** Starts on a run of nodes. */
  startRun(run: Run): void {
    this.block = null;
    this.run = run;
    this.length = run.text.length;
    this.headIndex = 0;
    this.tailIndex = run.nodes.length - 1;
  }

  /**
   * Ranges over `spans` of the current segment, in the order given. The
   * spans must be in order of their start and must not overlap; call once
   * per segment. Throws a `RangeError` for a span outside the segment.
   */
  place(spans: readonly Span[]): Range[] {
    const doc = this.doc;
    if (!doc) throw new RangeError('place() was called before setRoot()');
    const n = spans.length;
    const ranges: Range[] = new Array<Range>(n);
    let split = 0;
    while (split < n && (spans[split] as Span).start * 2 <= this.length)
      split++;
    for (let i = 0; i < split; i++) {
      const { start, end } = spans[i] as Span;
      const range = doc.createRange();
      range.setStart(this.fromStart(start, false), this.offset);
      range.setEnd(this.fromStart(end, true), this.offset);
      ranges[i] = range;
    }
    for (let i = n - 1; i >= split; i--) {
      const { start, end } = spans[i] as Span;
      const range = doc.createRange();
      range.setEnd(this.fromEnd(end, true), this.offset);
      range.setStart(this.fromEnd(start, false), this.offset);
      ranges[i] = range;
    }
    return ranges;
  }

  /** The segment's text nodes, in order. */
  nodes(): Text[] {
    if (this.run) return [...this.run.nodes];
    const block = this.block;
    if (!block) return [];
    const walker = block.ownerDocument.createTreeWalker(
      block,
      NodeFilter.SHOW_TEXT,
    );
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      nodes.push(n as Text);
    return nodes;
  }

  /**
   * Finds the point at `offset` in the text, searching forwards: for a
   * span's start in the node holding its first character, for its end
   * (`atEnd`) in the node holding its last. Returns the node and leaves the
   * offset in it in `this.offset`.
   */
  private fromStart(offset: number, atEnd: boolean): Text {
    const run = this.run;
    if (run) {
      const { nodes, starts } = run;
      let i = this.headIndex;
      while (
        i + 1 < nodes.length &&
        (atEnd
          ? startOf(starts, i + 1) < offset
          : startOf(starts, i + 1) <= offset)
      )
        i++;
      return this.pointInRun((this.headIndex = i), offset);
    }
    const walker = this.walker(this.forwards);
    let node = this.head ?? this.firstNode(walker, offset);
    let start = this.headStart;
    while (
      start + node.length < offset ||
      (!atEnd && start + node.length === offset)
    ) {
      start += node.length;
      node = textOrThrow(walker.nextNode(), offset);
    }
    this.offset = offset - (this.headStart = start);
    return (this.head = node);
  }

  /** As `fromStart`, searching backwards from the segment's end. */
  private fromEnd(offset: number, atEnd: boolean): Text {
    const run = this.run;
    if (run) {
      let i = this.tailIndex;
      const { starts } = run;
      while (
        i > 0 &&
        (atEnd ? startOf(starts, i) >= offset : startOf(starts, i) > offset)
      )
        i--;
      return this.pointInRun((this.tailIndex = i), offset);
    }
    const walker = this.walker(this.backwards);
    let node = this.tail ?? this.lastNode(walker, offset);
    let start = this.tailStart;
    for (; atEnd ? start >= offset : start > offset; start -= node.length)
      node = textOrThrow(walker.previousNode(), offset);
    this.offset = offset - (this.tailStart = start);
    return (this.tail = node);
  }

  /** The point at `offset` of the text, which lies in node `index` of the run. */
  private pointInRun(index: number, offset: number): Text {
    const { nodes, starts, maps } = this.run as Run;
    const node = textOrThrow(nodes[index] ?? null, offset);
    const local = offset - startOf(starts, index);
    const map = maps[index];
    this.offset = map ? (map[local] ?? node.data.length) : local;
    return node;
  }

  /** Starts the forward search at the block's first text node. */
  private firstNode(walker: TreeWalker, offset: number): Text {
    walker.currentNode = this.blockOf();
    this.headStart = 0;
    return textOrThrow(walker.nextNode(), offset);
  }

  /** Starts the backward search at the block's last text node. */
  private lastNode(walker: TreeWalker, offset: number): Text {
    walker.currentNode = this.blockOf();
    const node = textOrThrow(walker.lastChild(), offset);
    this.tailStart = this.length - node.length;
    return node;
  }

  private blockOf(): Element {
    if (!this.block) throw new RangeError('no segment was started');
    return this.block;
  }

  private walker(walker: TreeWalker | undefined): TreeWalker {
    if (!walker) throw new RangeError('setRoot() was not called');
    return walker;
  }
}

function startOf(starts: readonly number[], index: number): number {
  const start = starts[index];
  if (start === undefined) throw new RangeError(`the run has no node ${index}`);
  return start;
}

function textOrThrow(node: Node | null, offset: number): Text {
  if (node?.nodeType !== Node.TEXT_NODE)
    throw new RangeError(`offset ${offset} lies outside the segment's text`);
  return node as Text;
}
