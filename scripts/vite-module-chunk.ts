/**
 * Builds one unlisted script as an ES module rather than WXT's usual IIFE,
 * so that a content script can `import()` it and call its default export
 * (the annotator chunk, see entrypoints/annotator.ts). Vite leaves a
 * library's ES module unminified, keeping its white space for whoever
 * bundles it next; nobody does here, so it is minified like the rest.
 */
import { transformWithEsbuild, type InlineConfig, type Plugin } from 'vite';
import type { Entrypoint } from 'wxt';

/** Minifies the chunks once Vite has written them (its own last pass keeps the white space). */
function minifyModule(): Plugin {
  return {
    name: 'summit-lens-minify-module',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await transformWithEsbuild(chunk.code, chunk.fileName, {
          minify: true,
          format: 'esm',
          charset: 'ascii',
        });
        chunk.code = out.code;
      }
    },
  };
}

/**
 * A `vite:build:extendConfig` hook that builds the unlisted script named
 * `name` as a minified ES module.
 */
export function moduleChunk(name: string) {
  return (entrypoints: readonly Entrypoint[], config: InlineConfig): void => {
    if (entrypoints.length !== 1 || entrypoints[0]?.name !== name) return;
    if (!config.build?.lib)
      throw new Error(`Summit Lens: "${name}" is not built as a library`);
    config.build.lib.formats = ['es'];
    config.plugins = [...(config.plugins ?? []), minifyModule()];
  };
}
