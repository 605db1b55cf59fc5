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
import componentsCss from '../../components/components.css?inline';
import cardCss from './card.css?inline';
import { CardView, type CardContent, type CardHandlers } from './card-view';
import { createShadowHost, type ShadowHost } from './shadow-host';

export type { CardContent, CardHandlers };

export const CARD_HOST_TAG = 'summit-lens-card';

/** Narrower than this, the card takes the screen's width: a phone. */
const PHONE_WIDTH = 600;

/**
 * The tallest the card may be in a viewport of this size: at most 45% of its
 * height, and on a wider screen, where the card is a narrow column beside
 * the text, at most 320 px. On a phone held upright the full-width card
 * wraps more, and takes what 45% gives it.
 */
export function cardMaxHeight(width: number, height: number): number {
  const share = height * 0.45;
  return Math.floor(width < PHONE_WIDTH ? share : Math.min(320, share));
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
  private ui: ShadowHost | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private readonly cardRef = createRef<HTMLDivElement>();

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The host element, when it is on the page. */
  get host(): HTMLElement | undefined {
    return this.ui?.host.isConnected ? this.ui.host : undefined;
  }

  /** The card's dialog element, when shown. */
  get card(): HTMLDivElement | null {
    return this.cardRef.current;
  }

  /** Shows (or updates) the card next to `range`. */
  show(range: Range, content: CardContent, handlers: CardHandlers): void {
    const container = this.ensureMounted();
    render(
      <CardView {...content} {...handlers} cardRef={this.cardRef} />,
      container,
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
              const height = Math.min(
                cardMaxHeight(window.innerWidth, window.innerHeight),
                Math.max(160, availableHeight),
              );
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
    if (this.ui) render(null, this.ui.container);
  }

  /** Whether an event came from inside the card. */
  contains(event: Event): boolean {
    const host = this.host;
    return host !== undefined && event.composedPath().includes(host);
  }

  /** The card's container, its host put (back) at the end of the body. */
  private ensureMounted(): HTMLElement {
    if (!this.ui) {
      const ui = createShadowHost(
        document,
        CARD_HOST_TAG,
        `${componentsCss}\n${cardCss}`,
      );
      this.ui = ui;
      this.ctx.onInvalidated(() => {
        render(null, ui.container);
        ui.host.remove();
      });
    }
    const { host, container } = this.ui;
    if (!host.isConnected) {
      // First use, or the page removed our host: start from a clean tree.
      render(null, container);
      (document.body ?? document.documentElement).append(host);
    }
    return container;
  }
}
