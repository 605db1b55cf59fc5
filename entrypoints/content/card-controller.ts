/**
 * Decides when the hover card shows and for which mention: pointer hover
 * with intent timing, taps, the "next mention" command, Escape, and focus
 * that goes into the card and comes back.
 */
import type { EntryData } from '../../knowledge/query';
import { compareMentions, type Annotator, type Mention } from './annotator';
import type { CardContent, CardHost } from './card-host';
import { mentionAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import type { Painter } from './painter';
import { whyMarked } from './why-marked';

export interface CardControllerOptions {
  document: Document;
  annotator: Annotator;
  painter: Painter;
  host: CardHost;
  /** Loads what the card shows about an entity. */
  loadEntry(id: string): Promise<EntryData | undefined>;
  /** The "next mention" shortcut as the browser reports it, if one is set. */
  loadShortcut(): Promise<string | undefined>;
  /** Registers a listener that is removed when the content script ends. */
  listen(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

export class CardController {
  private readonly intent: HoverIntent<Mention>;
  private returnFocus: Element | null = null;
  private cursor: Mention | undefined;
  private pointerFrame = 0;
  /** The latest pointer position, read when the next frame comes. */
  private lastPointer: { x: number; y: number; overCard: boolean } | undefined;
  private rendering: Promise<void> = Promise.resolve();
  /** What the open card shows: the mention's entry, then related ones. */
  private trail: CardContent[] = [];

  constructor(private readonly options: CardControllerOptions) {
    this.intent = new HoverIntent<Mention>({
      show: (mention) => {
        this.rendering = this.render(mention);
      },
      hide: () => this.hideCard(),
    });
    const { listen, document: doc } = options;
    listen(doc, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), {
      passive: true,
    });
    listen(doc, 'pointerdown', (e) => this.onPointerDown(e as PointerEvent), {
      passive: true,
    });
    listen(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), {
      capture: true,
    });
  }

  /** Closes the card, if open. */
  close(): void {
    this.intent.close();
  }

  /** The mention whose card is open. */
  get current(): Mention | undefined {
    return this.intent.current;
  }

  /**
   * Moves to the next mention after the last one visited (of one entity, if
   * given): scrolls it into view, marks it active, opens its card and puts
   * the focus in the card. Returns false when there is none.
   */
  async next(entityId?: string): Promise<boolean> {
    const { annotator } = this.options;
    const all = annotator
      .list()
      .filter(
        (m) =>
          !entityId || annotator.lexicon.entities[m.entity]!.id === entityId,
      );
    if (all.length === 0) return false;
    const after = this.cursor;
    const next =
      (after && all.find((m) => compareMentions(m, after) > 0)) ?? all[0]!;
    this.cursor = next;
    const doc = this.options.document;
    if (!this.intent.current) this.returnFocus = doc.activeElement;
    next.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: 'instant',
    });
    this.intent.open(next);
    await this.rendering;
    this.options.host.card?.focus();
    return true;
  }

  private async render(mention: Mention): Promise<void> {
    const { annotator, painter, host, loadEntry, loadShortcut } = this.options;
    const entity = annotator.lexicon.entities[mention.entity]!;
    painter.setActive(mention.range);
    const content: CardContent = {
      name: entity.name,
      entry: undefined,
      why: whyMarked(
        annotator.lexicon,
        mention.entity,
        mention.range.toString(),
      ),
      shortcut: undefined,
      pageUrl: this.options.document.URL,
    };
    this.trail = [content];
    await host.show(mention.range, content);
    const [entry, shortcut] = await Promise.all([
      loadEntry(entity.id),
      loadShortcut(),
    ]);
    if (this.intent.current !== mention) return;
    this.trail = [{ ...content, entry, shortcut }];
    await host.show(mention.range, this.trail[0]!);
  }

  /** Shows another entity's entry in the open card (a related link). */
  async showRelated(id: string): Promise<void> {
    const mention = this.intent.current;
    const from = this.trail[this.trail.length - 1];
    if (!mention || !from) return;
    const entry = await this.options.loadEntry(id);
    if (!entry || this.intent.current !== mention) return;
    this.trail.push({
      ...from,
      name: entry.entity.name,
      entry,
      why: undefined,
      back: from.name,
    });
    await this.options.host.show(mention.range, this.trail.at(-1)!);
  }

  /** Goes back to the entry shown before the last related link. */
  async back(): Promise<void> {
    const mention = this.intent.current;
    if (!mention || this.trail.length < 2) return;
    this.trail.pop();
    await this.options.host.show(mention.range, this.trail.at(-1)!);
  }

  private hideCard(): void {
    this.trail = [];
    this.options.painter.setActive(null);
    this.options.host.hide();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target instanceof HTMLElement || target instanceof SVGElement)
      target.focus({ preventScroll: true });
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    // The event's composed path is only readable while it is dispatched.
    this.lastPointer = {
      x: event.clientX,
      y: event.clientY,
      overCard: this.options.host.contains(event),
    };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const pointer = this.lastPointer;
      if (!pointer) return;
      if (pointer.overCard) this.intent.pointAtCard();
      else this.intent.pointAt(this.hit(pointer.x, pointer.y));
    });
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.options.host.contains(event)) return;
    const mention = this.hit(event.clientX, event.clientY);
    if (event.pointerType === 'touch' && mention) this.intent.open(mention);
    else if (!mention) this.intent.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.intent.current) {
      event.stopPropagation();
      this.intent.close();
    }
  }

  private hit(x: number, y: number): Mention | undefined {
    if (!this.options.annotator.isOpen) return undefined;
    return mentionAtPoint(this.options.document, this.options.annotator, x, y);
  }
}
