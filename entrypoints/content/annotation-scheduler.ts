/**
 * Schedules the work of annotating one page: the likely check first, a full
 * scan only when the page is likely to be about the summits, rescans of what
 * changes, and a clean switch-off. Work runs one task at a time, and a scan
 * yields to the browser every few milliseconds, so no task runs long.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import { watchChanges, type ChangeBatch } from './change-watcher';
import { createMatcher, shortestMatch, type Matcher } from './matcher';
import type { MentionMarks } from './mention-marks';
import { MentionStore } from './mention-store';
import { Relevance } from './relevance';
import { TextReader, type ScanRoot, type SegmentVisitor } from './text-reader';
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
}

export class AnnotationScheduler {
  private readonly store: MentionStore;
  private readonly relevance: Relevance;
  /** Built on the first scan: most pages never get one. */
  private matcher: Matcher | undefined;
  /** Text shorter than this cannot hold a mention; set with the matcher. */
  private shortest = 0;
  private readonly listeners: (() => void)[] = [];
  private stopWatching: (() => void) | undefined;
  private work: Promise<void> = Promise.resolve();
  private active = false;
  /** Bumped by `stop()` so that a scan under way stops adding. */
  private generation = 0;

  constructor(private readonly options: AnnotationSchedulerOptions) {
    this.store = new MentionStore(options.lexicon);
    this.relevance = options.relevance ?? new Relevance(options.lexicon);
  }

  /** The page's mentions, once the page is found to be relevant. */
  get mentions(): MentionStore | undefined {
    return this.relevance.relevant ? this.store : undefined;
  }

  /** Calls `listener` after each change to the set of mentions. */
  onChange(listener: () => void): void {
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
    this.store.removeAll();
    this.options.marks.hideAll();
    this.relevance.reset();
    this.changed();
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

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.work = this.work.then(() => (this.active ? task() : undefined));
    return this.work;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** A summit story says so in its title or its opening; only then is the page scanned. */
  private async firstPass(): Promise<void> {
    const { body, title } = this.options.document;
    if (!body) return;
    this.relevance.search(title);
    this.relevance.searchOpening(body);
    if (!this.relevance.likely) return;
    await this.scan(body);
    this.changed();
  }

  private async rescan(batch: ChangeBatch): Promise<void> {
    if (!this.relevance.likely) {
      for (const root of batch.roots) this.relevance.searchOpening(root);
      if (this.relevance.likely) await this.firstPass();
      return;
    }
    const { marks } = this.options;
    marks.pageChanged();
    if (batch.removals) marks.hide(this.store.removeStale(batch.edited));
    for (const root of batch.roots) {
      marks.hide(this.store.removeWithin(root));
      await this.scan(root);
    }
    this.changed();
  }

  /**
   * Scans `root` for mentions, yielding to the browser every `sliceMs`.
   * Once the scan is done, marks what it found if the page is (or now
   * becomes) relevant.
   */
  private async scan(root: ScanRoot): Promise<void> {
    const generation = this.generation;
    const { lexicon } = this.options;
    this.shortest ||= shortestMatch(lexicon);
    const matcher = (this.matcher ??= createMatcher(lexicon));
    const { relevance, store } = this;
    const visit: SegmentVisitor = (text, locator) => {
      const matches = matcher(text);
      if (matches.length === 0) return;
      if (!relevance.relevant) relevance.note(matches);
      store.add(text, matches, locator.place(matches));
    };
    const reader = new TextReader(root, this.shortest);
    const sliceMs = this.options.sliceMs ?? 8;
    while (!reader.read(visit, performance.now() + sliceMs)) {
      await yieldToMain();
      if (generation !== this.generation) return;
    }
    if (relevance.relevant)
      await this.options.marks.show(store.takeNew(), sliceMs);
  }
}
