import type { EntryData } from '../../knowledge/query';
import lexicon from 'virtual:summit-lens/lexicon';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  isSummitLensMessage,
  type BackgroundRequest,
  type PageStatus,
} from '../../utils/messages';
import {
  isSiteEnabled,
  readSettings,
  watchSettings,
} from '../../utils/settings';
import { siteKey } from '../../utils/site';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import './highlights.css';
import { PageAnnotation } from './page-annotation';
import { createHighlightPainter, highlightsSupported } from './painter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!highlightsSupported() || !(document instanceof HTMLDocument)) return;
    const site = siteKey(location.href);
    const send = (message: BackgroundRequest) =>
      browser.runtime.sendMessage(message).catch(() => undefined);
    const entries = new Map<string, Promise<EntryData | undefined>>();
    const loadEntry = (entity: string) => {
      let entry = entries.get(entity);
      if (!entry) {
        entry = send({ type: 'summit-lens:entry', entity }) as Promise<
          EntryData | undefined
        >;
        entries.set(entity, entry);
      }
      return entry;
    };

    const painter = createHighlightPainter();
    const card = new CardHost(ctx, {
      onClose: () => controller.close(),
      onSelectRelated: (id) => void controller.showRelated(id),
      onBack: () => void controller.back(),
      onOpenEntry: (entity) =>
        void send({ type: 'summit-lens:open-entry', entity }),
    });
    const page = new PageAnnotation({
      document,
      lexicon,
      painter,
      ownHost: () => card.host,
      onChange: () => {
        if (controller.current && !page.annotator.has(controller.current))
          controller.close();
        void send({ type: 'summit-lens:mentions', total: status().total });
      },
    });
    const controller = new CardController({
      document,
      annotator: page.annotator,
      painter,
      host: card,
      loadEntry,
      loadShortcut: () =>
        send({ type: 'summit-lens:shortcut' }).then((s) =>
          typeof s === 'string' ? s : undefined,
        ),
      listen: (target, type, listener, options) =>
        ctx.addEventListener(
          target,
          type as keyof WindowEventMap,
          listener,
          options,
        ),
    });
    let enabled = false;

    const status = (): PageStatus => {
      const entities = [...page.annotator.counts()]
        .map(([entity, count]) => ({ id: lexicon.entities[entity]!.id, count }))
        .sort((a, b) => b.count - a.count);
      return {
        site,
        enabled,
        relevant: page.annotator.isOpen,
        entities,
        total: entities.reduce((sum, e) => sum + e.count, 0),
      };
    };
    const apply = (on: boolean) => {
      if (on === enabled) return;
      enabled = on;
      if (on) void page.start();
      else {
        controller.close();
        page.stop();
      }
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isSummitLensMessage(message)) return undefined;
      if (message.type === 'summit-lens:status')
        return page.settled().then(status);
      if (message.type === 'summit-lens:next-mention')
        return page.settled().then(() => controller.next(message.entity));
      return undefined;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!enabled) return;
      controller.close();
      void page.restart();
    });
    ctx.onInvalidated(() => {
      controller.close();
      page.stop();
    });
    ctx.onInvalidated(
      watchSettings((settings) => apply(isSiteEnabled(settings, site))),
    );
    apply(isSiteEnabled(await readSettings(), site));
  },
});
