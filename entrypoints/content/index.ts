import lexicon from 'virtual:summit-lens/lexicon';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  handleMessages,
  sendToBackground,
  tabMessages,
  type PageStatus,
} from '../../utils/messages';
import {
  isSiteEnabled,
  readSettings,
  watchSettings,
} from '../../utils/settings';
import { siteKey } from '../../utils/site';
import { AnnotationScheduler } from './annotation-scheduler';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { createEntryLoader } from './entry-loader';
import './highlights.css';
import { MentionMarks } from './mention-marks';
import { createHighlightPainter, highlightsSupported } from './painter';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    if (!highlightsSupported() || !(document instanceof HTMLDocument)) return;
    const site = siteKey(location.href);
    const marks = new MentionMarks(createHighlightPainter(), lexicon);
    const card = new CardHost(ctx);
    const scheduler = new AnnotationScheduler({
      document,
      lexicon,
      marks,
      ownHost: () => card.host,
    });
    const controller = new CardController({
      document,
      mentions: () => scheduler.mentions,
      marks,
      host: card,
      loadEntry: createEntryLoader(),
      openEntry: (entity) => void report('openEntry', { entity }),
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
      const counts = scheduler.mentions?.counts() ?? new Map<number, number>();
      const entities = [...counts]
        .flatMap(([entity, count]) => {
          const id = lexicon.entities[entity]?.id;
          return id ? [{ id, count }] : [];
        })
        .sort((a, b) => b.count - a.count);
      return {
        site,
        enabled,
        relevant: scheduler.mentions !== undefined,
        entities,
        total: entities.reduce((sum, e) => sum + e.count, 0),
      };
    };
    const apply = (on: boolean) => {
      if (on === enabled) return;
      enabled = on;
      if (on) void scheduler.start();
      else {
        controller.close();
        scheduler.stop();
      }
    };

    scheduler.onChange(() => {
      controller.closeIfGone();
      void report('mentions', { total: status().total });
    });
    ctx.onInvalidated(
      handleMessages(tabMessages, {
        status: () => scheduler.settled().then(status),
        nextMention: ({ entity }) =>
          scheduler.settled().then(() => controller.next(entity)),
      }),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!enabled) return;
      controller.close();
      void scheduler.restart();
    });
    ctx.onInvalidated(() => {
      controller.close();
      scheduler.stop();
    });
    ctx.onInvalidated(
      watchSettings((settings) => apply(isSiteEnabled(settings, site))),
    );
    apply(isSiteEnabled(await readSettings(), site));
  },
});

/** Tells the background something; a failure is logged, not thrown. */
async function report(
  ...[name, data]:
    ['mentions', { total: number }] | ['openEntry', { entity: string }]
): Promise<void> {
  try {
    await sendToBackground(name, data);
  } catch (error) {
    console.warn(`Summit Lens: the extension did not take "${name}"`, error);
  }
}
