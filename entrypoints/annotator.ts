/**
 * The annotator chunk: the matcher, the marks, the cards and the claim and
 * meeting code, built as a module of its own (`/annotator.js`). The content
 * script's bootstrap imports it only on a page that may be about the
 * summits, of a site switched on, and calls its default export to hand the
 * page over.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { annotatePage } from './content/annotate-page';
import type { Annotator } from './content/bootstrap';
import { adoptHighlightStyles } from './content/highlight-styles';

const annotate: Annotator = (ctx, start) => {
  if (import.meta.env.FIREFOX) adoptHighlightStyles(ctx);
  return annotatePage(ctx, start);
};

export default defineUnlistedScript(() => annotate);
