/**
 * Bundled into the benchmark page: the content script's annotate path with
 * its real modules (scheduler, relevance, matcher, text reader, mention
 * store, highlight painter) and the lexicon compiled from the knowledge, exposed as
 * `globalThis.summitLensBench`. It reads the whole page, as the floor does,
 * with the reading horizon lifted.
 */
import lexicon from 'virtual:summit-lens/lexicon';
import { AnnotationScheduler } from '../../../entrypoints/content/annotation-scheduler';
import {
  createMatcher,
  shortestMatch,
} from '../../../entrypoints/content/matcher';
import {
  EVERY_MENTION,
  MentionMarks,
} from '../../../entrypoints/content/mention-marks';
import {
  createHighlightPainter,
  HIGHLIGHT_PREFIX,
  type Painter,
} from '../../../entrypoints/content/painter';
import { ReadingHorizon } from '../../../entrypoints/content/reading-horizon';
import { TextReader } from '../../../entrypoints/content/text-reader';
import { benchGlobals } from './globals';

let scheduler: AnnotationScheduler | undefined;
let barePainter: Painter | undefined;

function markedRanges(): number {
  let total = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith(HIGHLIGHT_PREFIX)) total += highlight.size;
  return total;
}

benchGlobals().summitLensBench = {
  async annotate() {
    scheduler?.stop();
    // The whole page, as the floor reads it: no horizon.
    const horizon = new ReadingHorizon(window);
    horizon.lift();
    scheduler = new AnnotationScheduler({
      document,
      lexicon,
      marks: new MentionMarks(
        createHighlightPainter(),
        lexicon,
        document,
        EVERY_MENTION,
      ),
      horizon,
    });
    await scheduler.start();
  },
  bare() {
    const matcher = createMatcher(lexicon);
    const reader = new TextReader(document.body, shortestMatch(lexicon));
    const ranges: Range[] = [];
    reader.read((text, locator) => {
      const matches = matcher(text);
      if (matches.length) ranges.push(...locator.place(matches));
    });
    barePainter ??= createHighlightPainter();
    barePainter.add(ranges, 'bare');
  },
  clear() {
    scheduler?.stop();
    barePainter?.removeAll();
  },
  markedRanges,
};
