/**
 * Loads the annotator, the chunk built from `entrypoints/annotator.ts`, into
 * this content script's world. It is a web-accessible resource only so that
 * a content script may import it; see docs/performance.md for why pages
 * cannot use that to detect the extension.
 */
import type { Annotator } from './bootstrap';

/**
 * The browser's extension namespace, Chrome's name for it (Firefox has it
 * too). Called by this name, not through `wxt/browser`, so that the import
 * below reads `import(chrome.runtime.getURL(…))` once minified: Firefox's
 * linter accepts a dynamic import of that form only.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/** Imports the annotator chunk and resolves with its entry. */
export async function loadAnnotator(): Promise<Annotator> {
  const chunk = (await import(
    /* @vite-ignore */ chrome.runtime.getURL('/annotator.js')
  )) as { default: Annotator };
  return chunk.default;
}
