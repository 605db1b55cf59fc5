import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadAnnotator } from './annotator-loader';
import { bootstrapPage } from './bootstrap';
import 'virtual:summit-lens/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The marks' styles cost Chromium nothing on pages without marks (see
  // components/highlight-sheet.ts); Firefox gets them from the annotator
  // instead.
  cssInjectionMode: { chrome: 'manifest', firefox: 'manual' },
  // A newer content script (after an update) tells an older one with a DOM
  // event alone, not also with a `postMessage` that every page would receive,
  // carrying the extension's id.
  noScriptStartedPostMessage: true,
  main: (ctx) => bootstrapPage(ctx, loadAnnotator),
});
