/**
 * The marks' styles (`highlights.css`), put into a page only once the
 * annotator runs there: a stylesheet of `::highlight()` rules makes the
 * browser's style work dearer for every element of the page, so pages that
 * are never marked never get it. The sheet is adopted by the document, which
 * adds no element to the page, and removed when the extension goes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from './highlights.css?inline';

/** Adopts the marks' stylesheet into `doc` for as long as `ctx` is valid. */
export function adoptHighlightStyles(
  ctx: ContentScriptContext,
  doc: Document = document,
): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  ctx.onInvalidated(() => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  });
}
