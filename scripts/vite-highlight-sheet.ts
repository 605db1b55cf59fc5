/**
 * Serves the marks' stylesheet (`components/highlight-sheet.ts`) as the CSS
 * module `virtual:summit-lens/highlights.css`, also with `?inline`.
 */
import type { Plugin } from 'vite';
import { highlightSheet } from '../components/highlight-sheet';

const ID = 'virtual:summit-lens/highlights.css';

export function highlightSheetPlugin(): Plugin {
  return {
    name: 'summit-lens-highlight-sheet',
    resolveId(id) {
      return id.split('?')[0] === ID ? id : null;
    },
    load(id) {
      return id.split('?')[0] === ID ? highlightSheet() : null;
    },
  };
}
