/**
 * The black-box section of `npm run bench`: what an installed Summit Lens
 * adds to a page load, measured from outside. The built extension
 * (`.output/chrome-mv3`) and an empty extension of the same shape are each
 * loaded in a browser of their own; every page is loaded under each, and
 * under the empty one with mark.js marking it, in rotating order, run after
 * run. Then loads under each are traced, and on the pages not about the
 * summits also under a floor extension (see `floorContentScript`). See
 * docs/performance.md for the window, the traced figures and the targets.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../shared/serve';
import {
  launchWithExtension,
  markjsInitScript,
  measureLoad,
  traceLoad,
  type ExtensionBrowser,
  type LoadCost,
  type LoadOptions,
} from './black-box';
import type {
  BlackBoxFigures,
  BlackBoxPage,
  Marking,
  Spread,
} from './black-box-report';
import { floorContentScript, writeEmptyExtension } from './empty-extension';
import { generateLiveBlog, type LiveBlogPage } from './live-blog';
import { median } from './report';
import type { TaskAttribution } from './tasks';

export interface BlackBoxPlan {
  name: string;
  textLength: number;
  aboutSummits: boolean;
  repetitions: number;
  /** Traced loads, for the longest task (median over them). */
  traces: number;
  /** Also measure with every mention marked (when the build can). */
  every: boolean;
}

export const BLACK_BOX_PLANS: readonly BlackBoxPlan[] = [
  // The 100 KB pages get more runs: their targets are a few ms, in page
  // loads that move by tens of ms on a busy machine.
  {
    name: '100KB-other',
    textLength: 100_000,
    aboutSummits: false,
    repetitions: 15,
    traces: 7,
    every: false,
  },
  {
    name: '1MB-other',
    textLength: 1_000_000,
    aboutSummits: false,
    repetitions: 7,
    traces: 3,
    every: false,
  },
  {
    name: '100KB-summit',
    textLength: 100_000,
    aboutSummits: true,
    repetitions: 15,
    traces: 3,
    every: false,
  },
  {
    name: '1MB-summit',
    textLength: 1_000_000,
    aboutSummits: true,
    repetitions: 7,
    traces: 3,
    every: true,
  },
];

export const BLACK_BOX_SMOKE_PLANS: readonly BlackBoxPlan[] = [
  {
    name: '20KB-other',
    textLength: 20_000,
    aboutSummits: false,
    repetitions: 1,
    traces: 1,
    every: false,
  },
  {
    name: '20KB-summit',
    textLength: 20_000,
    aboutSummits: true,
    repetitions: 1,
    traces: 1,
    every: false,
  },
];

/**
 * The window closes this long after the `load` event: enough for the content
 * script (injected at document idle, about when the page has loaded) to read
 * its settings, scan and register its highlights, and for Chromium to paint
 * them, with room to spare on a busy 2-core machine.
 */
export function settleFor(htmlBytes: number): number {
  return Math.round(600 + (1000 * htmlBytes) / 1e6);
}

/**
 * What `utils/settings.ts` keeps in `storage.local` (the `local:settings`
 * item, key `settings`, and WXT's version of it under `settings$`) with
 * every mention marked; without the version, WXT would migrate the value as
 * version 1 and drop the field. A build without the `marking` setting
 * ignores the field, which the probe below notices.
 */
export const EVERY_MENTION_STORAGE = {
  settings: { enabled: true, sites: {}, marking: 'every' },
  settings$: { v: 3 },
};

/** Names written per character of text on the summit pages: real coverage's density. */
const DENSITY = { min: 80, max: 150 };

type Variant = 'empty' | 'lens' | 'markjs' | 'every';

export interface BlackBoxOptions {
  root: string;
  smoke: boolean;
  seed: number;
  markjsSource: string;
  /** The lexicon's combined pattern, as mark.js is given it. */
  pattern: { source: string; flags: string };
  /** The gate's needles (pattern sources), which the floor extension searches for. */
  needles: readonly string[];
  log: (message: string) => void;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`black-box check failed: ${message}`);
}

function spreadOf(runs: number[]): Spread {
  return {
    median: median(runs),
    min: Math.min(...runs),
    max: Math.max(...runs),
  };
}

