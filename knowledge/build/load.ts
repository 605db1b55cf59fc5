/**
 * Node-side loading for the compiler: reads the authored YAML and the source
 * articles from disk. Used by the CLI and the build plugin, never bundled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileKnowledge,
  type AuthoredFile,
  type CompileResult,
} from './compile';

/** The authored knowledge: the folder above this one. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const PROJECT_ROOT = resolve(KNOWLEDGE_DIR, '..');

/** Every `.yaml` file below `dir`, with paths relative to it. */
export function readAuthoredFiles(dir = KNOWLEDGE_DIR): AuthoredFile[] {
  const out: AuthoredFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml'))
        out.push({
          path: relative(dir, full).split(sep).join('/'),
          text: readFileSync(full, 'utf8'),
        });
    }
  };
  walk(dir);
  return out;
}

/**
 * The folder holding the source articles: `SUMMIT_LENS_SOURCES` when set,
 * else `../shared/seeds` beside the project when it exists, else undefined.
 */
export function resolveSourcesDir(
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const configured = env.SUMMIT_LENS_SOURCES;
  if (configured) return resolve(configured);
  const fallback = resolve(PROJECT_ROOT, '..', 'shared', 'seeds');
  return existsSync(fallback) ? fallback : undefined;
}

/** Texts of every `.txt` file in the sources folder, keyed by file name. */
export function readSourceTexts(dir: string): Map<string, string> {
  if (!existsSync(dir)) {
    throw new Error(
      `The sources folder ${dir} (SUMMIT_LENS_SOURCES) does not exist`,
    );
  }
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Compiles the knowledge on disk, checking provenance when sources exist. */
export function compileFromDisk(
  dir = KNOWLEDGE_DIR,
  env: NodeJS.ProcessEnv = process.env,
): CompileResult & { sourcesDir: string | undefined } {
  const sourcesDir = resolveSourcesDir(env);
  const sourceTexts = sourcesDir ? readSourceTexts(sourcesDir) : undefined;
  return {
    ...compileKnowledge({ files: readAuthoredFiles(dir), sourceTexts }),
    sourcesDir,
  };
}
