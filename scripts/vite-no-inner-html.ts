/**
 * A Vite plugin that removes the one place Preact writes `innerHTML`: its
 * support for `dangerouslySetInnerHTML`, which Summit Lens never uses. With
 * it gone, no bundle can insert HTML, and Firefox's linter has nothing to
 * warn about. The build fails if Preact's code no longer has the expected
 * shape, so an upgrade cannot silently bring the assignment back.
 */
import type { Plugin } from 'vite';

const SET_HTML = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;
const CLEAR_HTML = /(\b[\w$]+)\.innerHTML=""/g;
const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]/;

export function noInnerHtml(): Plugin {
  return {
    name: 'summit-lens-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT.test(id) || !code.includes('.innerHTML=')) return null;
      const out = code
        .replace(
          SET_HTML,
          '(()=>{throw new Error("Summit Lens never renders HTML")})()',
        )
        .replace(CLEAR_HTML, '$1.textContent=""');
      if (out.includes('.innerHTML='))
        this.error(`${id}: an innerHTML assignment is left after rewriting`);
      return { code: out, map: null };
    },
  };
}
