/**
 * The size of the built content script (what every page loads), raw and
 * gzipped (level 9), and of the annotator chunk it imports on some pages. Builds
 * the extension with `npx wxt build` only when there is no build yet (a
 * rebuild would race with anyone else using `.output/`); says when the build
 * is older than the sources it comes from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  bytes: number;
  gzipBytes: number;
  /** The build is older than a file it is built from. */
  stale: boolean;
}

const SOURCES = ['entrypoints', 'components', 'knowledge', 'utils'];

/** Newest modification time of the files below `paths`, in ms. */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/**
 * Measures `.output/chrome-mv3/content-scripts/content.js` below `root`,
 * building it first if it is missing and `build` allows; undefined when
 * there is none.
 */
export function contentScriptSize(
  root: string,
  build: boolean,
): ContentScriptSize | undefined {
  const file = join(
    root,
    '.output',
    'chrome-mv3',
    'content-scripts',
    'content.js',
  );
  if (!existsSync(file) && build) {
    console.error('No content script build: running `npx wxt build`…');
    const result = spawnSync('npx', ['wxt', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error('`npx wxt build` failed');
  }
  return builtSize(root, file);
}

/**
 * The annotator chunk, which the content script imports only on pages that
 * may be about the summits; undefined when it is not built.
 */
export function annotatorSize(root: string): ContentScriptSize | undefined {
  return builtSize(root, join(root, '.output', 'chrome-mv3', 'annotator.js'));
}

function builtSize(root: string, file: string): ContentScriptSize | undefined {
  if (!existsSync(file)) return undefined;
  const code = readFileSync(file);
  const sources = [
    ...SOURCES.map((dir) => join(root, dir)),
    join(root, 'wxt.config.ts'),
    join(root, 'package.json'),
  ];
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    stale: statSync(file).mtimeMs < newestMtime(sources),
  };
}
