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
import {
  TextReader,
  type ReadStop,
  type ScanRoot,
  type SegmentVisitor,
} from './text-reader';
import type { Reading } from './reading-horizon';
import { yieldToMain } from './yield-to-main';

/** A sentence of the page that gives an answer to a compared question. */
export interface PageClaim extends ClaimMark {
  range: Range;
}

/** Shorter text cannot hold a sentence that takes a side. */
const MIN_CLAIM_TEXT = 20;
/**
 * Characters read between looks at the clock: judging a sentence costs far
 * more per character than matching names, most of all the first time.
 */
const CLAIM_CLOCK_EVERY = 500;

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

  /**
   * Which meeting the document reports, and why, from its opening text. The
   * text is read, the cues made (the first time) and the meeting decided in
   * tasks of their own.
   */
  async meetingOf(doc: Document): Promise<MeetingDecision> {
    const text = articleText(doc, MEETING_TEXT_LENGTH);
    await yieldToMain();
    const reader = this.reader();
    await yieldToMain();
    return reader.decidePage(text);
  }

  /**
   * A reading of the claims under `root`, for a page reporting `meeting`;
   * `whole` when it will not stop at a horizon.
   */
  claimReading(root: ScanRoot, meeting: string, whole = false): ClaimReading {
    const finder = (this.finder ??= new ClaimFinder(this.cues, this.reader()));
    return new ClaimReading(
      new TextReader(root, MIN_CLAIM_TEXT, CLAIM_CLOCK_EVERY, !whole),
      (text) => finder.find(text, meeting),
    );
  }

  private reader(): MeetingReader {
    return (this.meetings ??= new MeetingReader(this.cues));
  }
}

/** Claims read in one stretch, and why the stretch ended. */
export interface ClaimStretch {
  claims: PageClaim[];
  stop: Exclude<ReadStop, 'time'>;
}

/** The claim sentences of one page, read a stretch at a time. */
export class ClaimReading implements Reading {
  constructor(
    private readonly text: TextReader,
    private readonly find: (text: string) => ClaimMark[],
  ) {}

  /** The element read last: where the reading stands. */
  get lastRead(): Element | undefined {
    return this.text.lastRead;
  }

  get charactersRead(): number {
    return this.text.charactersRead;
  }

  /**
   * Reads on in slices of `sliceMs` until the text ends, or `beyond` says
   * the reading has passed its horizon; resolves with the claims of that
   * stretch, or undefined when `current()` turns false between slices.
   */
  async read(
    current: () => boolean,
    beyond?: (el: Element, read: number) => boolean,
    sliceMs = 8,
  ): Promise<ClaimStretch | undefined> {
    const claims: PageClaim[] = [];
    const visit: SegmentVisitor = (text, locator) => {
      const marks = this.find(text);
      if (marks.length === 0) return;
      const ranges = locator.place(marks);
      marks.forEach((mark, i) => {
        const range = ranges[i];
        if (range) claims.push({ ...mark, range });
      });
    };
    let stop: ReadStop;
    while (
      (stop = this.text.read(visit, performance.now() + sliceMs, beyond)) ===
      'time'
    ) {
      await yieldToMain();
      if (!current()) return undefined;
    }
    return { claims, stop };
  }
}
