/**
 * Bundled into the benchmark page: the content script's annotate path with
 * its real modules (page annotation, gate, matcher, text segments, highlight
 * painter) and the lexicon compiled from the knowledge, exposed as
 * `globalThis.summitLensBench`.
 */
import lexicon from 'virtual:summit-lens/lexicon';
import { PageAnnotation } from '../../../entrypoints/content/page-annotation';
import {
  createHighlightPainter,
  HIGHLIGHT_PREFIX,
} from '../../../entrypoints/content/painter';
import { benchGlobals } from './globals';

let annotation: PageAnnotation | undefined;

function markedRanges(): number {
  let total = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith(HIGHLIGHT_PREFIX)) total += highlight.size;
  return total;
}

benchGlobals().summitLensBench = {
  async annotate() {
    annotation?.stop();
    annotation = new PageAnnotation({
      document,
      lexicon,
      painter: createHighlightPainter(),
    });
    await annotation.start();
  },
  clear() {
    annotation?.stop();
  },
  markedRanges,
};
