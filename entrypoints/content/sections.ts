/**
 * The sections of a page, for marking an entity's first mention in each: a
 * section runs from one heading to the next, and a long run of paragraphs
 * without a heading is cut every few paragraphs, so that a reader who skims
 * still meets a mark in every part.
 */

/** Paragraphs of a stretch without headings that make up one section. */
export const PARAGRAPHS_PER_SECTION = 5;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const BOUNDARIES = `${HEADINGS}, p`;
const BOUNDARY_NAMES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
/** Headings, and elements that say they are one. */
export const HEADING_SELECTOR = `${HEADINGS}, [role="heading"]`;

/**
 * The section of every point of a document, named by the element that
 * starts it (a heading, or the first of a run of paragraphs), so that a
 * section keeps its name when the page grows elsewhere. Built once for a
 * set of mentions: a walk lists the headings and paragraphs as far as the
 * points asked about reach (a page read to its horizon is not listed
 * whole), and a point takes the section of the last of them at or before it.
 *
 * A point's _position_ is the index of that heading or paragraph: points
 * at different positions are in the order of their positions, so callers
 * can order most points without asking the DOM, which is slow on a long
 * page (`compareDocumentPosition` walks the siblings of every ancestor).
 */
export class Sections {
  private readonly starts: Element[] = [];
  /** For each of `starts`, the element that starts its section. */
  private readonly sections: Element[] = [];
  /** The index of each of `starts`. */
  private readonly indexOf = new Map<Element, number>();
  /** Where the last point was found: points asked in order cost little. */
  private last = -1;
  /** The walk over what is not listed yet; null once all is. */
  private walker: TreeWalker | null;
  /** The section of the last start listed, and its paragraphs so far. */
  private section: Element | undefined;
  private paragraphs = 0;

  constructor(private readonly root: Document | DocumentFragment | Element) {
    // Only a document has no owner document.
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  }

  /** Lists the next heading or paragraph, if there is one. */
  private listNext(): void {
    const walker = this.walker;
    for (let n = walker?.nextNode(); walker && n; n = walker.nextNode()) {
      const el = n as Element;
      if (!BOUNDARY_NAMES.has(el.localName)) continue;
      if (el.localName !== 'p') {
        this.section = el;
        this.paragraphs = 0;
      } else if (!this.section || this.paragraphs === PARAGRAPHS_PER_SECTION) {
        this.section = el;
        this.paragraphs = 1;
      } else this.paragraphs += 1;
      this.indexOf.set(el, this.starts.length);
      this.starts.push(el);
      this.sections.push(this.section);
      return;
    }
    this.walker = null;
  }

  /** Lists on until a start comes after `node`, or all are listed. */
  private listPast(node: Node): void {
    while (this.walker) {
      const latest = this.starts.at(-1);
      if (latest && !atOrBefore(latest, node)) return;
      this.listNext();
    }
  }

  /** The section of the point before `node`'s first character (see `sectionAt`). */
  of(node: Node): Node {
    return this.sectionAt(this.position(node));
  }

  /**
   * The section at a position: the element that starts it, or the root for
   * text before the first heading or paragraph (position -1).
   */
  sectionAt(position: number): Node {
    return position < 0 ? this.root : (this.sections[position] as Element);
  }

  /**
   * The position of the point before `node`'s first character: the index
   * of the last heading or paragraph at or before it, -1 if none. A node in
   * a heading or paragraph is placed at once; others are searched, and
   * asked in document order each search moves on from the one before.
   */
  position(node: Node): number {
    const el = node instanceof Element ? node : node.parentElement;
    const block = el?.closest(BOUNDARIES);
    let known = block ? this.indexOf.get(block) : undefined;
    while (block && known === undefined && this.walker) {
      this.listNext();
      known = this.indexOf.get(block);
    }
    if (known !== undefined) return (this.last = known);
    this.listPast(node);
    const { starts } = this;
    let at = this.last;
    if (at >= 0 && !atOrBefore(starts[at] as Element, node))
      return (this.last = this.search(node));
    for (
      let steps = 0;
      at + 1 < starts.length && atOrBefore(starts[at + 1] as Element, node);
      steps++
    ) {
      // Far ahead: a search costs less than the walk.
      if (steps === 8) return (this.last = this.search(node));
      at += 1;
    }
    return (this.last = at);
  }

  /** The index of the last start at or before `node`, or -1. */
  private search(node: Node): number {
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = this.starts[middle] as Element;
      if (atOrBefore(start, node)) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}

/** Whether `a` starts at or before `b`: it holds `b`, or comes before it. */
function atOrBefore(a: Node, b: Node): boolean {
  return (
    a === b ||
    (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  );
}
