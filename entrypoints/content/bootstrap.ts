/**
 * The part of the content script that every page loads, kept small: most
 * pages are not about the summits and should pay almost nothing. It reads
 * the site switch, searches the page's title and opening for a sign that it
 * may be about the summits (the likely step of `Relevance`), and follows the
 * page's changes and the settings. Only on a likely page of a site switched
 * on does it load the annotator (matcher, marks, cards), a chunk of its own,
 * and hand the page over. It answers the popup's messages about the page
 * throughout, itself until the annotator runs and through it after.
 */
import gate from 'virtual:summit-lens/gate';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  handleMessages,
  tabMessages,
  type Handlers,
  type PageStatus,
  type TabMessages,
} from '../../utils/messages';
import {
  peekSettings,
  watchStoredSettings,
  type StoredSettings,
} from '../../utils/settings';
import { siteKey } from '../../utils/site';
import type { annotatePage } from './annotate-page';
import { tellBackground } from './background-report';
import { watchChanges } from './change-watcher';
import { removalOf } from './invalidation';
import { highlightsSupported } from './painter';
import { Relevance } from './relevance';
import { yieldToMain } from './yield-to-main';

/** What the annotator chunk provides: `annotatePage`, run as the bootstrap hands over. */
export type Annotator = typeof annotatePage;

/**
 * Watches the page this content script runs in, for as long as the
 * extension lives, and hands it to the annotator that `loadAnnotator`
 * resolves once it may be about the summits and its site is switched on.
 */
export async function bootstrapPage(
  ctx: ContentScriptContext,
  loadAnnotator: () => Promise<Annotator>,
): Promise<void> {
  if (!highlightsSupported() || !(document instanceof HTMLDocument)) return;
  const site = siteKey(location.href);
  const relevance = new Relevance({ gate });
  /** The settings as last read; undefined until the first read. */
  let settings: StoredSettings | undefined;
  let enabled = false;
  /** Set once the page is handed over: the annotator's answers, once it runs. */
  let annotator: Promise<Handlers<TabMessages> | undefined> | undefined;
  let stopWatching: (() => void) | undefined;

  const unwatch = () => {
    stopWatching?.();
    stopWatching = undefined;
  };
  const handOver = () => {
    unwatch();
    annotator = loadAnnotator().then(
      async (annotate) => {
        // The chunk's evaluation was one task; the annotator starts in another.
        await yieldToMain();
        if (ctx.isInvalid || !settings) return undefined;
        // From here on the annotator follows the settings itself.
        stopFollowingSettings();
        return annotate(ctx, { settings: settings.settings, relevance });
      },
      (error: unknown) => {
        console.warn('Summit Lens: the annotator did not load', error);
        return undefined;
      },
    );
  };
  /** Searches the page's title and opening, and hands it over if it may be relevant. */
  const check = () => {
    const { body, title } = document;
    relevance.search(title);
    if (body) relevance.searchOpening(body);
    if (relevance.likely) handOver();
    // Text added later (a live blog's posts) is searched the same way.
    else
      stopWatching ??= watchChanges(document, (batch) => {
        for (const root of batch.roots) relevance.searchOpening(root);
        if (relevance.likely) handOver();
      });
  };
  const apply = (next: StoredSettings) => {
    settings = next;
    const on = next.isSiteEnabled(site);
    if (on === enabled) return;
    enabled = on;
    // Once handed over, the annotator starts from the latest settings.
    if (annotator) return;
    if (on) check();
    else {
      unwatch();
      relevance.reset();
    }
  };

  const stopFollowingSettings = removalOf(
    watchStoredSettings((next) => {
      const was = enabled;
      apply(next);
      if (enabled !== was)
        void tellBackground(ctx, 'mentions', { total: 0, enabled });
    }),
  );
  const started = peekSettings().then((read) => {
    // A change seen while reading is newer than what was read.
    if (!settings) apply(read);
  });
  const status = (): PageStatus => ({
    site,
    enabled,
    relevant: false,
    entities: [],
    total: 0,
  });
  /** The annotator's answers once it runs, else undefined. */
  const handedOver = () => started.then(() => annotator);
  ctx.onInvalidated(
    removalOf(
      handleMessages(tabMessages, {
        status: async (data, sender) =>
          (await handedOver())?.status(data, sender) ?? status(),
        nextMention: async (data, sender) =>
          (await handedOver())?.nextMention(data, sender) ?? false,
      }),
    ),
  );
  ctx.onInvalidated(stopFollowingSettings);
  ctx.onInvalidated(unwatch);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!enabled || annotator) return;
    // A new page in the same document (a single-page app): look again.
    unwatch();
    relevance.reset();
    check();
  });
  await started;
  // A site switched off shows so on the toolbar from the start.
  if (!enabled) void tellBackground(ctx, 'mentions', { total: 0, enabled });
}