interface Browsers {
  lens: ExtensionBrowser;
  empty: ExtensionBrowser;
}

/** One load of `variant`; `every` sets the storage first and puts it back after. */
async function load(
  browsers: Browsers,
  variant: Variant,
  url: string,
  options: LoadOptions & { markjs: string },
): Promise<LoadCost> {
  const { settleMs } = options;
  switch (variant) {
    case 'empty':
      return measureLoad(browsers.empty, url, { settleMs });
    case 'markjs':
      return measureLoad(browsers.empty, url, {
        settleMs,
        initScript: options.markjs,
      });
    case 'lens':
      return measureLoad(browsers.lens, url, { settleMs, tail: true });
    case 'every': {
      const restore = await browsers.lens.setStorage(EVERY_MENTION_STORAGE);
      try {
        return await measureLoad(browsers.lens, url, { settleMs, tail: true });
      } finally {
        await restore();
      }
    }
  }
}

async function traced(
  browsers: Browsers,
  marking: Marking | 'empty',
  url: string,
  settleMs: number,
): Promise<TaskAttribution> {
  if (marking === 'empty') return traceLoad(browsers.empty, url, { settleMs });
  if (marking === 'default') return traceLoad(browsers.lens, url, { settleMs });
  const restore = await browsers.lens.setStorage(EVERY_MENTION_STORAGE);
  try {
    return await traceLoad(browsers.lens, url, { settleMs });
  } finally {
    await restore();
  }
}

function row(
  plan: BlackBoxPlan,
  page: LiveBlogPage,
  marking: Marking,
  costs: Record<Variant, LoadCost[]>,
  traces: TaskAttribution[],
  emptyTraces: TaskAttribution[],
  floorTraces: TaskAttribution[],
): BlackBoxPage {
  const lens = costs[marking === 'every' ? 'every' : 'lens'];
  const task = (runs: LoadCost[]) => runs.map((r) => r.taskMs);
  const cpu = (runs: LoadCost[]) => runs.map((r) => r.threadMs);
  const runs = {
    emptyMs: task(costs.empty),
    lensMs: task(lens),
    markjsMs: task(costs.markjs),
    emptyCpuMs: cpu(costs.empty),
    lensCpuMs: cpu(lens),
    markjsCpuMs: cpu(costs.markjs),
    longestTaskMs: traces.map((t) => t.longestMs),
  };
  const emptyMs = median(runs.emptyMs);
  const lensMs = median(runs.lensMs);
  const markjsMs = median(runs.markjsMs);
  const emptyCpuMs = median(runs.emptyCpuMs);
  const traceMedian = (pick: (t: TaskAttribution) => number) =>
    median(traces.map(pick));
  const scriptMs = traceMedian((t) => t.scriptMs);
  const emptyScriptMs = median(emptyTraces.map((t) => t.scriptMs));
  return {
    name: plan.name,
    aboutSummits: plan.aboutSummits,
    marking,
    bytes: page.textBytes,
    htmlBytes: Buffer.byteLength(page.html),
    names: page.names,
    mentions: lens[0]!.marks,
    repetitions: plan.repetitions,
    emptyMs,
    lensMs,
    markjsMs,
    addedMs: lensMs - emptyMs,
    pairedAddedMs: median(runs.lensMs.map((ms, i) => ms - runs.emptyMs[i]!)),
    markjsAddedMs: markjsMs - emptyMs,
    addedCpuMs: median(runs.lensCpuMs) - emptyCpuMs,
    markjsAddedCpuMs: median(runs.markjsCpuMs) - emptyCpuMs,
    longestTaskMs: median(runs.longestTaskMs),
    tailMs: Math.max(...lens.map((r) => r.tailMs ?? 0)),
    spread: {
      emptyMs: spreadOf(runs.emptyMs),
      lensMs: spreadOf(runs.lensMs),
      markjsMs: spreadOf(runs.markjsMs),
    },
    trace: {
      loads: traces.length,
      scriptMs,
      emptyScriptMs,
      addedScriptMs: scriptMs - emptyScriptMs,
      floorAddedScriptMs: floorTraces.length
        ? median(floorTraces.map((t) => t.scriptMs)) - emptyScriptMs
        : undefined,
      paintMs: traceMedian((t) => t.paintMs),
      longestScriptMs: traceMedian((t) => t.longestScriptMs),
      longestPaintMs: traceMedian((t) => t.longestPaintMs),
      injectedAfterLoadMs: traceMedian((t) => t.injectedAfterLoadMs),
      spanMs: traceMedian((t) => t.spanMs),
    },
    runs,
  };
}

