/**
 * Schedules the work of annotating one page: the likely check first, a scan
 * only when the page is likely to be about the summits, rescans of what
 * changes, and a clean switch-off. Work runs one task at a time, and a scan
 * yields to the browser every few milliseconds, so no task runs long.
 *
 * A relevant page is read from its top to the reading horizon (see
 * `reading-horizon.ts`); the first pass then pauses, and reads on when the
 * reader scrolls near where it stopped, or when `readAll()` asks for the
 * whole page.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import { watchChanges, type ChangeBatch } from './change-watcher';
import { createMatcher, shortestMatch, type Matcher } from './matcher';
import type { MentionMarks } from './mention-marks';
import { MentionStore } from './mention-store';
import { ReadingHorizon } from './reading-horizon';
import { Relevance } from './relevance';
import { TextReader, type ReadStop, type SegmentVisitor } from './text-reader';
import { yieldToMain } from './yield-to-main';

export interface AnnotationSchedulerOptions {
  document: Document;
  lexicon: Lexicon;
  marks: MentionMarks;
  /** The extension's own UI host, whose content is never scanned. */
  ownHost?: () => Element | undefined;
  /** How long changes to the page are gathered before a rescan, in ms. */
  delayMs?: number;
  /** Longest stretch of scanning before yielding to the browser, in ms. */
  sliceMs?: number;
  /** What is known of the page's relevance already; a fresh start if none. */
  relevance?: Relevance;
  /** Where the first pass pauses; the window's horizon if none. */
  horizon?: ReadingHorizon;
}

/** How the page's mentions changed: the page changed, or more of it was read. */
export type MentionChange = 'page' | 'further';

export class AnnotationScheduler {
  private readonly store: MentionStore;
  private readonly relevance: Relevance;
  /** Built on the first scan: most pages never get one. */
  private matcher: Matcher | undefined;
  /** Text shorter than this cannot hold a mention; set with the matcher. */
  private shortest = 0;
  private readonly listeners: ((change: MentionChange) => void)[] = [];
  private stopWatching: (() => void) | undefined;
  private readonly horizon: ReadingHorizon;
  /** The first pass, paused at the horizon, with what stops its waiting. */
  private paused: { reader: TextReader; stop: () => void } | undefined;
  private work: Promise<void> = Promise.resolve();
  private active = false;
  /** Bumped by `stop()` so that a scan under way stops adding. */
  private generation = 0;

  constructor(private readonly options: AnnotationSchedulerOptions) {
    this.store = new MentionStore(options.lexicon);
    this.relevance = options.relevance ?? new Relevance(options.lexicon);
    this.horizon = options.horizon ?? new ReadingHorizon(window);
  }

  /** The page's mentions, once the page is found to be relevant. */
  get mentions(): MentionStore | undefined {
    return this.relevance.relevant ? this.store : undefined;
  }

  /** Calls `listener` after each change to the set of mentions. */
  onChange(listener: (change: MentionChange) => void): void {
    this.listeners.push(listener);
  }

  /** Starts annotating; resolves when the first pass is done. */
  start(): Promise<void> {
    if (this.active) return this.work;
    this.active = true;
    this.stopWatching = watchChanges(
      this.options.document,
      (batch) => this.enqueue(() => this.rescan(batch)),
      { delayMs: this.options.delayMs, ownHost: this.options.ownHost },
    );
    return this.enqueue(() => this.firstPass());
  }

  /** Removes every mark at once and stops watching. */
  stop(): void {
    this.active = false;
    this.generation += 1;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.paused?.stop();
    this.paused = undefined;
    this.horizon.reset();
    this.store.removeAll();
    this.options.marks.hideAll();
    this.relevance.reset();
    this.changed('page');
  }

  /** Forgets everything and reads the page again (after SPA navigation). */
  restart(): Promise<void> {
    this.stop();
    return this.start();
  }

  /** Resolves when all queued work is done. */
  settled(): Promise<void> {
    return this.work;
  }

