/**
 * The black-box section's figures, its targets and its part of the printed
 * report. Pure: no browser, no files.
 */

/** How Summit Lens was set to mark: as installed, or every mention. */
export type Marking = 'default' | 'every';

/** Median, least and greatest of one variant's runs (ms). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One page under one marking setting. Times are ms. */
export interface BlackBoxPage {
  name: string;
  /** Whether the page is summit coverage (else it must get no marks). */
  aboutSummits: boolean;
  marking: Marking;
  /** Rendered text in UTF-8, and the HTML served. */
  bytes: number;
  htmlBytes: number;
  /** Names written into the text, and ranges Summit Lens registered. */
  names: number;
  mentions: number;
  repetitions: number;
  /** `TaskDuration` medians: the empty extension, Summit Lens, mark.js under the empty extension. */
  emptyMs: number;
  lensMs: number;
  markjsMs: number;
  /** lensMs − emptyMs, and markjsMs − emptyMs. */
  addedMs: number;
  markjsAddedMs: number;
  /**
   * Median over the rounds of Summit Lens's load less the empty extension's
   * in the same round: less moved than `addedMs` when the machine's load
   * drifts during the run.
   */
  pairedAddedMs: number;
  /** The same from the main thread's CPU time (`ThreadTime`): a cross-check less moved by other load. */
  addedCpuMs: number;
  markjsAddedCpuMs: number;
  /** Longest task Summit Lens caused (script, or the frame after it), median of the traced loads. */
  longestTaskMs: number;
  /** Task time after the window, worst of Summit Lens's runs: near 0 when the settle covered its work. */
  tailMs: number;
  spread: Record<'emptyMs' | 'lensMs' | 'markjsMs', Spread>;
  /** Summit Lens's tasks in the traced loads, medians (ms). */
  trace: {
    loads: number;
    scriptMs: number;
    /**
     * The same script tasks under the empty extension (its content script's
     * injection), and Summit Lens's less those: what running its code adds
     * to the page's main thread, without the page's own parsing, style and
     * layout, whose time moves by tens of ms from load to load.
     */
    emptyScriptMs: number;
    addedScriptMs: number;
    /**
     * On pages not about the summits, what the floor extension's script
     * adds the same way: the least that answering the popup, reading the
     * settings, reading and searching the page's text and watching it for
     * more costs on this machine.
     */
    floorAddedScriptMs?: number;
    paintMs: number;
    longestScriptMs: number;
    longestPaintMs: number;
    /** From the `load` event to the content script's first task (negative: before it). */
    injectedAfterLoadMs: number;
    /** From the content script's first task to the end of its last one. */
    spanMs: number;
  };
  runs: Record<
    | 'emptyMs'
    | 'lensMs'
    | 'markjsMs'
    | 'emptyCpuMs'
    | 'lensCpuMs'
    | 'markjsCpuMs'
    | 'longestTaskMs',
    number[]
  >;
}

export interface BlackBoxFigures {
  /** What the window of each load is. */
  window: string;
  /** Settle after the `load` event, per page. */
  settleMs: Record<string, number>;
  /** Wall time the section took, in seconds. */
  wallSeconds: number;
  /** Whether the build honours `marking: 'every'` (so that it was measured). */
  everyMarking: 'measured' | 'not supported by this build' | 'not probed';
  pages: BlackBoxPage[];
}

/** Targets of issue 30, on the pages of the full run. */
export const BLACK_BOX_LIMITS = {
  /** Added task time on the 100 KB page not about the summits, ms. */
  installedMs: 3,
  /** Added task time over the empty extension's on the 1 MB summit page. */
  summitRatio: { default: 0.2, every: 0.35 },
  /** mark.js's added time over ours on the 1 MB summit page. */
  markjsOverLens: 10,
  longTaskMs: 50,
} as const;

/** The page that decides the cost of being installed, and the summit page with the targets. */
export const INSTALLED_PAGE = '100KB-other';
export const SUMMIT_PAGE = '1MB-summit';

export interface BlackBoxTarget {
  label: string;
  value: number | undefined;
  op: '≤' | '≥';
  limit: number;
  unit: string;
}

