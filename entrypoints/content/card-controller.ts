/**
 * Decides when the hover card shows and for which mention: pointer hover
 * with intent timing, taps, the "next mention" command, Escape, focus that
 * goes into the card and comes back, and the trail of entries that related
 * links open inside the card.
 */
import type { EntryData } from '../../knowledge/query';
import type { CardContent, CardHandlers, CardHost } from './card-host';
import { mentionAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import type { MentionMarks } from './mention-marks';
import {
  compareMentions,
  type Mention,
  type MentionStore,
} from './mention-store';
import { whyMarked } from './why-marked';

export interface CardControllerOptions {
  document: Document;
  /** The page's mentions, when the page is relevant. */
  mentions(): MentionStore | undefined;
  marks: MentionMarks;
  host: CardHost;
  /** Loads what the card shows about an entity; rejects when it cannot. */
  loadEntry(id: string): Promise<EntryData>;
  /** The "next mention" shortcut as the browser reports it, if one is set. */
  loadShortcut(): Promise<string | undefined>;
  /** Opens an entity's full entry in the extension. */
  openEntry(id: string): void;
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
  private readonly handlers: CardHandlers;
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
    this.handlers = {
      onClose: () => this.close(),
      onSelectRelated: (id) => void this.showRelated(id),
      onBack: () => this.back(),
      onOpenEntry: (id) => options.openEntry(id),
    };
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

  /** Closes the card if its mention no longer counts (the page changed). */
  closeIfGone(): void {
    const current = this.intent.current;
    if (current && !this.options.mentions()?.has(current)) this.close();
  }

  /**
   * Moves to the next mention after the last one visited (of one entity, if
   * given): scrolls it into view, marks it active, opens its card and puts
   * the focus in the card. Returns false when there is none.
   */
  async next(entityId?: string): Promise<boolean> {
    const store = this.options.mentions();
    if (!store) return false;
    const all = store
      .list()
      .filter((m) => !entityId || this.entityOf(m).id === entityId);
    const after = this.cursor;
    const next =
      (after && all.find((m) => compareMentions(m, after) > 0)) ?? all[0];
    if (!next) return false;
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

  /** Shows the card for a mention: its name at once, then its entry. */
  private async render(mention: Mention): Promise<void> {
    const store = this.options.mentions();
    if (!store) return;
    const entity = this.entityOf(mention);
    this.options.marks.setActive(mention);
    const content: CardContent = {
      name: entity.name,
      entry: undefined,
      why: whyMarked(
        store.lexicon,
        mention.entity,
        mention.range.toString(),
        store.fullNameOf(mention.entity),
      ),
      shortcut: undefined,
      pageUrl: this.options.document.URL,
    };
    this.trail = [content];
    this.show(mention);
    const [loaded, shortcut] = await Promise.all([
      this.load(entity.id),
      this.options.loadShortcut(),
    ]);
    if (this.intent.current !== mention) return;
    this.trail = [
      loaded
        ? { ...content, entry: loaded, shortcut }
        : { ...content, shortcut, failed: () => void this.render(mention) },
    ];
    this.show(mention);
  }

  /** Shows another entity's entry in the open card (a related link). */
  private async showRelated(id: string): Promise<void> {
    const mention = this.intent.current;
    const from = this.trail.at(-1);
    if (!mention || !from) return;
    const entry = await this.load(id);
    if (!entry || this.intent.current !== mention) return;
    this.trail.push({
      ...from,
      name: entry.entity.name,
      entry,
      why: undefined,
      back: from.name,
    });
    this.show(mention);
  }

  /** Goes back to the entry shown before the last related link. */
  private back(): void {
    const mention = this.intent.current;
    if (!mention || this.trail.length < 2) return;
    this.trail.pop();
    this.show(mention);
  }

  /** An entry, or undefined (logged) when it cannot be loaded. */
  private async load(id: string): Promise<EntryData | undefined> {
    try {
      return await this.options.loadEntry(id);
    } catch (error) {
      if (this.intent.current)
        console.warn(`Summit Lens: could not load the entry "${id}"`, error);
      return undefined;
    }
  }

  private show(mention: Mention): void {
    const content = this.trail.at(-1);
    if (content) this.options.host.show(mention.range, content, this.handlers);
  }

  private entityOf(mention: Mention) {
    const store = this.options.mentions();
    const entity = store?.lexicon.entities[mention.entity];
    if (!entity) throw new RangeError(`no entity ${mention.entity}`);
    return entity;
  }

  private hideCard(): void {
    this.trail = [];
    this.options.marks.setActive(undefined);
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
    const store = this.options.mentions();
    return store && mentionAtPoint(this.options.document, store, x, y);
  }
}