/**
 * Traced loads of `url` under the floor extension (see
 * `floorContentScript`), in a browser of its own started for them, after
 * one untimed load.
 */
async function traceFloor(
  floorDir: string,
  url: string,
  settleMs: number,
  loads: number,
): Promise<TaskAttribution[]> {
  const floor = await launchWithExtension(floorDir);
  try {
    await measureLoad(floor, url, { settleMs });
    const traces: TaskAttribution[] = [];
    for (let i = 0; i < loads; i++)
      traces.push(await traceLoad(floor, url, { settleMs }));
    return traces;
  } finally {
    await floor.close();
  }
}

/** Checks what the loads left on the page: marks where due, and mark.js done. */
function checkMarks(
  plan: BlackBoxPlan,
  variant: Variant,
  costs: LoadCost[],
): void {
  const marks = costs[0]!.marks;
  if (variant === 'lens' || variant === 'every') {
    check(
      plan.aboutSummits ? marks > 0 : marks === 0,
      `Summit Lens registered ${marks} ranges on ${plan.name}`,
    );
    check(
      costs.every((c) => c.marks === marks),
      `Summit Lens marked ${plan.name} differently from one load to the next (was the settle too short?)`,
    );
  }
  if (variant === 'markjs')
    check(
      costs.every((c) => c.markjsMarks !== undefined),
      `mark.js had not finished on ${plan.name} when the window closed: lengthen the settle`,
    );
}

/**
 * Whether the build marks more with `marking: 'every'` stored than as
 * installed (`installedMarks`): one load of a summit page with it stored.
 */
async function probeEveryMarking(
  browsers: Browsers,
  url: string,
  settleMs: number,
  installedMarks: number,
): Promise<boolean> {
  const every = await load(browsers, 'every', url, { settleMs, markjs: '' });
  return every.marks > installedMarks;
}

/** Starts both browsers; when one fails to start, closes the other and throws. */
async function launchBoth(
  lensDir: string,
  emptyDir: string,
): Promise<Browsers> {
  const [lens, empty] = await Promise.allSettled([
    launchWithExtension(lensDir),
    launchWithExtension(emptyDir),
  ]);
  if (lens.status === 'fulfilled' && empty.status === 'fulfilled')
    return { lens: lens.value, empty: empty.value };
  for (const started of [lens, empty])
    if (started.status === 'fulfilled') await started.value.close();
  throw lens.status === 'rejected'
    ? lens.reason
    : (empty as PromiseRejectedResult).reason;
}

