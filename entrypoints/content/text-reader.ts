/**
 * Reads a page as a reader sees it: finds the text of each block (a
 * paragraph, a heading, a list item) with nothing that is never rendered as
 * article text, so that a name split across inline elements
 * (`<a>Kim</a> Jong Un`) reads as one.
 *
 * Most blocks of an article hold only text and inline elements. Every
 * element that is not inline is listed (by one query, or by a walk that goes
 * only as far as reading goes); a listed element with no listed element
 * inside it is such a block, and its text is read with one `textContent`
 * call. Its text nodes are visited only when a span of it must be placed,
 * and only as far as that span. The text that other elements hold
 * themselves (a `<div>` with text beside its paragraphs) is read node by
 * node.
 *
 * Each segment comes with a `SegmentLocator` that maps spans of its text back
 * to the DOM.
 */
import { SegmentLocator } from './segment-locator';

/** Elements whose content is never article text. */
export const SKIPPED: ReadonlySet<string> = new Set([
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

/**
 * Elements that never hold text (`<br>`, `<img>`, `<meta>`…): text on either
 * side of them is read as one, as it always was.
 */
const EMPTY = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Hidden or editable elements: their text is not article text. */
const UNREAD = '[hidden], [contenteditable]:not([contenteditable="false"])';

/**
 * Every element that is not inline or empty, and every hidden or editable
 * one: the blocks, and what the walk must not enter.
 */
const LISTED = `:not(${[...INLINE, ...EMPTY].join(', ')}), ${UNREAD}`;

/** The listed elements under a root, in document order. */
interface Listing {
  /** The `i`th listed element, if there are that many. */
  at(i: number): Element | undefined;
}

/** All of them, from one native query: the fastest way to list a whole page. */
function listAll(root: ScanRoot): Listing {
  const list = root.querySelectorAll(LISTED);
  return { at: (i) => list[i] };
}

/**
 * As far as they are asked for, by a walk over the elements (`isUnread`
 * tells the hidden and editable ones): a reading that stops at its horizon
 * does not list the rest of the page.
 */
function listAsRead(
  root: ScanRoot,
  isUnread: (el: Element) => boolean,
): Listing {
  const doc = root instanceof Document ? root : root.ownerDocument;
  if (!doc) throw new RangeError('the root to read is in no document');
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const found: Element[] = [];
  let ended = false;
  return {
    at(i) {
      while (found.length <= i && !ended) {
        const el = walker.nextNode() as Element | null;
        if (!el) ended = true;
        else if (
          (!INLINE.has(el.localName) && !EMPTY.has(el.localName)) ||
          isUnread(el)
        )
          found.push(el);
      }
      return found[i];
    },
  };
}

/** Blocks and runs are read node by node past this length, and cut at a node boundary. */
const MAX_SEGMENT_LENGTH = 20_000;
const SOFT_HYPHEN = '\u00ad';
/** Text with something other than white space (which never holds a mention). */
const NOT_BLANK = /\S/;

/** Whether an element is hidden or editable: its text is not article text. */
const isUnreadElement = (el: Element): boolean => el.matches(UNREAD);

/** Whether the walk must not enter this element. */
export function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.localName) || isUnreadElement(el);
}

/** Whether a node is an element that flows inside a line of text. */
export function isInline(node: Node): boolean {
  return node instanceof Element && INLINE.has(node.localName);
}

/**
 * Whether an element that holds blocks may also hold text of its own: a
 * child text node that is not blank, or an inline child. Most such elements
 * hold only blocks with white space between them, and this look at their
 * children costs far less than reading their runs.
 */
function mayHoldOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      if (NOT_BLANK.test((node as Text).data)) return true;
    } else if (
      type === Node.ELEMENT_NODE &&
      INLINE.has((node as Element).localName)
    )
      return true;
  }
  return false;
}

/** A node the walk can start from. */
export type ScanRoot = Document | DocumentFragment | Element;

/** A run of text nodes of one block, read node by node. */
export interface Run {
  /** The nodes' text joined, soft hyphens removed. */
  text: string;
  nodes: readonly Text[];
  /** Offset in `text` at which each node starts. */
  starts: readonly number[];
  /** For nodes that had soft hyphens: stripped offset → offset in the node. */
  maps: readonly (number[] | undefined)[];
}

/**
 * Receives the text of one segment; `locator` places spans of it in the
 * DOM until the visitor returns.
 */
export type SegmentVisitor = (text: string, locator: SegmentLocator) => void;

