/**
 * The parts of an article page that the meeting decision and the claim
 * finder read: its headline, its opening, the rest, its blocks of text, and
 * the date it was published (from the page's metadata, which a reader does
 * not see but the page states). Reads the DOM; changes nothing.
 */
import type { PageText } from './meeting-decision';

/** Blocks whose text is read, in document order. */
const BLOCKS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'li',
  'blockquote',
  'figcaption',
  'td',
  'dd',
  'dt',
]);
/** The opening: blocks after the headline until this many characters. */
const LEAD_LENGTH = 600;

/**
 * Metadata that holds a publication date, most telling first: the
 * attribute of a `<meta>` that names it, and the name.
 */
const PUBLISHED_META: readonly (readonly [attribute: string, name: string])[] =
  [
    ['property', 'article:published_time'],
    ['itemprop', 'datePublished'],
    ['name', 'pubdate'],
    ['name', 'publishdate'],
    ['name', 'date'],
    ['name', 'dc.date'],
    ['name', 'DC.date.issued'],
    ['name', 'parsely-pub-date'],
  ];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export interface ArticleText extends PageText {
  /** The text of each block, in document order. */
  blocks: string[];
}

/**
 * The date the page says it was published (`YYYY-MM-DD`), if any. The
 * page's `<meta>` elements are listed once, by tag name: a query per name
 * looked for would walk a long page eight times.
 */
export function publishedDate(doc: Document): string | undefined {
  const metas = [...doc.getElementsByTagName('meta')];
  for (const [attribute, name] of PUBLISHED_META) {
    const content = metas
      .find((meta) => meta.getAttribute(attribute) === name)
      ?.getAttribute('content')
      ?.trim();
    if (content && ISO_DAY.test(content)) return content.slice(0, 10);
  }
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json')
      continue;
    const found = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(
      script.textContent ?? '',
    );
    if (found) return found[1];
  }
  const datetime = doc
    .querySelector('time[datetime]')
    ?.getAttribute('datetime')
    ?.trim();
  return datetime && ISO_DAY.test(datetime) ? datetime.slice(0, 10) : undefined;
}

/**
 * The outermost blocks under `root`, in document order, found by a walk
 * that goes no further than it is asked to (a long page is not listed
 * whole for its opening). A block inside another block is read with it.
 */
function* outerBlocks(root: Element): Generator<Element> {
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT,
  );
  let el = walker.nextNode() as Element | null;
  while (el) {
    if (!BLOCKS.has(el.localName)) {
      el = walker.nextNode() as Element | null;
      continue;
    }
    yield el;
    // On past the block's own elements: its next sibling, or an ancestor's.
    el = null;
    for (let at: Node | null = walker.currentNode; at && at !== root;) {
      const next = walker.nextSibling();
      if (next) {
        el = next as Element;
        break;
      }
      at = walker.parentNode();
    }
  }
}

/**
 * The article's text: the headline (the first `h1`, else the document's
 * title), the opening blocks after it, and the rest, read up to about
 * `maxLength` characters (the block that reaches it is the last one read).
 */
export function articleText(doc: Document, maxLength = Infinity): ArticleText {
  const root =
    doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const blocks: string[] = [];
  let length = 0;
  for (const el of root ? outerBlocks(root) : []) {
    if (length >= maxLength) break;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    blocks.push(text);
    length += text.length;
  }
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = h1 || doc.title.trim();
  const rest = h1 && blocks[0] === h1 ? blocks.slice(1) : blocks;
  let leadEnd = 0;
  for (let lead = 0; leadEnd < rest.length && lead < LEAD_LENGTH; leadEnd++)
    lead += rest[leadEnd]!.length;
  return {
    title,
    lead: rest.slice(0, leadEnd).join('\n'),
    body: rest.slice(leadEnd).join('\n'),
    published: publishedDate(doc),
    blocks,
  };
}