export async function runBlackBox(
  options: BlackBoxOptions,
): Promise<BlackBoxFigures> {
  const { log } = options;
  const started = performance.now();
  const built = join(options.root, '.output', 'chrome-mv3');
  if (!existsSync(join(built, 'manifest.json')))
    throw new Error(
      `No build in ${built}: run \`npx wxt build\` before the black-box section`,
    );
  const plans = options.smoke ? BLACK_BOX_SMOKE_PLANS : BLACK_BOX_PLANS;
  const dir = mkdtempSync(join(tmpdir(), 'summit-lens-black-box-pages-'));
  const emptyDir = mkdtempSync(join(tmpdir(), 'summit-lens-empty-extension-'));
  writeEmptyExtension(built, emptyDir);
  const floorDir = mkdtempSync(join(tmpdir(), 'summit-lens-floor-extension-'));
  writeEmptyExtension(built, floorDir, floorContentScript(options.needles));
  const pages = new Map<string, LiveBlogPage>();
  for (const plan of plans) {
    const page = generateLiveBlog({
      textLength: plan.textLength,
      seed: options.seed + plan.textLength,
      aboutSummits: plan.aboutSummits,
    });
    const perName = page.textLength / page.names;
    if (plan.aboutSummits)
      check(
        perName >= DENSITY.min && perName <= DENSITY.max,
        `${plan.name} has a name every ${perName.toFixed(0)} characters, not ${DENSITY.min}–${DENSITY.max}`,
      );
    writeFileSync(join(dir, `${plan.name}.html`), page.html);
    pages.set(plan.name, page);
  }
  const markjs = markjsInitScript(options.markjsSource, options.pattern);
  const { server, origin } = await serveFolder(dir);
  let browsers: Browsers;
  try {
    browsers = await launchBoth(built, emptyDir);
  } catch (error) {
    server.close();
    for (const made of [dir, emptyDir, floorDir])
      rmSync(made, { recursive: true, force: true });
    throw error;
  }
  const { lens, empty } = browsers;
  const figures: BlackBoxFigures = {
    window:
      'from Performance.enable on a fresh about:blank tab, through navigation, to a fixed settle after the load event',
    settleMs: {},
    wallSeconds: 0,
    everyMarking: 'not probed',
    pages: [],
  };
  try {
    for (const plan of plans) {
      const page = pages.get(plan.name)!;
      const url = `${origin}/${plan.name}.html`;
      const settleMs = settleFor(Buffer.byteLength(page.html));
      figures.settleMs[plan.name] = settleMs;
      const variants: Variant[] = ['empty', 'lens', 'markjs'];
      let installedMarks: number | undefined;
      if (!options.smoke) {
        // A first load in each browser warms its caches; it is not counted.
        await load(browsers, 'empty', url, { settleMs, markjs });
        installedMarks = (
          await load(browsers, 'lens', url, { settleMs, markjs })
        ).marks;
      }
      const probe = async (marks: number) => {
        log(`  probing the marking setting on ${plan.name}…`);
        figures.everyMarking = (await probeEveryMarking(
          browsers,
          url,
          settleMs,
          marks,
        ))
          ? 'measured'
          : 'not supported by this build';
      };
      if (
        plan.every &&
        installedMarks !== undefined &&
        figures.everyMarking === 'not probed'
      )
        await probe(installedMarks);
      if (plan.every && figures.everyMarking === 'measured')
        variants.push('every');
      const costs: Record<Variant, LoadCost[]> = {
        empty: [],
        lens: [],
        markjs: [],
        every: [],
      };
      for (let rep = 0; rep < plan.repetitions; rep++) {
        // Rotate the order so that no variant always follows the same one.
        for (let i = 0; i < variants.length; i++) {
          const variant = variants[(rep + i) % variants.length]!;
          costs[variant].push(
            await load(browsers, variant, url, { settleMs, markjs }),
          );
        }
        log(
          `  ${plan.name} run ${rep + 1}/${plan.repetitions}: ` +
            variants
              .map((v) => `${v} ${costs[v].at(-1)!.taskMs.toFixed(1)} ms`)
              .join(', '),
        );
      }
      for (const variant of variants) checkMarks(plan, variant, costs[variant]);
      // The first summit page tells whether the build has the setting.
      if (plan.aboutSummits && figures.everyMarking === 'not probed')
        await probe(costs.lens[0]!.marks);
      const markings: Marking[] = variants.includes('every')
        ? ['default', 'every']
        : ['default'];
      const traceAll = async (marking: Marking | 'empty') => {
        const traces: TaskAttribution[] = [];
        for (let i = 0; i < plan.traces; i++)
          traces.push(await traced(browsers, marking, url, settleMs));
        return traces;
      };
      const emptyTraces = await traceAll('empty');
      const floorTraces = plan.aboutSummits
        ? []
        : await traceFloor(floorDir, url, settleMs, plan.traces);
      for (const marking of markings)
        figures.pages.push(
          row(
            plan,
            page,
            marking,
            costs,
            await traceAll(marking),
            emptyTraces,
            floorTraces,
          ),
        );
    }
  } finally {
    await Promise.all([lens.close(), empty.close()]);
    server.close();
    for (const made of [dir, emptyDir, floorDir])
      rmSync(made, { recursive: true, force: true });
  }
  figures.wallSeconds = (performance.now() - started) / 1000;
  return figures;
}