/** The black-box targets as label, value and limit (the caller decides pass). */
export function blackBoxTargets(figures: BlackBoxFigures): BlackBoxTarget[] {
  const row = (name: string, marking: Marking) =>
    figures.pages.find((p) => p.name === name && p.marking === marking);
  const installed = row(INSTALLED_PAGE, 'default');
  const summit = row(SUMMIT_PAGE, 'default');
  const every = row(SUMMIT_PAGE, 'every');
  const ratio = (p: BlackBoxPage | undefined) => p && p.addedMs / p.emptyMs;
  return [
    {
      label: `black-box added @${INSTALLED_PAGE}`,
      value: installed?.addedMs,
      op: '≤',
      limit: BLACK_BOX_LIMITS.installedMs,
      unit: ' ms',
    },
    {
      label: `black-box added script, traced @${INSTALLED_PAGE}`,
      value: installed?.trace.addedScriptMs,
      op: '≤',
      limit: BLACK_BOX_LIMITS.installedMs,
      unit: ' ms',
    },
    {
      label: `black-box added/empty @${SUMMIT_PAGE}`,
      value: ratio(summit),
      op: '≤',
      limit: BLACK_BOX_LIMITS.summitRatio.default,
      unit: '',
    },
    {
      label: `black-box added/empty @${SUMMIT_PAGE}, every mention`,
      value: ratio(every),
      op: '≤',
      limit: BLACK_BOX_LIMITS.summitRatio.every,
      unit: '',
    },
    {
      label: `black-box mark.js added/ours @${SUMMIT_PAGE}`,
      value: summit && summit.markjsAddedMs / Math.max(summit.addedMs, 0.001),
      op: '≥',
      limit: BLACK_BOX_LIMITS.markjsOverLens,
      unit: '',
    },
    ...figures.pages.map((p) => ({
      label: `black-box longest task @${p.name}${p.marking === 'every' ? ', every mention' : ''}`,
      value: p.longestTaskMs,
      op: '≤' as const,
      limit: BLACK_BOX_LIMITS.longTaskMs,
      unit: ' ms',
    })),
  ];
}

const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : String(value);
const ms = (value: number) => fixed(value, value < 10 ? 1 : 0);
const kb = (bytes: number) =>
  bytes >= 1e6 ? `${fixed(bytes / 1e6, 2)} MB` : `${fixed(bytes / 1e3, 0)} KB`;
const spread = (s: Spread) => `${ms(s.min)}–${ms(s.max)}`;

/** A table: rows of cells under a header. */
interface Table {
  header: string[];
  rows: string[][];
}

/** The section's table. */
export function blackBoxTable(figures: BlackBoxFigures): Table {
  return {
    header: [
      'page',
      'marking',
      'text',
      'runs',
      'mentions',
      'empty ms',
      'Summit Lens ms',
      'added ms',
      'added/empty',
      'paired added ms',
      'added CPU ms',
      'mark.js added ms',
      'longest task ms',
      'empty range',
      'Summit Lens range',
      'mark.js range',
      'tail ms',
    ],
    rows: figures.pages.map((p) => [
      p.name,
      p.marking,
      kb(p.bytes),
      String(p.repetitions),
      String(p.mentions),
      ms(p.emptyMs),
      ms(p.lensMs),
      ms(p.addedMs),
      fixed(p.addedMs / p.emptyMs, 2),
      ms(p.pairedAddedMs),
      ms(p.addedCpuMs),
      ms(p.markjsAddedMs),
      ms(p.longestTaskMs),
      spread(p.spread.emptyMs),
      spread(p.spread.lensMs),
      spread(p.spread.markjsMs),
      ms(p.tailMs),
    ]),
  };
}

/** Where Summit Lens's traced time went, per page. */
export function blackBoxTraceTable(figures: BlackBoxFigures): Table {
  return {
    header: [
      'page',
      'marking',
      'traced loads',
      'script ms',
      'empty script ms',
      'added script ms',
      'floor added script ms',
      'paint ms',
      'longest script task ms',
      'longest paint task ms',
      'injected after load ms',
      'span ms',
    ],
    rows: figures.pages.map((p) => [
      p.name,
      p.marking,
      String(p.trace.loads),
      ms(p.trace.scriptMs),
      ms(p.trace.emptyScriptMs),
      ms(p.trace.addedScriptMs),
      p.trace.floorAddedScriptMs === undefined
        ? '–'
        : ms(p.trace.floorAddedScriptMs),
      ms(p.trace.paintMs),
      ms(p.trace.longestScriptMs),
      ms(p.trace.longestPaintMs),
      ms(p.trace.injectedAfterLoadMs),
      ms(p.trace.spanMs),
    ]),
  };
}
