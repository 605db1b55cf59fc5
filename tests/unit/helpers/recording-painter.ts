import type {
  Painter,
  SingleHighlight,
} from '../../../entrypoints/content/painter';

/** A painter that keeps what it was given, as `CSS.highlights` would. */
export function recordingPainter(): Painter & {
  /** Every painted range, whichever highlight it is in. */
  painted: Set<AbstractRange>;
  /** Highlight name → its ranges. */
  named: Map<string, Set<AbstractRange>>;
  singles: Map<SingleHighlight, AbstractRange>;
} {
  const painted = new Set<AbstractRange>();
  const named = new Map<string, Set<AbstractRange>>();
  const singles = new Map<SingleHighlight, AbstractRange>();
  return {
    painted,
    named,
    singles,
    add(ranges, name) {
      let set = named.get(name);
      if (!set) named.set(name, (set = new Set()));
      for (const range of ranges) {
        set.add(range);
        painted.add(range);
      }
    },
    remove(range, name) {
      named.get(name)?.delete(range);
      painted.delete(range);
    },
    setSingle(which, range) {
      if (range) singles.set(which, range);
      else singles.delete(which);
    },
    removeAll() {
      painted.clear();
      named.clear();
      singles.clear();
    },
  };
}
