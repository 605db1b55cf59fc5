/**
 * The mentions found on a page. A short form ("Kim") counts only once its
 * entity is named in full somewhere on the page; until then it waits. The
 * store answers which mention lies at a point (for hit-testing), how many
 * mentions each entity has, and which mentions a change to the page took
 * away. It never touches the page or its highlights.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import { aliasKey } from '../../utils/text';
import { mayBeDatelinePlace } from './dateline';
import type { TextMatch } from './matcher';

export interface Mention {
  /** Index into `lexicon.entities`. */
  entity: number;
  range: Range;
  /**
   * Whether it is written in capitals near the start of its text, so that
   * it may be a dateline's place (see `mayBeDatelinePlace`).
   */
  mayBeDateline: boolean;
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

export class MentionStore {
  /** Entities named in full on the page, with the words first naming each. */
  private readonly fullNames = new Map<number, string>();
  /** Mentions that count. */
  private readonly counted = new Set<Mention>();
  /** Short-form mentions waiting for their entity's full name. */
  private readonly waiting = new Set<Mention>();
  /** Counted mentions not handed out by `takeNew()` yet. */
  private fresh: Mention[] = [];
  /** Mentions by text node, for hit-testing; built on first use. */
  private byNode: Map<Text, Mention[]> | undefined;

  constructor(readonly lexicon: Lexicon) {}

  /**
   * Adds the mentions of one segment of text: `matches` found in `text`,
   * with their ranges (in the same order).
   */
  add(
    text: string,
    matches: readonly TextMatch[],
    ranges: readonly Range[],
  ): void {
    const n = matches.length;
    let named = false;
    for (let i = 0; i < n; i++) {
      const { entity, context, start, end } = matches[i] as TextMatch;
      if (!context && !this.fullNames.has(entity)) {
        this.fullNames.set(entity, text.slice(start, end));
        named = true;
      }
    }
    if (named)
      for (const m of this.waiting)
        if (this.fullNames.has(m.entity)) {
          this.waiting.delete(m);
          this.count(m);
        }
    for (let i = 0; i < n; i++) {
      const { entity, context, start, end } = matches[i] as TextMatch;
      const mention: Mention = {
        entity,
        range: ranges[i] as Range,
        mayBeDateline: mayBeDatelinePlace(text, start, end),
      };
      if (this.byNode) indexMention(this.byNode, mention);
      if (context && !this.fullNames.has(entity)) this.waiting.add(mention);
      else this.count(mention);
    }
  }

  /** Mentions counted since the last call, in the order found. */
  takeNew(): Mention[] {
    const fresh = this.fresh.filter((m) => this.counted.has(m));
    this.fresh = [];
    return fresh;
  }

  /** Removes every mention whose start lies inside `root`; returns those that counted. */
  removeWithin(root: Node): Mention[] {
    return this.removeWhere((m) => root.contains(m.range.startContainer));
  }

  /**
   * Removes mentions that went off the page, and those in `edited` text
   * nodes whose text is no longer an alias of their entity; returns those
   * that counted.
   */
  removeStale(edited: ReadonlySet<Node>): Mention[] {
    return this.removeWhere(({ range, entity }) => {
      if (!range.startContainer.isConnected || !range.endContainer.isConnected)
        return true;
      if (!textNodesOf(range).some((n) => edited.has(n))) return false;
      const entry = this.lexicon.aliases[aliasKey(range.toString())];
      return !entry || entry[0] !== entity;
    });
  }

  /** Removes everything, as on a page never read. */
  removeAll(): void {
    this.fullNames.clear();
    this.counted.clear();
    this.waiting.clear();
    this.fresh = [];
    this.byNode = undefined;
  }

  /** The mentions that count, in document order. */
  list(): Mention[] {
    return [...this.counted].sort(compareMentions);
  }

  /** Whether this mention counts. */
  has(mention: Mention): boolean {
    return this.counted.has(mention);
  }

  /** Counted mentions per entity index. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const m of this.counted)
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return counts;
  }

  /** The words that first named an entity in full on the page, if any. */
  fullNameOf(entity: number): string | undefined {
    return this.fullNames.get(entity);
  }

  /** The counted mention whose range holds this DOM point, if any. */
  at(node: Node, offset: number): Mention | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    if (!this.byNode) {
      const byNode = new Map<Text, Mention[]>();
      for (const m of this.counted) indexMention(byNode, m);
      for (const m of this.waiting) indexMention(byNode, m);
      this.byNode = byNode;
    }
    return this.byNode
      .get(node as Text)
      ?.find(
        (m) => this.counted.has(m) && m.range.comparePoint(node, offset) === 0,
      );
  }

  private count(mention: Mention): void {
    this.counted.add(mention);
    this.fresh.push(mention);
  }

  private removeWhere(test: (m: Mention) => boolean): Mention[] {
    const removed: Mention[] = [];
    let any = false;
    for (const m of this.waiting)
      if (test(m)) {
        this.waiting.delete(m);
        any = true;
      }
    for (const m of this.counted)
      if (test(m)) {
        this.counted.delete(m);
        removed.push(m);
        any = true;
      }
    // Ranges may have moved with the page: the index is built afresh.
    if (any) this.byNode = undefined;
    return removed;
  }
}

function indexMention(byNode: Map<Text, Mention[]>, mention: Mention): void {
  for (const node of textNodesOf(mention.range)) {
    const list = byNode.get(node);
    if (list) list.push(mention);
    else byNode.set(node, [mention]);
  }
}
