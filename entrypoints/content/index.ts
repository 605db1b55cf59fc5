import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadAnnotator } from './annotator-loader';
import { bootstrapPage } from './bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => bootstrapPage(ctx, loadAnnotator),
});
