/**
 * Whether a page is about the Kim–Putin summits: whether it is *relevant*.
 * A page is relevant when its rendered text names Kim Jong Un in full and
 * Putin, or names one of the summits; short forms ("Kim") never count.
 *
 * Knowing that takes a full scan, which most pages should never pay for, so
 * relevance is found in two steps:
 * - *likely*: a cheap search of the title and the opening of the page (and
 *   of text added later) for one telling word of each name. It may say yes
 *   wrongly but never says no wrongly for rendered text; only a likely page
 *   is scanned.
 * - *relevant*: the scan's matches name the entities in full.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import type { TextMatch } from './matcher';
import type { ScanRoot } from './text-reader';

/** What the text read so far names. */
interface Named {
  kim: boolean;
  putin: boolean;
  summit: boolean;
}

const nothingNamed = (): Named => ({ kim: false, putin: false, summit: false });
const isRelevant = (n: Named) => (n.kim && n.putin) || n.summit;

/**
 * How much of a page's prose (its text less scripts and styles), or of text
 * added later, is searched at most for the likely step: a page about the
 * summits names them long before this (about 17,000 words, more than the
 * longest feature with all its menus), so the cost stays the same however
 * long the page is.
 */
export const OPENING_LIMIT = 100_000;

/** The needles' names, in the order of their groups in the search. */
const NEEDLES = ['summit', 'kim', 'putin'] as const;

export class Relevance {
  /** Every needle at once, each in a group of its own (see `NEEDLES`). */
  private readonly needles: RegExp;
  private likelyNamed = nothingNamed();
  private named = nothingNamed();

  constructor(private readonly lexicon: Pick<Lexicon, 'gate'>) {
    const { needles } = lexicon.gate;
    this.needles = new RegExp(
      NEEDLES.map((name) => `(${needles[name]})`).join('|'),
      'gi',
    );
  }

  /** Whether the text searched so far may be about the summits. */
  get likely(): boolean {
    return isRelevant(this.likelyNamed);
  }

  /** Whether the matches noted so far show the page is about the summits. */
  get relevant(): boolean {
    return isRelevant(this.named);
  }

  /**
   * Searches raw text (a title, a stretch of a page) for the likely step:
   * one case-insensitive search for a few words, the cheapest thing the
   * engine can do over a long text, which stops once the text is likely.
   */
  search(text: string): void {
    const named = this.likelyNamed;
    const needles = this.needles;
    needles.lastIndex = 0;
    for (let m = needles.exec(text); m && !isRelevant(named);) {
      named[NEEDLES[m.findIndex((group, i) => i > 0 && group) - 1]!] = true;
      m = needles.exec(text);
    }
  }

  /** Searches the opening of `root`, a stretch at a time, until the page is likely. */
  searchOpening(root: ScanRoot): void {
    if (this.likely) return;
    for (const stretch of openingStretches(root, OPENING_LIMIT)) {
      this.search(stretch);
      if (this.likely) return;
    }
  }

  /** Notes what a scan's matches name. Short forms never count. */
  note(matches: readonly TextMatch[]): void {
    const { gate } = this.lexicon;
    const named = this.named;
    for (const m of matches) {
      if (m.context) continue;
      if (m.entity === gate.kim) named.kim = true;
      else if (m.entity === gate.putin) named.putin = true;
      else if (gate.summits.includes(m.entity)) named.summit = true;
    }
  }

  /** Forgets everything, as on a page never read. */
  reset(): void {
    this.likelyNamed = nothingNamed();
    this.named = nothingNamed();
  }
}

/** Elements read in the first stretch; each stretch after it reads twice as many. */
const FIRST_STRETCH = 64;

/**
 * Characters of a stretch's end that the next stretch starts with again, so
 * that a word cut where an element begins (`Vladi<b>vostok</b>`) is read
 * whole; longer than any word searched for.
 */
const OVERLAP = 24;

/** Elements whose text is code, not prose: it does not count towards the limit. */
const CODE = new Set(['script', 'style']);

/**
 * Yields the text under `root` in document order (script and style text
 * included, as in `textContent`) in stretches of elements, each twice as
 * long as the one before and starting with the last `OVERLAP` characters of
 * it, until the text yielded holds `limit` characters of prose (text other
 * than that of scripts and styles) or the text ends. Stretches are read
 * natively (`Range.toString()`), each ending before an element found in a
 * live element list, which the browser walks only as far as asked: a long
 * page costs what its opening costs, and a caller that stops early reads
 * less.
 */
export function* openingStretches(
  root: ScanRoot,
  limit: number,
): Generator<string, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  // A live list where there is one: `item()` walks it only as far as asked
  // (an index, `[i]`, has Chromium count the whole list first).
  const elements =
    'getElementsByTagName' in root
      ? root.getElementsByTagName('*')
      : root.querySelectorAll('*');
  const range = doc.createRange();
  range.selectNodeContents(root);
  let tail = '';
  let read = 0;
  // Code text is counted only once the text reaches the limit with it.
  let code = 0;
  let counted = 0;
  for (let end = FIRST_STRETCH; ; end *= 2) {
    const next = elements.item(end);
    if (!next) {
      yield tail + range.toString();
      return;
    }
    range.setEndBefore(next);
    const stretch = range.toString();
    yield tail + stretch;
    read += stretch.length;
    if (read >= limit) {
      for (; counted < end; counted++)
        code += codeLength(elements.item(counted));
      if (read - code >= limit) return;
    }
    tail = stretch.slice(-OVERLAP);
    range.selectNodeContents(root);
    range.setStartBefore(next);
  }
}

/** The length of an element's text if it is code, else 0. */
function codeLength(el: Element | null): number {
  return el && CODE.has(el.localName) ? (el.textContent?.length ?? 0) : 0;
}