/** A run read node by node, soft hyphens removed. */
function runOfNodes(nodes: Text[]): Run {
  const [only] = nodes;
  if (nodes.length === 1 && only && !only.data.includes(SOFT_HYPHEN))
    return { text: only.data, nodes, starts: [0], maps: [] };
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
  return { text: parts.join(''), nodes, starts, maps };
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

/** Why `TextReader.read` returned: the text ended, time ran out, or reading reached its horizon. */
export type ReadStop = 'end' | 'time' | 'horizon';

/** Characters read between looks at the clock (well under a millisecond). */
const CLOCK_EVERY = 4000;

/**
 * Reads the text under a root (an element, document or shadow root) a
 * segment at a time: every block's text, and every run of the text that
 * other elements hold themselves. Segments shorter than `minLength`, and
 * those that are only white space, are left out. Segments come block by
 * block in document order. Reading the whole root, an element's own runs
 * come before the blocks inside it (a look at its children says whether it
 * has any); a reading that may stop at a horizon reads them as it passes
 * them, so that what it costs follows how far it reads. Open shadow roots
 * of custom elements are read after the tree that holds them. Reading can
 * stop at a deadline and go on where it stopped.
 */
export class TextReader {
  private readonly roots: ScanRoot[];
  /** The elements listed under the root being read, and the next to read. */
  private listed: Listing | undefined;
  private next = 0;
  /**
   * Whether an element under the root is hidden or editable: asked of each
   * element as it is read where reading may stop at a horizon, else looked
   * up among those one query found.
   */
  private isUnread: (el: Element) => boolean = isUnreadElement;
  private readonly locator = new SegmentLocator();
  /** Characters read up to the last look at the clock, and since. */
  private total = 0;
  private unclocked = 0;
  /** The element whose text was read last: where reading stands. */
  private last: Element | undefined;
  /**
   * Where reading may stop at a horizon: the elements holding blocks that
   * reading is inside, outermost first, each with the node its own text is
   * read on from. Their text is read as reading passes it, so that a long
   * page's containers are not walked to their ends ahead of the reader.
   */
  private readonly containers: { el: Node; from: Node | null }[] = [];

  /**
   * Segments shorter than `minLength` are left out; the clock (and the
   * horizon) are looked at after every `clockEvery` characters read. A
   * reading that may stop at a horizon lists elements `asRead`; one that
   * reads the whole root lists them at once, which costs less per element.
   */
  constructor(
    root: ScanRoot,
    private readonly minLength = 1,
    private readonly clockEvery = CLOCK_EVERY,
    private readonly asRead = false,
  ) {
    this.roots = [root];
  }

  /** The element whose text was read last (none before the first): where reading stands. */
  get lastRead(): Element | undefined {
    return this.last;
  }

  /** How many characters of text have been read so far. */
  get charactersRead(): number {
    return this.total + this.unclocked;
  }

  /**
   * Hands segments to `visit` in order until the text ends (`'end'`),
   * `performance.now()` has passed `deadline` (`'time'`), or `beyond`, given
   * the element last read and the characters read so far, says that reading
   * should stop there (`'horizon'`). Both are looked at every `clockEvery`
   * characters; after a stop, call again to go on.
   */
  read(
    visit: SegmentVisitor,
    deadline = Infinity,
    beyond?: (el: Element, read: number) => boolean,
  ): ReadStop {
    for (;;) {
      if (this.unclocked > this.clockEvery) {
        this.total += this.unclocked;
        this.unclocked = 0;
        // The horizon first: where reading stops must not depend on time.
        if (beyond && this.last && beyond(this.last, this.total))
          return 'horizon';
        if (performance.now() > deadline) return 'time';
      }
      const listed = this.listed;
      if (!listed) {
        const root = this.open();
        if (!root) return 'end';
        // A root with nothing listed in it is one block, read whole.
        if (!this.listed?.at(0) && root instanceof Element)
          this.readBlock(root, visit);
        else if (this.asRead)
          this.containers.push({ el: root, from: root.firstChild });
        else this.readRuns(root, visit);
        continue;
      }
      const el = listed.at(this.next);
      if (!el) {
        this.readContainersUpTo(undefined, visit);
        this.listed = undefined;
        continue;
      }
      this.next += 1;
      const name = el.localName;
      // Left the page since it was listed, or hidden: skip it and what it holds.
      if (SKIPPED.has(name) || this.isUnread(el) || !el.isConnected) {
        for (
          let n = listed.at(this.next);
          n && el.contains(n);
          n = listed.at(this.next)
        )
          this.next += 1;
        continue;
      }
      if (name.includes('-') && el.shadowRoot) this.roots.push(el.shadowRoot);
      if (this.asRead) this.readContainersUpTo(el, visit);
      const after = listed.at(this.next);
      if (!after || !el.contains(after)) this.readBlock(el, visit);
      else if (this.asRead) this.containers.push({ el, from: el.firstChild });
      else if (mayHoldOwnText(el)) this.readRuns(el, visit);
    }
  }

  /** Reads a block with nothing listed in it: whole, where it can. */
  private readBlock(el: Element, visit: SegmentVisitor): void {
    const text = el.textContent ?? '';
    if (text.length < this.minLength || !NOT_BLANK.test(text)) return;
    if (text.length > MAX_SEGMENT_LENGTH || text.includes(SOFT_HYPHEN)) {
      this.readRuns(el, visit);
      return;
    }
    this.locator.startBlock(el, text.length);
    this.last = el;
    this.unclocked += text.length;
    visit(text, this.locator);
  }

  /**
   * Reads the own text of the containers reading is inside, as far as `el`
   * (the next element read), or all of it when `el` is undefined; closes
   * the containers `el` is not inside.
   */
  private readContainersUpTo(
    el: Element | undefined,
    visit: SegmentVisitor,
  ): void {
    for (let top = this.containers.at(-1); top; top = this.containers.at(-1)) {
      // Where it stopped left the container since: what changed is read
      // again by the rescan the change brings.
      if (top.from && !top.el.contains(top.from)) top.from = null;
      if (el && top.el.contains(el)) {
        top.from = this.readRuns(top.el, visit, top.from, el);
        return;
      }
      this.readRuns(top.el, visit, top.from);
      this.containers.pop();
    }
  }

  /**
   * Reads the runs of text nodes that `el` holds itself, outside the blocks
   * in it: a block (even an empty one) ends a run, and a run is cut at a
   * node boundary past `MAX_SEGMENT_LENGTH`. Reads from `from` on, and stops
   * at `until` (a block inside `el`, reached through inline elements only):
   * returns the node after it, to read on from, or null at the end of `el`.
   */
  private readRuns(
    el: Node,
    visit: SegmentVisitor,
    from: Node | null = el.firstChild,
    until?: Element,
  ): Node | null {
    let nodes: Text[] = [];
    let length = 0;
    const end = () => {
      // Soft hyphens make the text shorter than its nodes.
      const run = length >= this.minLength ? runOfNodes(nodes) : undefined;
      if (
        run &&
        run.text.length >= this.minLength &&
        NOT_BLANK.test(run.text)
      ) {
        this.locator.startRun(run);
        if (el instanceof Element) this.last = el;
        this.unclocked += run.text.length;
        visit(run.text, this.locator);
      }
      if (nodes.length) nodes = [];
      length = 0;
    };
    let node: Node | null = from;
    while (node) {
      let next: Node | null = null;
      const reached = node === until;
      if (node.nodeType === Node.TEXT_NODE) {
        if (length > MAX_SEGMENT_LENGTH) end();
        nodes.push(node as Text);
        length += (node as Text).length;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const name = (node as Element).localName;
        if (INLINE.has(name) && !this.isUnread(node as Element))
          next = node.firstChild;
        else if (
          !SKIPPED.has(name) &&
          !EMPTY.has(name) &&
          !this.isUnread(node as Element)
        )
          end();
      }
      if (!next) {
        // Up to the nearest ancestor below `el` with a next sibling.
        for (next = node.nextSibling; !next; next = node.nextSibling) {
          node = node.parentNode;
          if (!node || node === el) break;
        }
      }
      if (reached) {
        end();
        return next;
      }
      node = next;
    }
    end();
    return null;
  }

  /** Starts on the next root that is read, if any, and lists its elements. */
  private open(): ScanRoot | undefined {
    for (let root = this.roots.pop(); root; root = this.roots.pop()) {
      if (root instanceof Element && isSkipped(root)) continue;
      this.locator.setRoot(root);
      if (this.asRead) {
        this.isUnread = isUnreadElement;
        this.listed = listAsRead(root, isUnreadElement);
      } else {
        const unread = new Set(root.querySelectorAll(UNREAD));
        this.isUnread = (el) => unread.size > 0 && unread.has(el);
        this.listed = listAll(root);
      }
      this.next = 0;
      return root;
    }
    return undefined;
  }
}
