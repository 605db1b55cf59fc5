/**
 * Drives Chromium for the black-box section: one browser per installed
 * extension (Summit Lens as built, or the empty one), a fresh tab for every
 * page load, and the main-thread task time of each load as Chromium's
 * DevTools report it (`Performance.getMetrics`).
 *
 * The window of a load: it opens when the fresh tab, still on about:blank,
 * enables the Performance domain, and closes a fixed settle after the page's
 * `load` event. Nothing is evaluated in the page inside the window, so the
 * only tasks in it are the page's own, the extension's and Chromium's. The
 * tab has only the Page and Performance domains enabled: with Runtime
 * enabled (as Playwright does), Chromium would charge the content script
 * for stack traces that no reader's browser takes (see cdp-pipe.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags, findChromium } from '../shared/chromium';
import { launchOverPipe, type CdpBrowser } from './cdp-pipe';
import { attributeTasks, type TaskAttribution, type TraceEvent } from './tasks';

export interface ExtensionBrowser {
  /** Chromium's version. */
  version: string;
  /** The extension's id, as in its `chrome-extension://` URLs. */
  extensionId: string;
  /**
   * Writes `values` into the extension's `storage.local` (through its service
   * worker) and returns a function that puts back what was there before.
   */
  setStorage(values: Record<string, unknown>): Promise<() => Promise<void>>;
  /** A fresh tab on about:blank (the last one is closed first): its session. */
  newTab(): Promise<string>;
  /** Evaluates `expression` in a tab's main world and returns its value. */
  evaluate<T>(sessionId: string, expression: string): Promise<T>;
  cdp: CdpBrowser;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The time a closed tab's renderer gets to shut down before the next load. */
const AFTER_CLOSE_MS = 150;
const WORKER_TIMEOUT_MS = 20_000;

const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The extension's service worker, once Chromium has started it. */
async function findWorker(cdp: CdpBrowser): Promise<TargetInfo> {
  const found = new Promise<TargetInfo>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the extension started no service worker')),
      WORKER_TIMEOUT_MS,
    );
    const stop = cdp.on('Target.targetCreated', (params) => {
      const info = params.targetInfo as TargetInfo;
      if (
        info.type !== 'service_worker' ||
        !info.url.startsWith('chrome-extension://')
      )
        return;
      clearTimeout(timer);
      stop();
      resolve(info);
    });
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  return found;
}

