/**
 * Hover timing for marks, after Wikipedia's Page Previews: a card opens when
 * the pointer rests on a mark for `showDelayMs`, stays while the pointer is
 * on the mark or the card, and closes `hideDelayMs` after it has left both.
 * Pure state over timers: the caller reports where the pointer is.
 */
export interface HoverIntentOptions<T> {
  show(target: T): void;
  hide(): void;
  showDelayMs?: number;
  hideDelayMs?: number;
}

export const SHOW_DELAY_MS = 400;
export const HIDE_DELAY_MS = 300;

export class HoverIntent<T> {
  private shown: T | undefined;
  private candidate: T | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The pointer is over `target` (a mark), or over nothing we know (undefined). */
  pointAt(target: T | undefined): void {
    if (target !== undefined && target === this.shown) {
      this.cancelHide();
      this.cancelShow();
      return;
    }
    if (target !== this.candidate) {
      this.cancelShow();
      this.candidate = target;
      if (target !== undefined)
        this.showTimer = setTimeout(
          () => this.open(target),
          this.options.showDelayMs ?? SHOW_DELAY_MS,
        );
    }
    if (this.shown !== undefined && this.hideTimer === undefined)
      this.hideTimer = setTimeout(
        () => this.hideShown(),
        this.options.hideDelayMs ?? HIDE_DELAY_MS,
      );
  }

  /** The pointer is over the open card: keep it. */
  pointAtCard(): void {
    this.cancelHide();
    this.cancelShow();
    this.candidate = undefined;
  }

  /** Opens at once (a tap, the keyboard command). */
  open(target: T): void {
    this.cancelShow();
    this.cancelHide();
    this.candidate = undefined;
    this.shown = target;
    this.options.show(target);
  }

  /** Closes at once and forgets any pending open (Escape, switching off). */
  close(): void {
    this.cancelShow();
    this.candidate = undefined;
    this.hideShown();
  }

  get current(): T | undefined {
    return this.shown;
  }

  /** Hides the open card; a mark waiting to open still opens. */
  private hideShown(): void {
    this.cancelHide();
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.options.hide();
  }

  private cancelShow(): void {
    if (this.showTimer !== undefined) clearTimeout(this.showTimer);
    this.showTimer = undefined;
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }
}