  /** Lifts the horizon: resolves once the whole page has been read. */
  readAll(): Promise<void> {
    this.horizon.lift();
    return this.enqueue(() => this.readOn());
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.work = this.work.then(() => (this.active ? task() : undefined));
    return this.work;
  }

  private changed(change: MentionChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** A summit story says so in its title or its opening; only then is the page scanned. */
  private async firstPass(): Promise<void> {
    const { body, title } = this.options.document;
    if (!body) return;
    this.relevance.search(title);
    this.relevance.searchOpening(body);
    if (!this.relevance.likely) return;
    const asRead = !this.horizon.isLifted;
    const reader = new TextReader(
      body,
      this.shortestMatch(),
      undefined,
      asRead,
    );
    await this.read(reader, true);
    this.changed('page');
  }

  /** Goes on with the first pass if it paused and the horizon has moved past it. */
  private async readOn(): Promise<void> {
    const paused = this.paused;
    if (!paused) return;
    if (this.horizon.holds(paused.reader)) return;
    paused.stop();
    this.paused = undefined;
    await this.read(paused.reader, true);
    this.changed('further');
  }

  private async rescan(batch: ChangeBatch): Promise<void> {
    if (!this.relevance.likely) {
      for (const root of batch.roots) this.relevance.searchOpening(root);
      if (this.relevance.likely) await this.firstPass();
      return;
    }
    // A change where the first pass has not read yet: read the rest first,
    // so that nothing is read twice or missed.
    if (this.paused && !batch.roots.every((root) => this.readPast(root))) {
      this.horizon.lift();
      await this.readOn();
    }
    const { marks } = this.options;
    marks.pageChanged();
    if (batch.removals) marks.hide(this.store.removeStale(batch.edited));
    for (const root of batch.roots) {
      marks.hide(this.store.removeWithin(root));
      await this.read(new TextReader(root, this.shortestMatch()), false);
    }
    this.changed('page');
  }

  /** Whether the paused first pass has read past all of `root`. */
  private readPast(root: Node): boolean {
    const last = this.paused?.reader.lastRead;
    if (!last) return false;
    const at = last.compareDocumentPosition(root);
    return (
      (at & Node.DOCUMENT_POSITION_PRECEDING) !== 0 &&
      (at & Node.DOCUMENT_POSITION_CONTAINS) === 0
    );
  }

  private shortestMatch(): number {
    return (this.shortest ||= shortestMatch(this.options.lexicon));
  }

  /**
   * Reads on with `reader`, yielding to the browser every `sliceMs`; the
   * first pass stops at the horizon once the page is relevant, and waits
   * for the reader to scroll. Once it stops, marks what it found if the
   * page is (or now becomes) relevant.
   */
  private async read(reader: TextReader, firstPass: boolean): Promise<void> {
    const generation = this.generation;
    const matcher = (this.matcher ??= createMatcher(this.options.lexicon));
    const { relevance, store, horizon } = this;
    const visit: SegmentVisitor = (text, locator) => {
      const matches = matcher(text);
      if (matches.length === 0) return;
      if (!relevance.relevant) relevance.note(matches);
      store.add(text, matches, locator.place(matches));
    };
    const beyond = firstPass
      ? (el: Element, read: number) =>
          relevance.relevant && horizon.beyond(el, read)
      : undefined;
    const sliceMs = this.options.sliceMs ?? 8;
    let stop: ReadStop;
    while (
      (stop = reader.read(visit, performance.now() + sliceMs, beyond)) ===
      'time'
    ) {
      await yieldToMain();
      if (generation !== this.generation) return;
    }
    if (stop === 'horizon') this.pause(reader);
    if (relevance.relevant)
      await this.options.marks.show(store.takeNew(), sliceMs);
  }

  /** Waits for the reader to scroll near where `reader` stopped. */
  private pause(reader: TextReader): void {
    const stop = this.horizon.whenPast(reader, () => {
      if (this.paused?.reader === reader)
        void this.enqueue(() => this.readOn());
    });
    this.paused = { reader, stop };
  }
}
