/**
 * A Vite plugin that compiles the knowledge during every build and serves it
 * as virtual modules, so the bundle can never hold a stale copy:
 * - `virtual:summit-lens/knowledge`: the compiled knowledge (popup, background);
 * - `virtual:summit-lens/lexicon`: only what the content script needs to match;
 * - `virtual:summit-lens/gate`: only the lexicon's gate, for the part of the
 *   content script that every page loads;
 * - `virtual:summit-lens/article-cues`: the meetings and their cues, and the
 *   claim signals, their phrases compiled to patterns, with which the
 *   annotator reads an article.
 * A broken knowledge file fails the build with the compiler's message.
 */
import type { Plugin } from 'vite';
import { articleCues, buildLexicon } from '../lexicon';
import { join } from 'node:path';
import { KNOWLEDGE_DIR, compileFromDisk, readAuthoredFiles } from './load';
import type { Knowledge } from '../schema';
import { KnowledgeError } from './problems';

/** Each virtual module, and what it holds of the compiled knowledge. */
const MODULES = new Map<string, (knowledge: Knowledge) => unknown>([
  ['virtual:summit-lens/knowledge', (knowledge) => knowledge],
  ['virtual:summit-lens/lexicon', buildLexicon],
  ['virtual:summit-lens/gate', (knowledge) => buildLexicon(knowledge).gate],
  ['virtual:summit-lens/article-cues', articleCues],
]);
const RESOLVED = '\0';

export interface KnowledgePluginOptions {
  /** The authored knowledge; `knowledge/` by default. */
  dir?: string;
  /** Where `SUMMIT_LENS_SOURCES` is read from; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
}

export function knowledgePlugin({
  dir = KNOWLEDGE_DIR,
  env = process.env,
}: KnowledgePluginOptions = {}): Plugin {
  let warned = false;
  return {
    name: 'summit-lens-knowledge',
    resolveId(id) {
      return MODULES.has(id) ? RESOLVED + id : null;
    },
    load(id) {
      const contents = id.startsWith(RESOLVED)
        ? MODULES.get(id.slice(RESOLVED.length))
        : undefined;
      if (!contents) return null;
      for (const file of readAuthoredFiles(dir))
        this.addWatchFile(join(dir, file.path));
      try {
        const { knowledge, provenanceChecked } = compileFromDisk(dir, env);
        if (!provenanceChecked && !warned) {
          warned = true;
          this.warn(
            'knowledge: provenance was not checked (no sources folder; set SUMMIT_LENS_SOURCES)',
          );
        }
        const data = contents(knowledge);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      } catch (error) {
        if (error instanceof KnowledgeError) this.error(error.message);
        throw error;
      }
    },
  };
}
