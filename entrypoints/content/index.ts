import { defineContentScript } from 'wxt/utils/define-content-script';
import { annotatePage } from './annotate-page';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main: annotatePage,
});
