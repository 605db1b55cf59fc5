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

/** Whether a node lies in a heading (a headline or a section title). */
export function inHeading(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest(`${HEADINGS}, [role="heading"]`) != null;
}

/**
 * The section of every point of a document, named by the element that
 * starts it (a heading, or the first of a run of paragraphs), so that a
 * section keeps its name when the page grows elsewhere. Built once for a
 * set of mentions: one query lists the headings and paragraphs, and a point
 * takes the section of the last of them at or before it.
 */
export class Sections {
  private readonly starts: Element[] = [];
  /** For each of `starts`, the element that starts its section. */
  private readonly sections: Element[] = [];
  /** Where the last point was found: points asked in order cost little. */
  private last = -1;

  constructor(private readonly root: Document | DocumentFragment | Element) {
    let section: Element | undefined;
    let paragraphs = 0;
    for (const el of root.querySelectorAll(BOUNDARIES)) {
      if (el.localName !== 'p') {
        section = el;
        paragraphs = 0;
      } else if (!section || paragraphs === PARAGRAPHS_PER_SECTION) {
        section = el;
        paragraphs = 1;
      } else paragraphs += 1;
      this.starts.push(el);
      this.sections.push(section);
    }
  }

  /**
   * The section of the point before `node`'s first character: the element
   * that starts it, or the root for text before the first heading or
   * paragraph. Asked in document order, each answer moves on from the one
   * before.
   */
  of(node: Node): Node {
    const { starts } = this;
    let at = this.last;
    if (at >= 0 && !atOrBefore(starts[at] as Element, node))
      return this.found(this.search(node));
    for (
      let steps = 0;
      at + 1 < starts.length && atOrBefore(starts[at + 1] as Element, node);
      steps++
    ) {
      // Far ahead: a search costs less than the walk.
      if (steps === 8) return this.found(this.search(node));
      at += 1;
    }
    return this.found(at);
  }

  private found(at: number): Node {
    this.last = at;
    return at < 0 ? this.root : (this.sections[at] as Element);
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
