/**
 * Keeps the mentions of one document: scans text in time slices, decides
 * with the gate whether the page is about the summits, paints the mentions
 * once it is, and forgets mentions whose text changed or went away.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import type { EntityKind } from '../../knowledge/schema';
import { aliasKey } from '../../utils/text';
import { closedGate, isOpen, recordMatches } from './gate';
import {
  createMatcher,
  shortestMatch,
  type Matcher,
  type TextMatch,
} from './matcher';
import type { Painter } from './painter';
import {
  TextReader,
  type ScanRoot,
  type SegmentLocator,
} from './text-segments';
import { yieldToMain } from './yield-to-main';

export interface Mention {
  /** Index into `lexicon.entities`. */
  entity: number;
  range: Range;
}

/** The text nodes a range touches, in document order. */
export function textNodesOf(range: Range): Text[] {
  const { startContainer: start, endContainer: end } = range;
  if (start === end)
    return start.nodeType === Node.TEXT_NODE ? [start as Text] : [];
  const nodes: Text[] = [];
  const walker = (start.ownerDocument ?? document).createTreeWalker(
    range.commonAncestorContainer,
    NodeFilter.SHOW_TEXT,
  );
  walker.currentNode = start;
  for (let n: Node | null = start; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) nodes.push(n as Text);
    if (n === end) break;
  }
  return nodes;
}

/**
 * Orders mentions by where they start in the document. Unlike
 * `Range.compareBoundaryPoints`, which throws for ranges in different trees,
 * it also orders mentions in shadow trees.
 */
export function compareMentions(a: Mention, b: Mention): number {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset - b.range.startOffset;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING
    ? -1
    : 1;
}

export interface AnnotatorOptions {
  lexicon: Lexicon;
  painter: Painter;
  /** Longest stretch of work before yielding to the browser, in ms. */
  sliceMs?: number;
}

export class Annotator {
  readonly lexicon: Lexicon;
  private readonly painter: Painter;
  /** Built on the first scan: most pages never get one. */
  private matcher: Matcher | undefined;
  private readonly sliceMs: number;
  /** Text shorter than this cannot hold a mention; set with the matcher. */
  private shortest = 0;
  private gate = closedGate();
  /** Entities named in full somewhere on the page. */
  private readonly present = new Set<number>();
  /** Mentions that count (painted once the gate is open). */
  private readonly mentions = new Set<Mention>();
  /** Context-alias mentions waiting for their entity's full name. */
  private readonly pending = new Set<Mention>();
  /** Counted mentions not painted yet: painting waits for the end of a scan. */
  private unpainted: Mention[] = [];
  /** Mentions by text node, for hit-testing; built on first use. */
  private byNode: Map<Text, Mention[]> | undefined;
  /** Bumped by `clear()` so that a scan under way stops adding. */
  private generation = 0;

  constructor(options: AnnotatorOptions) {
    this.lexicon = options.lexicon;
    this.painter = options.painter;
    this.sliceMs = options.sliceMs ?? 8;
  }

  /** Whether the page has been found to be about the summits. */
  get isOpen(): boolean {
    return isOpen(this.gate);
  }

  /**
   * Scans `root` for mentions, yielding to the browser every `sliceMs`.
   * Once the scan is done, paints what it found if the page is (or now
   * becomes) about the summits: all at once, because every frame rendered
   * while highlights change redraws all of them.
   */
  async scan(root: ScanRoot): Promise<void> {
    const generation = this.generation;
    if (!this.matcher) {
      this.matcher = createMatcher(this.lexicon);
      this.shortest = shortestMatch(this.lexicon);
    }
    const matcher = this.matcher;
    const doc = root.ownerDocument ?? (root as Document);
    const reader = new TextReader(root, this.shortest);
    const visit = (text: string, locator: SegmentLocator) =>
      this.addSegment(text, locator, matcher, doc);
    while (!reader.read(visit, performance.now() + this.sliceMs)) {
      await yieldToMain();
      if (generation !== this.generation) return;
    }
    if (this.isOpen) this.paintUnpainted();
  }

  /** Forgets every mention whose start lies inside `root`. */
  forget(root: Node): void {
    for (const m of [...this.mentions, ...this.pending])
      if (root.contains(m.range.startContainer)) this.drop(m);
  }

