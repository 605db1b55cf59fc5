/**
 * The longest main-thread task during one timed operation, read from a
 * Chromium trace (category `devtools.timeline`): the `RunTask` events of the
 * page's renderer main thread that overlap the operation's
 * `performance.mark`s. Unlike `longtask` entries, this sees tasks under 50 ms.
 */
import type { CDPSession, Page } from 'playwright-core';
import { MARK_DONE, MARK_END, MARK_START } from './page/globals';
import type { TraceEvent } from './tasks';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

export interface TaskSummary {
  /** Longest task from the start of the operation to the end of its first frame, in ms. */
  longestMs: number;
  /** Longest task that started before the operation finished, in ms. */
  longestScanMs: number;
  /** Longest task that started after it finished (the frame showing the result), in ms. */
  longestPaintMs: number;
  /** Tasks in the whole window. */
  tasks: number;
}

/** Traces `action` in `page` and summarises the tasks of its operation. */
export async function traceTasks(
  page: Page,
  action: () => Promise<unknown>,
): Promise<TaskSummary> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  try {
    await action();
  } finally {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return summariseTasks(events);
}

/** Pure: the tasks between the marks, on the marks' thread. */
export function summariseTasks(events: readonly TraceEvent[]): TaskSummary {
  const mark = (name: string) => {
    const found = events.find((e) => e.name === name);
    if (!found) throw new Error(`the trace holds no "${name}" mark`);
    return found;
  };
  const start = mark(MARK_START);
  const done = mark(MARK_DONE);
  const end = mark(MARK_END);
  const tasks = events.filter(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ts <= end.ts &&
      e.ts + (e.dur ?? 0) >= start.ts,
  );
  const longest = (list: TraceEvent[]) =>
    Math.max(0, ...list.map((e) => (e.dur ?? 0) / 1000));
  return {
    longestMs: longest(tasks),
    longestScanMs: longest(tasks.filter((e) => e.ts <= done.ts)),
    longestPaintMs: longest(tasks.filter((e) => e.ts > done.ts)),
    tasks: tasks.length,
  };
}
