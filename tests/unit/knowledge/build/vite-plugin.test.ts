// @vitest-environment node
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { KNOWLEDGE_DIR } from '../../../../knowledge/build/load';
import { knowledgePlugin } from '../../../../knowledge/build/vite-plugin';

interface Hooks {
  resolveId(id: string): string | null;
  load(this: Context, id: string): string | null;
}
interface Context {
  addWatchFile(path: string): void;
  warn(message: string): void;
  error(message: string): never;
}

/** Calls the plugin's hooks as Vite would, recording what it asks of Vite. */
function run(options: Parameters<typeof knowledgePlugin>[0], id: string) {
  const plugin = knowledgePlugin(options) as unknown as Hooks;
  const watched: string[] = [];
  const warnings: string[] = [];
  const context: Context = {
    addWatchFile: (path) => watched.push(path),
    warn: (message) => warnings.push(message),
    error: (message) => {
      throw new Error(message);
    },
  };
  const resolved = plugin.resolveId(id);
  if (resolved === null) return { resolved, code: null, watched, warnings };
  return {
    resolved,
    code: plugin.load.call(context, resolved),
    watched,
    warnings,
  };
}

/** The data a virtual module exports. */
function exported(code: string | null): unknown {
  const match = /^export default JSON\.parse\((.*)\);$/s.exec(code ?? '');
  if (!match?.[1]) throw new Error(`unexpected module: ${code}`);
  return JSON.parse(JSON.parse(match[1]) as string);
}

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

test('serves the whole knowledge and the lexicon, watching every authored file', () => {
  const knowledge = run({}, 'virtual:summit-lens/knowledge');
  expect(knowledge.watched.length).toBeGreaterThan(3);
  expect(knowledge.warnings).toEqual([]);
  const data = exported(knowledge.code) as { entities: { id: string }[] };
  expect(data.entities.map((e) => e.id)).toContain('kim-jong-un');

  const lexicon = exported(run({}, 'virtual:summit-lens/lexicon').code) as {
    pattern: string;
    entities: object[];
  };
  expect(lexicon.pattern.length).toBeGreaterThan(100);
  expect(lexicon.entities).toHaveLength(data.entities.length);
});

test('serves the gate alone: what the bootstrap every page loads needs of the lexicon', () => {
  const gate = exported(run({}, 'virtual:summit-lens/gate').code);
  const lexicon = exported(run({}, 'virtual:summit-lens/lexicon').code) as {
    gate: unknown;
  };
  expect(gate).toEqual(lexicon.gate);
  expect(gate).toHaveProperty('needles.kim');
});

test('leaves other modules to Vite', () => {
  expect(run({}, './something.ts').resolved).toBeNull();
});

test('a sources folder that is not there fails the build, naming it', () => {
  const missing = join(tmpdir(), 'summit-lens-no-such-folder');
  expect(() =>
    run(
      { env: { SUMMIT_LENS_SOURCES: missing } },
      'virtual:summit-lens/knowledge',
    ),
  ).toThrow(missing);
});

test('a broken knowledge file fails the build, naming file, entry and field', () => {
  temp = mkdtempSync(join(tmpdir(), 'summit-lens-knowledge-'));
  cpSync(KNOWLEDGE_DIR, temp, {
    recursive: true,
    filter: (src) => !src.endsWith('.ts'),
  });
  writeFileSync(
    join(temp, 'entities', 'zz-broken.yaml'),
    '- id: broken-entity\n  kind: person\n  name: Nobody\n  summary: ""\n  facts: []\n',
  );
  expect(() => run({ dir: temp }, 'virtual:summit-lens/knowledge')).toThrow(
    /entities\/zz-broken\.yaml › broken-entity › summary/,
  );
});
