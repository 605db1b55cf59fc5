/**
 * The life of annotation on one page: a cheap gate first, a full scan only
 * when the page may be about the summits, rescans of what changes, and a
 * clean switch-off. Work is serialised so scans never overlap.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import { Annotator } from './annotator';
import { watchChanges, type ChangeBatch } from './change-watcher';
import { closedGate, createQuickGate, isOpen, type GateState } from './gate';
import { openingStretches } from './opening-text';
import type { Painter } from './painter';
import type { ScanRoot } from './text-segments';

export interface PageAnnotationOptions {
  document: Document;
  lexicon: Lexicon;
  painter: Painter;
  /** The extension's own UI host, whose content is never scanned. */
  ownHost?: () => Element | undefined;
  /** Called after each change to the set of mentions. */
  onChange?: () => void;
  delayMs?: number;
}

/**
 * How much of a page's prose (its text less scripts and styles), or of text
 * added later, the gate reads at most: a page about the summits names them
 * long before this (about 17,000 words, more than the longest feature with
 * all its menus), and the gate's cost stays the same however long the page
 * is.
 */
const GATE_TEXT_LIMIT = 100_000;

export class PageAnnotation {
  readonly annotator: Annotator;
  private readonly quickGate;
  private quickState: GateState = closedGate();
  private stopWatching: (() => void) | undefined;
  private work: Promise<void> = Promise.resolve();
  private active = false;

  constructor(private readonly options: PageAnnotationOptions) {
    this.annotator = new Annotator({
      lexicon: options.lexicon,
      painter: options.painter,
    });
    this.quickGate = createQuickGate(options.lexicon);
  }

  /** Starts annotating; resolves when the first pass is done. */
  start(): Promise<void> {
    if (this.active) return this.work;
    this.active = true;
    this.stopWatching = watchChanges(
      this.options.document,
      (batch) => this.enqueue(() => this.onBatch(batch)),
      { delayMs: this.options.delayMs, ownHost: this.options.ownHost },
    );
    return this.enqueue(() => this.fullPass());
  }

  /** Removes every mark at once and stops watching. */
  stop(): void {
    this.active = false;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.annotator.clear();
    this.quickState = closedGate();
    this.options.onChange?.();
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

  private async fullPass(): Promise<void> {
    const { body, title } = this.options.document;
    if (!body) return;
    // A summit story says so in its title or its opening, and only then is
    // the whole page scanned.
    this.quickGate(title, this.quickState);
    this.readOpening(body);
    if (!isOpen(this.quickState)) return;
    this.annotator.clear();
    await this.annotator.scan(body);
    this.options.onChange?.();
  }

  /** Reads the opening of `root` into the gate until the gate opens. */
  private readOpening(root: ScanRoot): void {
    if (isOpen(this.quickState)) return;
    for (const stretch of openingStretches(root, GATE_TEXT_LIMIT)) {
      this.quickGate(stretch, this.quickState);
      if (isOpen(this.quickState)) return;
    }
  }

  private async onBatch(batch: ChangeBatch): Promise<void> {
    if (!isOpen(this.quickState)) {
      for (const root of batch.roots) this.readOpening(root);
      if (isOpen(this.quickState)) await this.fullPass();
      return;
    }
    if (batch.removals) this.annotator.prune(batch.edited);
    for (const root of batch.roots) {
      this.annotator.forget(root);
      await this.annotator.scan(root);
    }
    this.options.onChange?.();
  }
}
