import articleCues from 'virtual:summit-lens/article-cues';
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
import { ArticleAnnotation } from './article-annotation';
import { ArticleReader } from './article-reader';
import { tellBackground } from './background-report';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { createComparisonLoader, createEntryLoader } from './knowledge-loader';
import {
  InvalidationWatch,
  isInvalidatedError,
  removalOf,
} from './invalidation';
import { markingOptions, MentionMarks } from './mention-marks';
import { heldPainter } from './held-painter';
import { createHighlightPainter } from './painter';
import { nearViewport } from './viewport-painter';
import { pageStatus } from './page-status';
import { ReadingHorizon } from './reading-horizon';
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
  const loadComparison = createComparisonLoader();
  /** A failed request that says the extension is gone invalidates the script. */
  const noticeInvalidation = (error: unknown): never => {
    if (isInvalidatedError(error)) ctx.notifyInvalidated();
    throw error;
  };
  // The first marks wait for the first claim sentences: one repaint, not two.
  const markPainter = heldPainter(nearViewport(createHighlightPainter()));
  const marks = new MentionMarks(markPainter, lexicon, document);
  const horizon = new ReadingHorizon(window);
  const article = new ArticleAnnotation(
    document,
    new ArticleReader(articleCues),
    nearViewport(createHighlightPainter()),
    horizon,
  );
  const card = new CardHost(ctx);
  const scheduler = new AnnotationScheduler({
    document,
    lexicon,
    marks,
    ownHost: () => card.host,
    relevance: start.relevance,
    horizon,
  });
  const controller = new CardController({
    document,
    mentions: () => scheduler.mentions,
    marks,
    host: card,
    article,
    loadEntry: (id) => loadEntry(id).catch(noticeInvalidation),
    loadComparison: (id) => loadComparison(id).catch(noticeInvalidation),
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

  const status = (): PageStatus =>
    pageStatus({
      site,
      enabled,
      lexicon,
      mentions: scheduler.mentions,
      meeting: article.meeting,
      claims: article.shownClaims,
      topics: articleCues.topics,
    });
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

  scheduler.onChange((change) => {
    controller.closeIfGone();
    invalidation.watch(scheduler.mentions !== undefined);
    // Reading further down the page, the article follows the horizon itself.
    if (change === 'page')
      void article
        .update(scheduler.mentions !== undefined)
        .finally(markPainter.release);
    reportToToolbar();
  });
  /** The whole page read: the popup's count and the next-mention command need it. */
  const readAll = async () => {
    await scheduler.readAll();
    await article.readOn();
  };
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
    article.stop();
  });
  let marking = '';
  /** Marks the page afresh when the way of marking changed. */
  const applyMarking = (settings: Settings) => {
    const options = markingOptions(settings);
    const key = JSON.stringify(options);
    if (key === marking) return;
    marking = key;
    void marks
      .configure(options, scheduler.mentions?.list() ?? [])
      .then(() => controller.closeIfGone());
  };
  const applySettings = (settings: Settings) => {
    applyMarking(settings);
    article.showClaims(settings.claims);
    apply(isSiteEnabled(settings, site));
  };
  ctx.onInvalidated(removalOf(watchSettings(applySettings)));
  applySettings(start.settings);
  return {
    status: async () => {
      await readAll();
      return status();
    },
    nextMention: ({ entity }) => readAll().then(() => controller.next(entity)),
  };
}
