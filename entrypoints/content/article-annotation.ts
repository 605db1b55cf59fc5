/**
 * What the page says as an article, kept up to date: the meeting it
 * reports, and its claim sentences painted quietly under
 * `summit-lens-claim` (when the reader has claim marks on). Read again
 * whenever the page's mentions change, one reading at a time: changes that
 * come while the page is read are taken in by one more reading after it, so
 * a live page that changes faster than it is read is still read to the end.
 */
import type { ArticleReader, PageClaim } from './article-reader';
import { caretAt, rectsContain } from './hit-test';
import type { MeetingDecision } from './meeting-decision';
import type { Painter } from './painter';

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

  constructor(
    private readonly doc: Document,
    private readonly reader: ArticleReader,
    private readonly painter: Painter,
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

  /** Shows or hides the claim marks (the claims are still read). */
  showClaims(on: boolean): void {
    if (on === this.shown) return;
    this.shown = on;
    this.painter.removeAll();
    if (on) this.paint();
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
  }

  private async read(generation: number): Promise<void> {
    const { body } = this.doc;
    if (!body) return;
    const meeting = this.reader.meetingOf(this.doc);
    this.meeting = meeting;
    const current = () => generation === this.generation;
    const claims = await this.reader.claimsIn(body, meeting.id, current);
    if (!claims || !current()) return;
    this.claims = claims;
    this.painter.removeAll();
    if (this.shown) this.paint();
  }

  private paint(): void {
    this.painter.add(
      this.claims.map((claim) => claim.range),
      CLAIM_HIGHLIGHT,
    );
  }
}
