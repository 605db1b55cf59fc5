import lexicon from 'virtual:summit-lens/lexicon';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
import {
  InvalidationWatch,
  isInvalidatedError,
  removalOf,
} from './invalidation';
import { MentionMarks } from './mention-marks';
import { createHighlightPainter, highlightsSupported } from './painter';

/**
 * Annotates the page this content script runs in, for as long as the
 * extension lives: follows the site switch, marks mentions on a relevant
 * page, opens cards, answers the popup and tells the toolbar button.
 */
export async function annotatePage(ctx: ContentScriptContext): Promise<void> {
  if (!highlightsSupported() || !(document instanceof HTMLDocument)) return;
  const site = siteKey(location.href);
  /** Tells the background something; a failure is logged, not thrown. */
  const report = async (
    ...[name, data]:
      | ['mentions', { total: number; enabled: boolean }]
      | ['openEntry', { entity: string }]
  ): Promise<void> => {
    if (ctx.isInvalid) return;
    try {
      await sendToBackground(name, data);
    } catch (error) {
      if (isInvalidatedError(error)) ctx.notifyInvalidated();
      else
        console.warn(
          `Summit Lens: the extension did not take "${name}"`,
          error,
        );
    }
  };
  const loadEntry = createEntryLoader();
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
    loadEntry: (id) =>
      loadEntry(id).catch((error: unknown) => {
        if (isInvalidatedError(error)) ctx.notifyInvalidated();
        throw error;
      }),
    loadShortcut: () =>
      sendToBackground('shortcut', {}).then(
        (shortcut) => shortcut ?? undefined,
        (error: unknown) => {
          console.warn('Summit Lens: no keyboard shortcut to show', error);
          return undefined;
        },
      ),
    openEntry: (entity) => void report('openEntry', { entity }),
    listen: (target, type, listener, options) =>
      ctx.addEventListener(
        target,
        type as keyof WindowEventMap,
        listener,
        options,
      ),
  });
  const invalidation = new InvalidationWatch(ctx);
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
  const reportToToolbar = () =>
    void report('mentions', { total: status().total, enabled });
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
    invalidation.watch(scheduler.mentions !== undefined);
    reportToToolbar();
  });
  ctx.onInvalidated(
    removalOf(
      handleMessages(tabMessages, {
        status: () => scheduler.settled().then(status),
        nextMention: ({ entity }) =>
          scheduler.settled().then(() => controller.next(entity)),
      }),
    ),
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!enabled) return;
    controller.close();
    void scheduler.restart();
  });
  // The extension was updated or removed while the page stayed open:
  // leave the page as it was, quietly. The card's host removes itself.
  ctx.onInvalidated(() => {
    console.debug(
      'Summit Lens: the extension was updated or removed; its marks on this page are gone',
    );
    controller.close();
    scheduler.stop();
  });
  ctx.onInvalidated(
    removalOf(
      watchSettings((settings) => apply(isSiteEnabled(settings, site))),
    ),
  );
  apply(isSiteEnabled(await readSettings(), site));
  // A site switched off shows so on the toolbar from the start.
  if (!enabled) reportToToolbar();
}
