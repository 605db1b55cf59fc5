/**
 * What the page says as an article, kept up to date: the meeting it
 * reports, and its claim sentences painted quietly under
 * `summit-lens-claim` (when the reader has claim marks on). Read again
 * whenever the page changes, one reading at a time: changes that come while
 * the page is read are taken in by one more reading after it, so a live
 * page that changes faster than it is read is still read to the end.
 * Claims are read up to the reading horizon, like mentions, and further as
 * the horizon moves (see `reading-horizon.ts`).
 */
import type {
  ArticleReader,
  ClaimReading,
  ClaimStretch,
  PageClaim,
} from './article-reader';
import { caretAt, rectsContain } from './hit-test';
import type { MeetingDecision } from './meeting-decision';
import type { Painter } from './painter';
import type { ReadingHorizon } from './reading-horizon';
import { yieldToMain } from './yield-to-main';

const CLAIM_HIGHLIGHT = 'claim';

export class ArticleAnnotation {
  /** The meeting the page reports; undefined while the page is not relevant. */
  meeting: MeetingDecision | undefined;
  /** The page's claim sentences, in document order. */
  claims: readonly PageClaim[] = [];
  private shown = true;
  /** Bumped when the page is forgotten, so that a reading under way stops. */
  private generation = 0;
  /** Whether a reading is waiting for the one under way. */
  private queued = false;
  private work: Promise<void> = Promise.resolve();
  /** The page's claim reading, while it has not reached the page's end. */
  private reading: ClaimReading | undefined;
  /** Stops waiting for the horizon to move past where the reading paused. */
  private stopWaiting: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly reader: ArticleReader,
    private readonly painter: Painter,
    private readonly horizon: ReadingHorizon,
  ) {}

  /**
   * Reads the page again if it is relevant, or forgets it if not. Resolves
   * when the page has been read since this call, or forgotten.
   */
  update(relevant: boolean): Promise<void> {
    if (!relevant) {
      this.stop();
      return this.work;
    }
    if (this.queued) return this.work;
    this.queued = true;
    const generation = this.generation;
    this.work = this.work.then(() => {
      this.queued = false;
      return generation === this.generation ? this.read(generation) : undefined;
    });
    return this.work;
  }

  /** Resolves when the latest reading is done. */
  settled(): Promise<void> {
    return this.work;
  }

  /**
   * Reads the claims on from where they paused, if the horizon has moved
   * past there (or was lifted); resolves when that stretch is read.
   */
  readOn(): Promise<void> {
    const generation = this.generation;
    this.work = this.work.then(() =>
      generation === this.generation ? this.readFurther(generation) : undefined,
    );
    return this.work;
  }

  /** Shows or hides the claim marks (the claims are still read). */
  showClaims(on: boolean): void {
    if (on === this.shown) return;
    this.shown = on;
    this.painter.removeAll();
    if (on) this.paint(this.claims);
  }

  /** The claim sentences that are marked, and so open cards. */
  get shownClaims(): readonly PageClaim[] {
    return this.shown ? this.claims : [];
  }

  /** The claim sentence drawn at a viewport point, if any and shown. */
  claimAt(x: number, y: number): PageClaim | undefined {
    if (!this.shown || this.claims.length === 0) return undefined;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return undefined;
    return this.claims.find(
      (claim) =>
        claim.range.isPointInRange(caret.node, caret.offset) &&
        rectsContain(claim.range.getClientRects(), x, y),
    );
  }

  /** Forgets the page: no meeting, no claims, no claim marks. */
  stop(): void {
    this.generation += 1;
    this.queued = false;
    this.clear();
  }

  private clear(): void {
    this.meeting = undefined;
    this.claims = [];
    this.painter.removeAll();
    this.wait(undefined);
  }

  /**
   * Reads the page afresh: its meeting, then its claims up to the horizon.
   * Each step is a task of its own, after the marks' last.
   */
  private async read(generation: number): Promise<void> {
    const current = () => generation === this.generation;
    await yieldToMain();
    const { body } = this.doc;
    if (!body || !current()) return;
    const meeting = await this.reader.meetingOf(this.doc);
    if (!current()) return;
    this.meeting = meeting;
    await yieldToMain();
    if (!current()) return;
    const reading = this.reader.claimReading(
      body,
      meeting.id,
      this.horizon.isLifted,
    );
    // Making the claim finder (the first time) was a task of its own.
    await yieldToMain();
    if (!current()) return;
    this.wait(undefined);
    const stretch = await this.stretch(reading, generation);
    if (!stretch) return;
    this.claims = stretch.claims;
    this.painter.removeAll();
    if (this.shown) this.paint(this.claims);
  }

  /** Reads the claims on past the horizon, when it has moved. */
  private async readFurther(generation: number): Promise<void> {
    const reading = this.reading;
    if (!reading || this.horizon.holds(reading)) return;
    this.wait(undefined);
    const stretch = await this.stretch(reading, generation);
    if (!stretch || stretch.claims.length === 0) return;
    this.claims = [...this.claims, ...stretch.claims];
    if (this.shown) this.paint(stretch.claims);
  }

  /** One stretch of `reading`; if it paused at the horizon, waits for the horizon to move. */
  private async stretch(
    reading: ClaimReading,
    generation: number,
  ): Promise<ClaimStretch | undefined> {
    const current = () => generation === this.generation;
    const stretch = await reading.read(current, (el, read) =>
      this.horizon.beyond(el, read),
    );
    if (!stretch || !current()) return undefined;
    this.wait(stretch.stop === 'horizon' ? reading : undefined);
    return stretch;
  }

  /** Waits for the horizon to move past where `reading` paused, or stops waiting. */
  private wait(reading: ClaimReading | undefined): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
    this.reading = reading;
    if (!reading) return;
    this.stopWaiting = this.horizon.whenPast(reading, () => {
      if (this.reading === reading) void this.readOn();
    });
  }

  private paint(claims: readonly PageClaim[]): void {
    this.painter.add(
      claims.map((claim) => claim.range),
      CLAIM_HIGHLIGHT,
    );
  }
}
