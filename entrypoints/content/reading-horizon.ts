/**
 * How far down a page its text is read ahead of the reader. A summit page
 * is read in document order from its top, an article's length at once,
 * then until the text reaches the horizon, a few viewport heights below
 * the top of the viewport; the rest waits until the reader scrolls near
 * it, or until something needs the whole page (the popup's count, the
 * next-mention command), which lifts the horizon for good. So what a long
 * page costs follows what its reader sees, not its length.
 */

/** The horizon, in viewport heights below the viewport's top. */
export const HORIZON_SCREENS = 3;

/**
 * Text read before the horizon is looked at, in characters: more than a
 * long article, which is read whole at once as a reader expects; the
 * horizon is for live blogs, archives and pages of endless scrolling.
 */
export const READ_AT_ONCE = 20_000;

/** Where a reading of the page stands. */
export interface Reading {
  /** The element read last, if any. */
  readonly lastRead: Element | undefined;
  readonly charactersRead: number;
}

export class ReadingHorizon {
  private lifted = false;

  constructor(
    private readonly win: Window,
    private readonly screens = HORIZON_SCREENS,
  ) {}

  /**
   * Whether a reading that has read `read` characters and stands at `el`
   * has passed the horizon: `el` starts beyond it, and more than
   * `READ_AT_ONCE` characters were read. False once the horizon is lifted,
   * and for an element that is not laid out (it has no box to be far away).
   */
  beyond(el: Element, read: number): boolean {
    if (this.lifted || read <= READ_AT_ONCE) return false;
    return el.getBoundingClientRect().top > this.win.innerHeight * this.screens;
  }

  /** Whether a reading that stopped at the horizon must still wait there. */
  holds(reading: Reading): boolean {
    const last = reading.lastRead;
    return last !== undefined && this.beyond(last, reading.charactersRead);
  }

  /** Whether the whole page is to be read. */
  get isLifted(): boolean {
    return this.lifted;
  }

  /** From now on, nothing is beyond the horizon. */
  lift(): void {
    this.lifted = true;
  }

  /** Puts the horizon back (the page is read afresh, as after navigation). */
  reset(): void {
    this.lifted = false;
  }

  /**
   * Calls `listener` whenever the horizon moves (see `onMove`) and has
   * passed where `reading` stopped. Returns a function that stops it.
   */
  whenPast(reading: Reading, listener: () => void): () => void {
    return this.onMove(() => {
      if (!this.holds(reading)) listener();
    });
  }

  /**
   * Calls `listener` at most once a frame while the horizon moves: when
   * anything on the page scrolls, or the viewport is resized. Returns a
   * function that stops it.
   */
  onMove(listener: () => void): () => void {
    let frame = 0;
    const moved = () => {
      if (frame) return;
      frame = this.win.requestAnimationFrame(() => {
        frame = 0;
        listener();
      });
    };
    const options = { capture: true, passive: true };
    this.win.addEventListener('scroll', moved, options);
    this.win.addEventListener('resize', moved, options);
    return () => {
      this.win.removeEventListener('scroll', moved, options);
      this.win.removeEventListener('resize', moved, options);
      if (frame) this.win.cancelAnimationFrame(frame);
      frame = 0;
    };
  }
}