/** Starts Chromium with the unpacked extension in `extensionDir`. */
export async function launchWithExtension(
  extensionDir: string,
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'summit-lens-black-box-'));
  let cdp: CdpBrowser | undefined;
  try {
    cdp = await launchOverPipe(findChromium(), [
      ...chromiumFlags(extensionDir),
      `--user-data-dir=${profile}`,
      '--window-size=1280,900',
    ]);
    const worker = await findWorker(cdp);
    const { sessionId } = await cdp.send<{ sessionId: string }>(
      'Target.attachToTarget',
      { targetId: worker.targetId, flatten: true },
    );
    const { product } = await cdp.send<{ product: string }>(
      'Browser.getVersion',
    );
    return session(cdp, profile, {
      version: product.replace(/^[^/]*\//, ''),
      extensionId: new URL(worker.url).host,
      workerSession: sessionId,
    });
  } catch (error) {
    await cdp?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

async function evaluate<T>(
  cdp: CdpBrowser,
  sessionId: string,
  expression: string,
): Promise<T> {
  const reply = await cdp.send<EvaluateResult>(
    'Runtime.evaluate',
    { expression, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (reply.exceptionDetails)
    throw new Error(
      `evaluation failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`,
    );
  return reply.result.value as T;
}

function session(
  cdp: CdpBrowser,
  profile: string,
  ids: { version: string; extensionId: string; workerSession: string },
): ExtensionBrowser {
  let current: string | undefined;
  const inWorker = <T>(expression: string) =>
    evaluate<T>(cdp, ids.workerSession, expression);
  return {
    version: ids.version,
    extensionId: ids.extensionId,
    cdp,
    async setStorage(values) {
      const before = await inWorker<Record<string, unknown>>(
        `(async () => { const before = await chrome.storage.local.get(null); await chrome.storage.local.set(${JSON.stringify(values)}); return before; })()`,
      );
      return async () => {
        await inWorker(
          `(async () => { await chrome.storage.local.clear(); await chrome.storage.local.set(${JSON.stringify(before)}); })()`,
        );
      };
    },
    async newTab() {
      if (current) {
        await cdp.send('Target.closeTarget', { targetId: current });
        await wait(AFTER_CLOSE_MS);
      }
      const { targetId } = await cdp.send<{ targetId: string }>(
        'Target.createTarget',
        { url: 'about:blank' },
      );
      current = targetId;
      const { sessionId } = await cdp.send<{ sessionId: string }>(
        'Target.attachToTarget',
        { targetId, flatten: true },
      );
      return sessionId;
    },
    evaluate: (sessionId, expression) => evaluate(cdp, sessionId, expression),
    async close() {
      await cdp.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What one page load cost the page's main thread, in ms. */
export interface LoadCost {
  /** `TaskDuration`: time in tasks on the renderer's main thread. */
  taskMs: number;
  /** `ThreadTime`: CPU time of that thread (less affected by other load on the machine). */
  threadMs: number;
  scriptMs: number;
  layoutMs: number;
  recalcStyleMs: number;
  /**
   * Task time in a short look after the window, when asked for: near 0 when
   * the settle covered everything the load set off.
   */
  tailMs?: number;
  /** Ranges under a `summit-lens` highlight name, read after the window. */
  marks: number;
  /** Marks that mark.js made, when it ran. */
  markjsMarks?: number;
}

export interface LoadOptions {
  /** Time from the `load` event to the end of the window. */
  settleMs: number;
  /** A script run at the start of the page's document, in its main world. */
  initScript?: string;
  /** Also look at the task time just after the window. */
  tail?: boolean;
}

const TAIL_MS = 250;
const LOAD_TIMEOUT_MS = 120_000;

async function metrics(
  cdp: CdpBrowser,
  sessionId: string,
): Promise<Record<string, number>> {
  const { metrics } = await cdp.send<{
    metrics: { name: string; value: number }[];
  }>('Performance.getMetrics', {}, sessionId);
  return Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
}

/** Global set by the mark.js runner of `markjsInitScript`. */
const MARKJS_RESULT = '__summitLensBenchMarkjs';

/**
 * A script that, once the page has loaded, marks it with mark.js's
 * `markRegExp` and one pattern of every alias (mark.js's fastest call), as
 * a document-idle content script would.
 */
export function markjsInitScript(
  markjsSource: string,
  pattern: { source: string; flags: string },
): string {
  return `${markjsSource}
;addEventListener('load', () => setTimeout(() => {
  new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(pattern.source)}, ${JSON.stringify(pattern.flags)}), {
    done: (marks) => { globalThis.${MARKJS_RESULT} = marks; },
  });
}, 0), { once: true });`;
}

/** Counts what the load left on the page: highlight ranges, mark.js's marks. */
const COUNT_MARKS = `(() => {
  let marks = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('summit-lens')) marks += highlight.size;
  const markjs = globalThis.${MARKJS_RESULT};
  return { marks, markjsMarks: typeof markjs === 'number' ? markjs : undefined };
})()`;

/** Opens a fresh tab, readies it for `options` and navigates it to `url`, resolving at `load`. */
async function navigate(
  b: ExtensionBrowser,
  url: string,
  options: LoadOptions,
  before?: (sessionId: string) => Promise<void>,
): Promise<string> {
  const sessionId = await b.newTab();
  await b.cdp.send('Page.enable', {}, sessionId);
  if (options.initScript)
    await b.cdp.send(
      'Page.addScriptToEvaluateOnNewDocument',
      { source: options.initScript },
      sessionId,
    );
  await before?.(sessionId);
  const loaded = b.cdp.once('Page.loadEventFired', sessionId);
  const { errorText } = await b.cdp.send<{ errorText?: string }>(
    'Page.navigate',
    { url },
    sessionId,
  );
  if (errorText) throw new Error(`could not load ${url}: ${errorText}`);
  await Promise.race([
    loaded,
    wait(LOAD_TIMEOUT_MS).then(() => {
      throw new Error(`${url} did not load in ${LOAD_TIMEOUT_MS} ms`);
    }),
  ]);
  return sessionId;
}

/** Loads `url` in a fresh tab and reads what the load cost. */
export async function measureLoad(
  b: ExtensionBrowser,
  url: string,
  options: LoadOptions,
): Promise<LoadCost> {
  let before: Record<string, number> = {};
  const sessionId = await navigate(b, url, options, async (id) => {
    await b.cdp.send('Performance.enable', {}, id);
    before = await metrics(b.cdp, id);
  });
  await wait(options.settleMs);
  const after = await metrics(b.cdp, sessionId);
  let tailMs: number | undefined;
  if (options.tail) {
    await wait(TAIL_MS);
    tailMs =
      (await metrics(b.cdp, sessionId)).TaskDuration! - after.TaskDuration!;
  }
  const delta = (name: string) => after[name]! - before[name]!;
  return {
    taskMs: delta('TaskDuration'),
    threadMs: delta('ThreadTime'),
    scriptMs: delta('ScriptDuration'),
    layoutMs: delta('LayoutDuration'),
    recalcStyleMs: delta('RecalcStyleDuration'),
    tailMs,
    ...(await b.evaluate<{ marks: number; markjsMarks?: number }>(
      sessionId,
      COUNT_MARKS,
    )),
  };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/**
 * Loads `url` in a fresh tab under a trace of the same window and sorts the
 * page's main-thread tasks into the extension's and the rest.
 */
export async function traceLoad(
  b: ExtensionBrowser,
  url: string,
  options: LoadOptions,
): Promise<TaskAttribution> {
  const events: TraceEvent[] = [];
  const stop = b.cdp.on('Tracing.dataCollected', (params) => {
    events.push(...(params.value as TraceEvent[]));
  });
  let tracing = false;
  try {
    await navigate(b, url, options, async () => {
      await b.cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: TRACE_CATEGORIES },
      });
      tracing = true;
    });
    await wait(options.settleMs);
  } finally {
    if (tracing) {
      const complete = b.cdp.once('Tracing.tracingComplete');
      await b.cdp.send('Tracing.end');
      await complete;
    }
    stop();
  }
  return attributeTasks(events, new URL(url).origin, b.extensionId);
}
