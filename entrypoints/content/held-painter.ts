/**
 * A painter that can hold what it is given until told to paint it. In
 * Chromium every frame after a highlight changed repaints the whole page
 * (16–18 ms on a 1 MB live blog, however few ranges changed; see
 * docs/performance.md), so a summit page's first marks are held until its
 * first claim sentences are painted, and both land in one frame.
 */
import type { Painter } from './painter';

export interface HeldPainter extends Painter {
  /** Paints what was held, and from now on paints at once. */
  release(): void;
}

/**
 * Wraps `inner` so that ranges added are held, by highlight name, until
 * `release()`. Removing a held range drops it; the single highlights
 * (`active`, `hover`) are never held.
 */
export function heldPainter(inner: Painter): HeldPainter {
  let held: Map<string, Set<AbstractRange>> | undefined = new Map();
  return {
    add(ranges, name) {
      if (!held) {
        inner.add(ranges, name);
        return;
      }
      let set = held.get(name);
      if (!set) held.set(name, (set = new Set()));
      for (let i = 0; i < ranges.length; i++)
        set.add(ranges[i] as AbstractRange);
    },
    remove(range, name) {
      if (held) held.get(name)?.delete(range);
      else inner.remove(range, name);
    },
    setSingle(which, range) {
      inner.setSingle(which, range);
    },
    removeAll() {
      held?.clear();
      inner.removeAll();
    },
    release() {
      const waiting = held;
      held = undefined;
      if (!waiting) return;
      for (const [name, ranges] of waiting)
        if (ranges.size > 0) inner.add([...ranges], name);
    },
  };
}
