/**
 * The shapes the benchmark's injected scripts put on a page's global object,
 * shared by the code bundled into the page and the Node side that calls it
 * through `page.evaluate`.
 */

/** The content script's own annotate path, bundled by `lens-entry.ts`. */
export interface SummitLensBench {
  /**
   * Starts annotation as the content script does (quick gate, then the full
   * time-sliced scan) and resolves when the first pass is done.
   */
  annotate(): Promise<void>;
  /**
   * The least of the annotate path, for comparison: the same reading,
   * matching and placing of every mention over the whole page, in one task,
   * with every range painted in one highlight; no mention store, no
   * marking decisions, no slices. Removed by `clear()`.
   */
  bare(): void;
  /** Switches annotation off as the content script does, removing every mark. */
  clear(): void;
  /** Ranges currently registered under a `summit-lens` highlight name. */
  markedRanges(): number;
}

/** The options of mark.js 8.11 that the benchmark uses. */
export interface MarkOptions {
  separateWordSearch?: boolean;
  accuracy?:
    | 'partially'
    | 'complementary'
    | 'exactly'
    | {
        value: 'exactly' | 'complementary';
        limiters: string[];
      };
  caseSensitive?: boolean;
  diacritics?: boolean;
  acrossElements?: boolean;
  done?: (marks: number) => void;
}

export interface MarkInstance {
  mark(keywords: string[], options: MarkOptions): void;
  markRegExp(pattern: RegExp, options: MarkOptions): void;
  unmark(options: { done?: () => void }): void;
}

export type MarkConstructor = new (context: Element) => MarkInstance;

/** How mark.js is asked to mark the aliases. */
export type MarkjsMode = 'regexp' | 'keywords';

/** One timed operation in the page. */
export interface Timed {
  ms: number;
  /** What the operation counted (matches, mentions, marks), or what is left. */
  count: number;
  /**
   * The rendering steps of the first frame after the operation (from its
   * `requestAnimationFrame` callback to the next task): what the page pays
   * to show the result, outside `ms`.
   */
  paintMs: number;
  /**
   * Longest `longtask` entry from the start of the operation to the end of
   * that frame; 0 if none (only tasks over 50 ms are reported).
   */
  longTaskMs: number;
}

/** Timing probes, bundled by `probes.ts`. */
export interface BenchProbes {
  /** TreeWalker over every text node, counting matches of the pattern. */
  floor(pattern: string, flags: string): Promise<Timed>;
  /** `summitLensBench.annotate()`. */
  lens(): Promise<Timed>;
  /** `summitLensBench.bare()`; `count` is the ranges it painted. */
  bare(): Promise<Timed>;
  /** `summitLensBench.clear()`; `count` is the ranges left. */
  lensClear(): Promise<Timed>;
  /** mark.js marking every alias, until its `done` callback. */
  markjs(
    mode: MarkjsMode,
    pattern: string,
    flags: string,
    aliases: string[],
  ): Promise<Timed>;
  /** mark.js `unmark()`, until its `done` callback; `count` is the marks left. */
  markjsUnmark(): Promise<Timed>;
  /**
   * The median cost of the frame after a one-attribute change on `<body>`
   * (three tries): what every later DOM change costs the page to render.
   */
  mutationFrame(): Promise<number>;
  /** Timer resolution seen by `performance.now()`, in ms. */
  timerResolution(): number;
}

export interface BenchGlobals {
  summitLensBench?: SummitLensBench;
  benchProbes?: BenchProbes;
  Mark?: MarkConstructor;
  /** V8's `gc()`, present when Chromium runs with `--js-flags=--expose-gc`. */
  gc?: () => void;
}

/** The page's global object, as the benchmark sees it. */
export const benchGlobals = (): BenchGlobals =>
  globalThis as unknown as BenchGlobals;

/** Names of the `performance.mark`s around each timed operation. */
export const MARK_START = 'summit-bench-start';
/** Set when the operation itself has finished, before its first frame. */
export const MARK_DONE = 'summit-bench-done';
/** Set after the first frame that follows the operation. */
export const MARK_END = 'summit-bench-end';
