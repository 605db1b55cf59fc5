/**
 * Drives Chromium for the benchmark: one browser for the whole run, a fresh
 * page for every timed operation (so no run inherits another's marks,
 * listeners or garbage), the generated pages served on 127.0.0.1 and made
 * cross-origin isolated so that `performance.now()` is precise to a few µs.
 */
import type { Server } from 'node:http';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';
import { chromiumFlags, findChromium } from '../shared/chromium';
import { serveFolder } from '../shared/serve';
import type { PageScripts } from './bundle';
import type { BenchGlobals, MarkjsMode, Timed } from './page/globals';
import { traceTasks, type TaskSummary } from './trace';

/** The lexicon's combined pattern and the flags it is compiled with. */
export interface Pattern {
  source: string;
  flags: string;
}

/**
 * The pattern with the flags the content script compiles it with: the
 * lexicon's own when it names them (`preferred`), else the first of `giu`
 * and `giv` (for a pattern written with Unicode sets) that compiles it.
 */
export function patternFor(source: string, preferred?: string): Pattern {
  for (const flags of [...(preferred ? [preferred] : []), 'giu', 'giv']) {
    try {
      new RegExp(source, flags);
      return { source, flags };
    } catch {
      // Not valid with these flags: try the next.
    }
  }
  throw new Error('the lexicon pattern compiles with neither giu nor giv');
}

const SETTLE_MS = 300;
const SETTLE_MS_PER_MB = 150;

export interface BenchBrowser {
  version: string;
  /** The URL of a file in the served folder. */
  url(file: string): string;
  /** Opens `url` in a fresh page with the given scripts injected. */
  open(url: string, scripts: (keyof PageScripts)[]): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium and serves `dir`. */
export async function startBrowser(
  dir: string,
  scripts: PageScripts,
): Promise<BenchBrowser> {
  const { server, origin } = await serveFolder(dir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: findChromium(),
      headless: false,
      args: [...chromiumFlags(undefined), '--js-flags=--expose-gc'],
    });
    return await session(browser, server, origin, scripts);
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}

async function session(
  browser: Browser,
  server: Server,
  origin: string,
  scripts: PageScripts,
): Promise<BenchBrowser> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  // Cross-origin isolation lifts the coarsening of performance.now().
  await context.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
  });
  let current: Page | undefined;
  return {
    version: browser.version(),
    url: (file) => `${origin}/${file}`,
    async open(url, names) {
      await current?.close();
      current = await context.newPage();
      const response = await current.goto(url, {
        waitUntil: 'load',
        timeout: 120_000,
      });
      const bytes = response ? (await response.body()).length : 0;
      for (const name of ['probes' as const, ...names])
        await current.addScriptTag({ content: scripts[name] });
      // Let the first layout and paint happen before anything is timed.
      await current.evaluate(
        () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
          ),
      );
      // Then let the browser finish its background work on the new page
      // (and the closing of the last one): 2 cores are easily contended.
      await current.waitForTimeout(
        SETTLE_MS + (SETTLE_MS_PER_MB * bytes) / 1e6,
      );
      return current;
    },
    async close() {
      await current?.close();
      await context.close();
      await browser.close();
      server.close();
    },
  };
}

/*
 * The callbacks below run in the page: they may use only their arguments and
 * the page's globals (typed by `BenchGlobals`), nothing from this module.
 */

/** The timer resolution the page sees, in ms. */
export async function timerResolution(
  b: BenchBrowser,
  url: string,
): Promise<number> {
  const page = await b.open(url, []);
  return page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.timerResolution(),
  );
}

export interface FloorRun {
  floor: Timed;
  /** The frame after a DOM change on this page, which nothing marked. */
  mutationFrameMs: number;
}

/** The floor: a TreeWalker counting matches of the combined pattern. */
export async function runFloor(
  b: BenchBrowser,
  url: string,
  pattern: Pattern,
): Promise<FloorRun> {
  const page = await b.open(url, []);
  const floor = await page.evaluate(
    ({ source, flags }) =>
      (globalThis as unknown as BenchGlobals).benchProbes!.floor(source, flags),
    pattern,
  );
  const mutationFrameMs = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.mutationFrame(),
  );
  return { floor, mutationFrameMs };
}

export interface LensRun {
  annotate: Timed;
  /** The frame after a DOM change while the page is annotated. */
  mutationFrameMs: number;
  clear: Timed;
}

/** Summit Lens: annotate the page, then switch off. */
export async function runLens(b: BenchBrowser, url: string): Promise<LensRun> {
  const page = await b.open(url, ['lens']);
  const annotate = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.lens(),
  );
  const mutationFrameMs = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.mutationFrame(),
  );
  const clear = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.lensClear(),
  );
  return { annotate, mutationFrameMs, clear };
}

/** The annotate path's bare reading, matching and painting (see `SummitLensBench.bare`). */
export async function runBare(b: BenchBrowser, url: string): Promise<Timed> {
  const page = await b.open(url, ['lens']);
  return page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.bare(),
  );
}

/** Summit Lens's annotate path under a trace: its tasks on the main thread. */
export async function traceLens(
  b: BenchBrowser,
  url: string,
): Promise<TaskSummary> {
  const page = await b.open(url, ['lens']);
  return traceTasks(page, () =>
    page.evaluate(() =>
      (globalThis as unknown as BenchGlobals).benchProbes!.lens(),
    ),
  );
}

export interface MarkjsRun {
  mark: Timed;
  unmark: Timed;
}

/** mark.js: mark every alias, then unmark. */
export async function runMarkjs(
  b: BenchBrowser,
  url: string,
  mode: MarkjsMode,
  pattern: Pattern,
  aliases: string[],
): Promise<MarkjsRun> {
  const page = await b.open(url, ['markjs']);
  const mark = await page.evaluate(
    ({ mode, source, flags, aliases }) =>
      (globalThis as unknown as BenchGlobals).benchProbes!.markjs(
        mode,
        source,
        flags,
        aliases,
      ),
    { mode, ...pattern, aliases },
  );
  const unmark = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobals).benchProbes!.markjsUnmark(),
  );
  return { mark, unmark };
}
