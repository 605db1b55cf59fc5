/**
 * Hosts the hover card: a Preact tree in an open shadow root whose host is
 * `<summit-lens-card>`, created on first use, put back if the page removes
 * it, and positioned with Floating UI against the mention's range.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { createRef, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import componentsCss from '../../components/components.css?inline';
import type { EntryData } from '../../knowledge/query';
import cardCss from './card.css?inline';
import { CardView } from './card-view';

export const CARD_HOST_TAG = 'summit-lens-card';

/** What the card shows: the entity's name, then its entry, or a failure. */
export interface CardState {
  name: string;
  entry?: EntryData;
  /** Set when the entry could not be loaded: asks for it again. */
  failed?: () => void;
}

export interface CardHandlers {
  onClose(): void;
  onSelectRelated(id: string): void;
  onOpenEntry(id: string): void;
}

/** A virtual reference for Floating UI built from a range's client rects. */
function rangeReference(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement:
      range.startContainer.parentElement ??
      range.startContainer.ownerDocument?.body ??
      undefined,
  };
}

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private readonly cardRef = createRef<HTMLDivElement>();

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The host element, when it is on the page. */
  get host(): HTMLElement | undefined {
    return this.ui?.shadowHost.isConnected ? this.ui.shadowHost : undefined;
  }

  /** The card's dialog element, when shown. */
  get card(): HTMLDivElement | null {
    return this.cardRef.current;
  }

  /** Shows (or updates) the card next to `range`. */
  async show(
    range: Range,
    state: CardState,
    handlers: CardHandlers,
  ): Promise<void> {
    const ui = await this.ensureMounted();
    render(
      <CardView {...state} {...handlers} cardRef={this.cardRef} />,
      ui.uiContainer,
    );
    const card = this.cardRef.current;
    if (!card) return;
    this.stopAutoUpdate?.();
    const reference = rangeReference(range);
    const place = () =>
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              const height = Math.min(520, Math.max(160, availableHeight));
              card.style.maxHeight = `${height}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    this.stopAutoUpdate = autoUpdate(reference, card, place);
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    if (this.ui) render(null, this.ui.uiContainer);
  }

  /** Whether an event came from inside the card. */
  contains(event: Event): boolean {
    const host = this.host;
    return host !== undefined && event.composedPath().includes(host);
  }

  private async ensureMounted(): Promise<ShadowRootContentScriptUi<void>> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${componentsCss}\n${cardCss}`,
      onMount: () => undefined,
    });
    if (!this.ui.shadowHost.isConnected) {
      // First use, or the page removed our host: start from a clean tree.
      render(null, this.ui.uiContainer);
      this.ui.remove();
      this.ui.mount();
    }
    return this.ui;
  }
}