  /**
   * Forgets mentions that were removed from the page, and those in `edited`
   * text nodes whose text is no longer an alias of their entity.
   */
  prune(edited: ReadonlySet<Node>): void {
    for (const m of [...this.mentions, ...this.pending]) {
      const { range } = m;
      const gone =
        !range.startContainer.isConnected || !range.endContainer.isConnected;
      if (gone) {
        this.drop(m);
        continue;
      }
      if (!textNodesOf(range).some((n) => edited.has(n))) continue;
      const entry = this.lexicon.aliases[aliasKey(range.toString())];
      if (!entry || entry[0] !== m.entity) this.drop(m);
    }
  }

  /** Removes all marks and forgets everything, as on a page never scanned. */
  clear(): void {
    this.generation += 1;
    this.painter.clear();
    this.mentions.clear();
    this.pending.clear();
    this.unpainted = [];
    this.byNode = undefined;
    this.present.clear();
    this.gate = closedGate();
  }

  /** The mentions that count, in document order (empty if the gate is shut). */
  list(): Mention[] {
    if (!this.isOpen) return [];
    return [...this.mentions].sort(compareMentions);
  }

  /** Whether this mention still counts. */
  has(mention: Mention): boolean {
    return this.isOpen && this.mentions.has(mention);
  }

  /** Mentions per entity index. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    if (this.isOpen)
      for (const m of this.mentions)
        counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return counts;
  }

  /** The counted mention whose range holds this DOM point, if any. */
  mentionAt(node: Node, offset: number): Mention | undefined {
    if (!this.isOpen || node.nodeType !== Node.TEXT_NODE) return undefined;
    if (!this.byNode) {
      const byNode = new Map<Text, Mention[]>();
      for (const m of this.mentions) indexMention(byNode, m);
      for (const m of this.pending) indexMention(byNode, m);
      this.byNode = byNode;
    }
    return this.byNode
      .get(node as Text)
      ?.find(
        (m) => this.mentions.has(m) && m.range.comparePoint(node, offset) === 0,
      );
  }

  private addSegment(
    text: string,
    locator: SegmentLocator,
    matcher: Matcher,
    doc: Document,
  ): void {
    const matches = matcher(text);
    const n = matches.length;
    if (n === 0) return;
    if (!this.isOpen) recordMatches(this.lexicon, this.gate, matches);
    let named = false;
    for (let i = 0; i < n; i++) {
      const { entity, context } = matches[i]!;
      if (!context && !this.present.has(entity)) {
        this.present.add(entity);
        named = true;
      }
    }
    if (named)
      for (const m of this.pending)
        if (this.present.has(m.entity)) {
          this.pending.delete(m);
          this.count(m);
        }
    // Placed from the segment's start up to its middle, from its end after.
    let split = 0;
    while (split < n && !locator.nearerEnd(matches[split]!.start)) split++;
    for (let i = 0; i < split; i++)
      this.addMention(matches[i]!, locator, doc, false);
    for (let i = n - 1; i >= split; i--)
      this.addMention(matches[i]!, locator, doc, true);
  }

  private addMention(
    match: TextMatch,
    locator: SegmentLocator,
    doc: Document,
    fromEnd: boolean,
  ): void {
    const range = doc.createRange();
    locator.locate(match.start, match.end, range, fromEnd);
    const mention: Mention = { entity: match.entity, range };
    if (this.byNode) indexMention(this.byNode, mention);
    if (match.context && !this.present.has(match.entity))
      this.pending.add(mention);
    else this.count(mention);
  }

  private count(mention: Mention): void {
    this.mentions.add(mention);
    this.unpainted.push(mention);
  }

  private paintUnpainted(): void {
    const byKind = new Map<EntityKind, Range[]>();
    for (const m of this.unpainted) {
      if (!this.mentions.has(m)) continue;
      const kind = this.lexicon.entities[m.entity]!.kind;
      const ranges = byKind.get(kind);
      if (ranges) ranges.push(m.range);
      else byKind.set(kind, [m.range]);
    }
    for (const [kind, ranges] of byKind) this.painter.add(ranges, kind);
    this.unpainted = [];
  }

  private drop(mention: Mention): void {
    this.mentions.delete(mention);
    this.pending.delete(mention);
    this.painter.remove(
      mention.range,
      this.lexicon.entities[mention.entity]!.kind,
    );
    // Its range may have moved with the page: the index is built afresh.
    this.byNode = undefined;
  }
}

function indexMention(byNode: Map<Text, Mention[]>, mention: Mention): void {
  for (const node of textNodesOf(mention.range)) {
    const list = byNode.get(node);
    if (list) list.push(mention);
    else byNode.set(node, [mention]);
  }
}
