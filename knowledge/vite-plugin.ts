/**
 * A Vite plugin that compiles the knowledge during every build and serves it
 * as virtual modules, so the bundle can never hold a stale copy:
 * - `virtual:summit-lens/knowledge`: the compiled knowledge (popup, background);
 * - `virtual:summit-lens/lexicon`: only what the content script needs to match.
 * A broken knowledge file fails the build with the compiler's message.
 */
import type { Plugin } from 'vite';
import { KnowledgeError } from './compile';
import { buildLexicon } from './lexicon';
import { join } from 'node:path';
import { KNOWLEDGE_DIR, compileFromDisk, readAuthoredFiles } from './load';

const KNOWLEDGE_ID = 'virtual:summit-lens/knowledge';
const LEXICON_ID = 'virtual:summit-lens/lexicon';
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
      return id === KNOWLEDGE_ID || id === LEXICON_ID ? RESOLVED + id : null;
    },
    load(id) {
      if (id !== RESOLVED + KNOWLEDGE_ID && id !== RESOLVED + LEXICON_ID)
        return null;
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
        const data =
          id === RESOLVED + LEXICON_ID ? buildLexicon(knowledge) : knowledge;
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      } catch (error) {
        if (error instanceof KnowledgeError) this.error(error.message);
        throw error;
      }
    },
  };
}
