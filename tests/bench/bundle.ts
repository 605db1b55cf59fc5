/**
 * Bundles the scripts the benchmark injects into its pages: the probes, the
 * content script's annotate path (with the lexicon compiled from the
 * knowledge, served as the same virtual module the extension build uses),
 * and mark.js as published.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Lexicon } from '../../knowledge/lexicon';

const PAGE_DIR = join(import.meta.dirname, 'page');
const LEXICON_ID = 'virtual:summit-lens/lexicon';

export interface PageScripts {
  probes: string;
  lens: string;
  markjs: string;
}

/** Serves `virtual:summit-lens/lexicon` from an already-built lexicon. */
function lexiconPlugin(lexicon: Lexicon): Plugin {
  return {
    name: 'summit-lens-lexicon',
    setup(build) {
      build.onResolve({ filter: /^virtual:summit-lens\/lexicon$/ }, () => ({
        path: LEXICON_ID,
        namespace: 'summit-lens',
      }));
      build.onLoad({ filter: /.*/, namespace: 'summit-lens' }, () => ({
        contents: JSON.stringify(lexicon),
        loader: 'json',
      }));
    },
  };
}

/** Bundles one module of `page/` into a minified IIFE. */
async function bundle(entry: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    entryPoints: [join(PAGE_DIR, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0]!.text;
}

/** The path of mark.js's minified browser build. */
export function markjsPath(): string {
  return createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
}

export async function bundlePageScripts(
  lexicon: Lexicon,
): Promise<PageScripts> {
  const [probes, lens] = await Promise.all([
    bundle('probes.ts'),
    bundle('lens-entry.ts', [lexiconPlugin(lexicon)]),
  ]);
  return { probes, lens, markjs: readFileSync(markjsPath(), 'utf8') };
}
