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
    const page = new PageAnnotation({
      document,
      lexicon,
      painter: createHighlightPainter(),
      onChange: () => void report(),
    });
    let enabled = false;

    const status = (): PageStatus => {
      const counts = page.annotator.counts();
      const entities = [...counts]
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
    const report = async () => {
      const message: BackgroundRequest = {
        type: 'summit-lens:mentions',
        total: status().total,
      };
      await browser.runtime.sendMessage(message).catch(() => undefined);
    };
    const apply = (on: boolean) => {
      if (on === enabled) return;
      enabled = on;
      if (on) void page.start();
      else page.stop();
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isSummitLensMessage(message)) return undefined;
      if (message.type === 'summit-lens:status')
        return page.settled().then(status);
      return undefined;
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (enabled) void page.restart();
    });
    ctx.onInvalidated(() => page.stop());
    const unwatch = watchSettings((settings) =>
      apply(isSiteEnabled(settings, site)),
    );
    ctx.onInvalidated(unwatch);
    apply(isSiteEnabled(await readSettings(), site));
  },
});
