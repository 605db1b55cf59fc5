/**
 * Bundled into every benchmark page: the timed operations, exposed as
 * `globalThis.benchProbes`. Each operation starts in a task of its own after
 * a full garbage collection, is timed with `performance.now()` until it has
 * finished (including any yields), and is bracketed by `performance.mark`s so
 * that a trace can find it. Long tasks are watched while it runs.
 */
import {
  benchGlobals,
  MARK_DONE,
  MARK_END,
  MARK_START,
  type MarkInstance,
  type MarkOptions,
  type Timed,
} from './globals';

/** Resolves after the current task (and its microtasks) has ended. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Waits for the next frame and resolves with the time from its animation
 * callbacks to the task after it: style, layout, pre-paint and paint.
 */
const nextFrame = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      setTimeout(() => resolve(performance.now() - start), 0);
    }),
  );

/**
 * Runs `operation` in a fresh task and times it; the count is what the
 * operation returns, or what `countAfter` returns once the timing has ended.
 */
async function timed(
  operation: () => unknown,
  countAfter?: () => number,
): Promise<Timed> {
  benchGlobals().gc?.();
  await nextTask();
  const longTasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) =>
    longTasks.push(...list.getEntries()),
  );
  observer.observe({ type: 'longtask' });
  performance.mark(MARK_START);
  const start = performance.now();
  const result = await operation();
  const end = performance.now();
  performance.mark(MARK_DONE);
  const paintMs = await nextFrame();
  const windowEnd = performance.now();
  performance.mark(MARK_END);
  const count = countAfter?.() ?? (typeof result === 'number' ? result : 0);
  // Long-task entries are queued once a task ends: let the last one end.
  await nextTask();
  await nextTask();
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  const longTaskMs = longTasks
    .filter((t) => t.startTime < windowEnd && t.startTime + t.duration > start)
    .reduce((max, t) => Math.max(max, t.duration), 0);
  return { ms: end - start, count, paintMs, longTaskMs };
}

function lens() {
  const lens = benchGlobals().summitLensBench;
  if (!lens) throw new Error('the Summit Lens bundle is not in the page');
  return lens;
}

let markInstance: MarkInstance | undefined;

/** Typographic and plain punctuation that may touch a whole alias. */
const LIMITERS = [
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '"',
  "'",
  '\u2019',
  '\u201c',
  '\u201d',
];

benchGlobals().benchProbes = {
  floor: (pattern, flags) =>
    timed(() => {
      const regex = new RegExp(pattern, flags);
      const walker = document.createTreeWalker(
        document.body,
        NodeFilter.SHOW_TEXT,
      );
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        regex.lastIndex = 0;
        while (regex.exec(text)) count += 1;
      }
      return count;
    }),

  // Counted once the timing has ended: looking up `CSS.highlights` creates
  // the registry, which a page the gate turns away never needs.
  lens: () =>
    timed(
      () => lens().annotate(),
      () => lens().markedRanges(),
    ),

  bare: () =>
    timed(
      () => lens().bare(),
      () => lens().markedRanges(),
    ),

  lensClear: () =>
    timed(
      () => lens().clear(),
      () => lens().markedRanges(),
    ),

  markjs: (mode, pattern, flags, aliases) =>
    timed(
      () =>
        new Promise<number>((resolve) => {
          const Mark = benchGlobals().Mark;
          if (!Mark) throw new Error('mark.js is not in the page');
          markInstance = new Mark(document.body);
          const options: MarkOptions = {
            separateWordSearch: false,
            caseSensitive: false,
            diacritics: false,
            accuracy: { value: 'exactly', limiters: LIMITERS },
            done: resolve,
          };
          if (mode === 'regexp')
            markInstance.markRegExp(new RegExp(pattern, flags), options);
          else markInstance.mark(aliases, options);
        }),
    ),

  markjsUnmark: () =>
    timed(
      () =>
        new Promise<void>((resolve) => {
          if (!markInstance) throw new Error('mark.js has not marked');
          markInstance.unmark({ done: resolve });
        }),
      () => document.querySelectorAll('mark[data-markjs]').length,
    ),

  async mutationFrame() {
    await nextFrame();
    const frames: number[] = [];
    for (let i = 0; i < 3; i++) {
      document.body.setAttribute('data-summit-bench', String(i));
      frames.push(await nextFrame());
    }
    document.body.removeAttribute('data-summit-bench');
    return frames.sort((a, b) => a - b)[1]!;
  },

  timerResolution() {
    let smallest = Infinity;
    for (let i = 0; i < 1000; i++) {
      const a = performance.now();
      let b = performance.now();
      while (b === a) b = performance.now();
      smallest = Math.min(smallest, b - a);
    }
    return smallest;
  },
};
