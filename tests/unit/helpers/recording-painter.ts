import type { Painter } from '../../../entrypoints/content/painter';

/** A painter that keeps what it was given, as `CSS.highlights` would. */
export function recordingPainter(): Painter & { painted: Set<AbstractRange> } {
  const painted = new Set<AbstractRange>();
  return {
    painted,
    add: (ranges) => ranges.forEach((range) => painted.add(range)),
    remove: (range) => void painted.delete(range),
    setActive: () => undefined,
    removeAll: () => painted.clear(),
  };
}
