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
      this.fromStart(start, false, range, true);
      this.fromStart(end, true, range, false);
      ranges[i] = range;
    }
    for (let i = n - 1; i >= split; i--) {
      const { start, end } = spans[i] as Span;
      const range = doc.createRange();
      this.fromEnd(end, true, range, false);
      this.fromEnd(start, false, range, true);
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
   * Sets the start (`asStart`) or end of `range` to the point at `offset`,
   * searching forwards: for a span's start in the node holding its first
   * character, for its end (`atEnd`) in the node holding its last.
   */
  private fromStart(
    offset: number,
    atEnd: boolean,
    range: Range,
    asStart: boolean,
  ): void {
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
      this.headIndex = i;
      this.setInRun(i, offset, range, asStart);
      return;
    }
    let node = this.head;
    let start = this.headStart;
    if (!node) {
      const walker = this.walker(this.forwards);
      walker.currentNode = this.blockOf();
      node = nextText(walker, offset);
      start = 0;
    }
    while (
      start + node.length < offset ||
      (!atEnd && start + node.length === offset)
    ) {
      start += node.length;
      node = nextText(this.walker(this.forwards), offset);
    }
    this.head = node;
    this.headStart = start;
    if (asStart) range.setStart(node, offset - start);
    else range.setEnd(node, offset - start);
  }

  /** As `fromStart`, searching backwards from the segment's end. */
  private fromEnd(
    offset: number,
    atEnd: boolean,
    range: Range,
    asStart: boolean,
  ): void {
    const run = this.run;
    if (run) {
      const { starts } = run;
      let i = this.tailIndex;
      while (
        i > 0 &&
        (atEnd ? startOf(starts, i) >= offset : startOf(starts, i) > offset)
      )
        i--;
      this.tailIndex = i;
      this.setInRun(i, offset, range, asStart);
      return;
    }
    let node = this.tail;
    let start = this.tailStart;
    if (!node) {
      const walker = this.walker(this.backwards);
      walker.currentNode = this.blockOf();
      node = textOrThrow(walker.lastChild(), offset);
      start = this.length - node.length;
    }
    while (atEnd ? start >= offset : start > offset) {
      node = textOrThrow(this.walker(this.backwards).previousNode(), offset);
      start -= node.length;
    }
    this.tail = node;
    this.tailStart = start;
    if (asStart) range.setStart(node, offset - start);
    else range.setEnd(node, offset - start);
  }

  /** Sets a boundary of `range` at `offset`, which lies in node `index` of the run. */
  private setInRun(
    index: number,
    offset: number,
    range: Range,
    asStart: boolean,
  ): void {
    const { nodes, starts, maps } = this.run as Run;
    const node = textOrThrow(nodes[index] ?? null, offset);
    const local = offset - startOf(starts, index);
    const map = maps[index];
    const at = map ? (map[local] ?? node.data.length) : local;
    if (asStart) range.setStart(node, at);
    else range.setEnd(node, at);
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

function nextText(walker: TreeWalker, offset: number): Text {
  return textOrThrow(walker.nextNode(), offset);
}

function textOrThrow(node: Node | null, offset: number): Text {
  if (node?.nodeType !== Node.TEXT_NODE)
    throw new RangeError(`offset ${offset} lies outside the segment's text`);
  return node as Text;
}
