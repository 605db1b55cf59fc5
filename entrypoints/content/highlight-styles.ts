/**
 * The marks' styles (`components/highlight-sheet.ts`) for Firefox, put
 * into a page only once the annotator runs there. Firefox does not inherit
 * highlight styles, so its rules go on every element (`::highlight()`
 * without `:root`), which makes its style work dearer for every element of
 * the page: pages that are never marked never get them. The sheet is adopted by the document, which
 * adds no element to the page, and removed when the extension goes.
 * (Chromium gets the sheet as it is, through the manifest.)
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from 'virtual:summit-lens/highlights.css?inline';

/** Adopts the marks' stylesheet into `doc` for as long as `ctx` is valid. */
export function adoptHighlightStyles(
  ctx: ContentScriptContext,
  doc: Document = document,
): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.replaceAll(':root::highlight(', '::highlight('));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  ctx.onInvalidated(() => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  });
}
