/**
 * Bundled into the benchmark page: the content script's annotate path with
 * its real modules (scheduler, relevance, matcher, text reader, mention
 * store, highlight painter) and the lexicon compiled from the knowledge, exposed as
 * `globalThis.summitLensBench`.
 */
import lexicon from 'virtual:summit-lens/lexicon';
import { AnnotationScheduler } from '../../../entrypoints/content/annotation-scheduler';
import { MentionMarks } from '../../../entrypoints/content/mention-marks';
import {
  createHighlightPainter,
  HIGHLIGHT_PREFIX,
} from '../../../entrypoints/content/painter';
import { benchGlobals } from './globals';

let scheduler: AnnotationScheduler | undefined;

function markedRanges(): number {
  let total = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith(HIGHLIGHT_PREFIX)) total += highlight.size;
  return total;
}

benchGlobals().summitLensBench = {
  async annotate() {
    scheduler?.stop();
    scheduler = new AnnotationScheduler({
      document,
      lexicon,
      marks: new MentionMarks(createHighlightPainter(), lexicon),
    });
    await scheduler.start();
  },
  clear() {
    scheduler?.stop();
  },
  markedRanges,
};
