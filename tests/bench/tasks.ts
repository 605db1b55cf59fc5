/**
 * Which of a page load's main-thread tasks an extension caused, read from a
 * Chromium trace. Pure: no browser.
 *
 * The page's renderer main thread is the one that parsed the page. Its tasks
 * (`RunTask`) from the extension's first content-script task on are sorted:
 * - script: the task runs JavaScript (the benchmark's pages run none of their
 *   own after parsing, so all of it is the extension's). Dispatching an event
 *   counts only when a listener runs (a `FunctionCall` in it): the page's own
 *   `load` event, with no listener, is the page's;
 * - paint: the first rendering task after a script task, where Chromium
 *   shows what the script changed (highlights, styles);
 * - gc: a task that only collects garbage (the page's own loading causes
 *   these too, so they are summed but not counted as the extension's);
 * - other: everything else (the page's own parsing, layout and paint).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  args?: {
    data?: { url?: string };
    beginData?: { url?: string };
  };
}

export type TaskKind = 'script' | 'paint' | 'gc' | 'other';

export interface AttributedTask {
  kind: TaskKind;
  /** From the content script's first task, in ms. */
  startMs: number;
  durMs: number;
}

export interface TaskAttribution {
  /** Script, paint and gc tasks, in order. */
  tasks: AttributedTask[];
  /** Longest script or paint task, in ms (0 when none). */
  longestMs: number;
  longestScriptMs: number;
  longestPaintMs: number;
  /** Sums by kind, in ms. */
  scriptMs: number;
  paintMs: number;
  gcMs: number;
  /** From the `load` event to the content script's first task (negative: before it), ms. */
  injectedAfterLoadMs: number;
  /** From the content script's first task to the end of its last script or paint task, ms. */
  spanMs: number;
}

const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'RunYieldContinuation',
  'FireAnimationFrame',
  'v8.compile',
]);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
const GC = /^(MajorGC|MinorGC|V8\.GC|BlinkGC)/;

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.beginData?.url;
const endOf = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** Sorts the tasks of the load of a page of `pageOrigin` under the extension `extensionId`. */
export function attributeTasks(
  events: readonly TraceEvent[],
  pageOrigin: string,
  extensionId: string,
): TaskAttribution {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && urlOf(e)?.startsWith(pageOrigin),
  );
  if (!parse) throw new Error(`the trace holds no parsing of ${pageOrigin}`);
  const thread = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const prefix = `chrome-extension://${extensionId}/`;
  const injection = thread.find(
    (e) => e.name === 'EvaluateScript' && urlOf(e)?.startsWith(prefix),
  );
  if (!injection) throw new Error('the trace holds no content script');
  const load = thread.find((e) => e.name === 'MarkLoad');
  const runTasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const first = runTasks.find(
    (t) => t.ts <= injection.ts && endOf(t) >= endOf(injection),
  );
  if (!first) throw new Error('the content script ran outside any task');

  const tasks: AttributedTask[] = [];
  let afterScript = false;
  let inner = 0;
  for (const task of runTasks) {
    if (task.ts < first.ts) continue;
    // Events inside this task (the thread is sorted by start).
    while (inner < thread.length && thread[inner]!.ts < task.ts) inner += 1;
    const names = new Set<string>();
    let gcOnly = true;
    for (
      let i = inner;
      i < thread.length && thread[i]!.ts < endOf(task);
      i += 1
    ) {
      const e = thread[i]!;
      if (e === task || e.name === 'RunTask') continue;
      names.add(e.name);
      if (e.ph === 'X' && !GC.test(e.name)) gcOnly = false;
    }
    let kind: TaskKind = 'other';
    if ([...names].some((n) => SCRIPT.has(n))) kind = 'script';
    else if (afterScript && [...names].some((n) => RENDER.has(n)))
      kind = 'paint';
    else if (names.size > 0 && gcOnly) kind = 'gc';
    if (kind === 'script') afterScript = true;
    else if (kind === 'paint') afterScript = false;
    tasks.push({
      kind,
      startMs: (task.ts - first.ts) / 1000,
      durMs: (task.dur ?? 0) / 1000,
    });
  }
  const listed = tasks.filter((t) => t.kind !== 'other');
  const of = (kind: TaskKind) => listed.filter((t) => t.kind === kind);
  const sum = (kind: TaskKind) => of(kind).reduce((s, t) => s + t.durMs, 0);
  const longest = (kind: TaskKind) =>
    Math.max(0, ...of(kind).map((t) => t.durMs));
  const last = listed.filter((t) => t.kind !== 'gc').at(-1);
  return {
    tasks: listed,
    longestMs: Math.max(longest('script'), longest('paint')),
    longestScriptMs: longest('script'),
    longestPaintMs: longest('paint'),
    scriptMs: sum('script'),
    paintMs: sum('paint'),
    gcMs: sum('gc'),
    injectedAfterLoadMs: load ? (first.ts - load.ts) / 1000 : NaN,
    spanMs: last ? last.startMs + last.durMs : 0,
  };
}
