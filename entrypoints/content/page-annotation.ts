/**
 * The life of annotation on one page: a cheap gate first, a full scan only
 * when the page may be about the summits, rescans of what changes, and a
 * clean switch-off. Work is serialised so scans never overlap.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import { Annotator } from './annotator';
import { watchChanges, type ChangeBatch } from './change-watcher';
import { closedGate, createQuickGate, isOpen, type GateState } from './gate';
import type { Painter } from './painter';

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

/** How much of a page's opening text the gate reads before all of it. */
const LEAD_LENGTH = 4000;

/** About the first `length` characters of the text under `root`. */
function leadingText(root: Node, length: number): string {
  const walker = root.ownerDocument!.createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT,
  );
  const parts: string[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n && total < length; n = walker.nextNode()) {
    const data = (n as Text).data;
    parts.push(data);
    total += data.length;
  }
  return parts.join('');
}

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
    // A summit story usually says so in its title or its opening lines, which
    // are short enough to read for every name; only when they do not is the
    // whole text checked.
    const readings: [() => string, boolean][] = [
      [() => title, true],
      [() => leadingText(body, LEAD_LENGTH), true],
      [() => body.textContent ?? '', false],
    ];
    for (const [text, thorough] of readings) {
      if (isOpen(this.quickState)) break;
      this.quickGate(text(), this.quickState, thorough);
    }
    if (!isOpen(this.quickState)) return;
    this.annotator.clear();
    await this.annotator.scan(body);
    this.options.onChange?.();
  }

  private async onBatch(batch: ChangeBatch): Promise<void> {
    if (!isOpen(this.quickState)) {
      const state = this.quickState;
      for (const root of batch.roots)
        this.quickGate(root.textContent ?? '', state, false);
      // Kim is named at last: Putin may be anywhere on the page.
      if (state.kim && !state.putin && state.putinUnread) {
        state.putinUnread = false;
        const { body } = this.options.document;
        this.quickGate(body?.textContent ?? '', state, true);
      }
      if (isOpen(state)) await this.fullPass();
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
