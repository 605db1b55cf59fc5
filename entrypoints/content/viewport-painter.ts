/**
 * A painter that, on a page with very many marks, paints only what the
 * reader is near. Up to `ALL_UP_TO` ranges it hands every range on to the
 * painter it wraps, as a news article never has that many. Beyond, it hands
 * on only the ranges whose block of text lies within a few screens of the
 * viewport, and adds and takes away the others as the reader scrolls: the
 * browser revisits every range registered in a highlight whenever one
 * changes, so on a page such as a 1 MB live blog what painting costs follows
 * what can be seen, not the page's length.
 */
import type { Painter } from './painter';

/** The elements whose nearness to the viewport decides their ranges'. */
const BLOCKS =
  'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, pre';

/** How far beyond the viewport ranges are painted: three screens each way. */
const MARGIN = '300% 0px';

/**
 * Up to how many ranges every range is painted: several times the marks of
 * the longest article among our fixtures and the outlets' stories we read
 * (a few hundred), a small part of a 1 MB live blog's 10,000.
 */
export const ALL_UP_TO = 2000;

/** The ranges of one block, by highlight name. */
type BlockRanges = Map<string, Set<AbstractRange>>;

/** The block a range starts in: its paragraph or the like, else its parent. */
function blockOf(range: AbstractRange): Element | undefined {
  const node = range.startContainer;
  const parent = node instanceof Element ? node : node.parentElement;
  return parent?.closest(BLOCKS) ?? parent ?? undefined;
}

/** Adds `ranges` to `into` under `name`. */
function gather(
  into: Map<string, AbstractRange[]>,
  name: string,
  ranges: Iterable<AbstractRange>,
): void {
  const list = into.get(name);
  if (list) list.push(...ranges);
  else into.set(name, [...ranges]);
}

/**
 * Wraps `inner` so that, once it holds more than `allUpTo` ranges, it paints
 * only ranges near the viewport, watched with an `IntersectionObserver` on
 * their blocks (a range whose block is not rendered is then not painted).
 * The single highlights (`active`, `hover`) are always painted.
 */
export function nearViewport(inner: Painter, allUpTo = ALL_UP_TO): Painter {
  const blocks = new Map<Element, BlockRanges>();
  const blockOfRange = new Map<AbstractRange, Element>();
  /** Blocks whose ranges are painted. */
  const near = new Set<Element>();
  /** Set once there are more ranges than `allUpTo`. */
  let observer: IntersectionObserver | undefined;

  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    const show = new Map<string, AbstractRange[]>();
    for (const { target, isIntersecting } of entries) {
      const ranges = blocks.get(target);
      if (!ranges || isIntersecting === near.has(target)) continue;
      if (isIntersecting) {
        near.add(target);
        for (const [name, set] of ranges) gather(show, name, set);
      } else {
        near.delete(target);
        for (const [name, set] of ranges)
          for (const range of set) inner.remove(range, name);
      }
    }
    for (const [name, ranges] of show) inner.add(ranges, name);
  };
  /** From now on paints what is near: every block is watched, and those far away are taken off once the observer says so. */
  const followViewport = () => {
    observer = new IntersectionObserver(onIntersect, { rootMargin: MARGIN });
    for (const block of blocks.keys()) observer.observe(block);
  };

  return {
    add(ranges, name) {
      // Switched before these are painted, so that they never all are.
      if (!observer && blockOfRange.size + ranges.length > allUpTo)
        followViewport();
      const now: AbstractRange[] = [];
      for (const range of ranges) {
        const block = blockOf(range);
        if (!block) continue;
        let byName = blocks.get(block);
        if (!byName) {
          blocks.set(block, (byName = new Map()));
          if (observer) observer.observe(block);
          else near.add(block);
        }
        let set = byName.get(name);
        if (!set) byName.set(name, (set = new Set()));
        set.add(range);
        blockOfRange.set(range, block);
        if (near.has(block)) now.push(range);
      }
      if (now.length > 0) inner.add(now, name);
    },
    remove(range, name) {
      const block = blockOfRange.get(range);
      const byName = block && blocks.get(block);
      if (!block || !byName?.get(name)?.delete(range)) return;
      blockOfRange.delete(range);
      if (near.has(block)) inner.remove(range, name);
      if (byName.get(name)?.size === 0) byName.delete(name);
      if (byName.size > 0) return;
      blocks.delete(block);
      near.delete(block);
      observer?.unobserve(block);
    },
    setSingle(which, range) {
      inner.setSingle(which, range);
    },
    removeAll() {
      observer?.disconnect();
      observer = undefined;
      blocks.clear();
      blockOfRange.clear();
      near.clear();
      inner.removeAll();
    },
  };
}
