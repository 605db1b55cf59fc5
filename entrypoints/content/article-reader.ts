/**
 * Reads a relevant page as an article: which meeting it reports (from its
 * headline, opening and dates), and the sentences in which it takes a side
 * on a question where the sources differ, each placed in the DOM as a range.
 * Reading is done in slices of time, after the mentions are marked.
 */
import type { ArticleCues } from '../../knowledge/schema';
import { ClaimFinder, type ClaimMark } from './claim-finder';
import { MeetingReader, type MeetingDecision } from './meeting-decision';
import { articleText } from './page-text';
import { TextReader, type ScanRoot, type SegmentVisitor } from './text-reader';
import { yieldToMain } from './yield-to-main';

/** A sentence of the page that gives an answer to a compared question. */
export interface PageClaim extends ClaimMark {
  range: Range;
}

/** Shorter text cannot hold a sentence that takes a side. */
const MIN_CLAIM_TEXT = 20;

/**
 * How much of a page's text decides its meeting, in characters: more than a
 * long feature, and the opening tens of posts of a live blog, whose later
 * posts do not change what it reports; reading a 1 MB page in full would
 * hold the main thread for tens of milliseconds.
 */
export const MEETING_TEXT_LENGTH = 40_000;

export class ArticleReader {
  private meetings: MeetingReader | undefined;
  private finder: ClaimFinder | undefined;

  /** The patterns are made on first use, on a relevant page only. */
  constructor(private readonly cues: ArticleCues) {}

  /** Which meeting the document reports, and why, from its opening text. */
  meetingOf(doc: Document): MeetingDecision {
    return this.reader().decidePage(articleText(doc, MEETING_TEXT_LENGTH));
  }

  /**
   * The claims under `root`, for a page reporting `meeting`, read in slices
   * of `sliceMs`; undefined when `current()` turns false between slices.
   */
  async claimsIn(
    root: ScanRoot,
    meeting: string,
    current: () => boolean,
    sliceMs = 8,
  ): Promise<PageClaim[] | undefined> {
    const finder = (this.finder ??= new ClaimFinder(
      this.cues.claimSignals,
      this.reader(),
    ));
    const claims: PageClaim[] = [];
    const reader = new TextReader(root, MIN_CLAIM_TEXT);
    const visit: SegmentVisitor = (text, locator) => {
      const marks = finder.find(text, meeting);
      if (marks.length === 0) return;
      const ranges = locator.place(marks);
      marks.forEach((mark, i) => {
        const range = ranges[i];
        if (range) claims.push({ ...mark, range });
      });
    };
    while (!reader.read(visit, performance.now() + sliceMs)) {
      await yieldToMain();
      if (!current()) return undefined;
    }
    return claims;
  }

  private reader(): MeetingReader {
    return (this.meetings ??= new MeetingReader(this.cues.meetings));
  }
}
