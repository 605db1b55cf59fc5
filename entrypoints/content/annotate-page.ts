import lexicon from 'virtual:summit-lens/lexicon';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  sendToBackground,
  type Handlers,
  type PageStatus,
  type TabMessages,
} from '../../utils/messages';
import {
  isSiteEnabled,
  watchSettings,
  type Settings,
} from '../../utils/settings';
import { siteKey } from '../../utils/site';
import { AnnotationScheduler } from './annotation-scheduler';
import { tellBackground } from './background-report';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { createEntryLoader } from './entry-loader';
import {
  InvalidationWatch,
  isInvalidatedError,
  removalOf,
} from './invalidation';
import { MentionMarks } from './mention-marks';
import { createHighlightPainter } from './painter';
import type { Relevance } from './relevance';

/** What the content script's bootstrap hands the annotator. */
export interface PageStart {
  /** The settings, as last read. */
  settings: Settings;
  /** The page's relevance so far: the bootstrap found it likely. */
  relevance: Relevance;
}

/**
 * Annotates the page this content script runs in, for as long as the
 * extension lives: follows the site switch, marks mentions on a relevant
 * page, opens cards and tells the toolbar button. Returns the answers to
 * the popup's messages about the page.
 */
export function annotatePage(
  ctx: ContentScriptContext,
  start: PageStart,
): Handlers<TabMessages> {
  const site = siteKey(location.href);
  const loadEntry = createEntryLoader();
  const marks = new MentionMarks(createHighlightPainter(), lexicon);
  const card = new CardHost(ctx);
  const scheduler = new AnnotationScheduler({
    document,
    lexicon,
    marks,
    ownHost: () => card.host,
    relevance: start.relevance,
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
    openEntry: (entity) => void tellBackground(ctx, 'openEntry', { entity }),
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
    void tellBackground(ctx, 'mentions', { total: status().total, enabled });
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
  apply(isSiteEnabled(start.settings, site));
  return {
    status: () => scheduler.settled().then(status),
    nextMention: ({ entity }) =>
      scheduler.settled().then(() => controller.next(entity)),
  };
}
