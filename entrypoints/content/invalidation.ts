/**
 * Noticing that the extension was updated, reloaded or removed while the
 * page stayed open. The content script left behind is cut off from the
 * extension (an "invalidated context"): WXT's context reports it when asked,
 * and any call to the extension fails saying so.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often a page with marks asks whether it has been cut off. */
const CHECK_EVERY_MS = 1000;

/** Whether an error from an extension call says the context is invalidated. */
export function isInvalidatedError(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

/**
 * Wraps the removal of an extension listener for `ctx.onInvalidated`: once
 * the context is gone the browser has dropped the listener already, and the
 * call to remove it would throw.
 */
export function removalOf(remove: () => void): () => void {
  return () => {
    try {
      remove();
    } catch (error) {
      if (!isInvalidatedError(error)) throw error;
    }
  };
}

/**
 * Asks `ctx` every second, while `watch(true)`, whether the extension is still
 * there, so that marks left behind go within a second. Pages without marks
 * are not watched: nothing of theirs would outlive the extension.
 */
export class InvalidationWatch {
  private timer: number | undefined;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.watch(false));
  }

  watch(on: boolean): void {
    if (on && this.timer === undefined && this.ctx.isValid)
      // The context's own interval asks it whether it is valid at each tick.
      this.timer = this.ctx.setInterval(() => undefined, CHECK_EVERY_MS);
    else if (!on && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
