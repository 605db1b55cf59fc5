/**
 * The lexicon is the slice of the knowledge the content script needs to find
 * mentions: one combined pattern of every alias (compiled at build time), the
 * entity each alias belongs to, and which entities decide the page gate.
 */
import { aliasKey, NAME_SEPARATOR_CLASS } from '../utils/text';
import type { EntityKind, Knowledge } from './schema';

export interface LexiconEntity {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface Lexicon {
  entities: LexiconEntity[];
  /** Alias key (see `aliasKey`) → [entity index, 1 if a context alias]. */
  aliases: Record<string, [number, 0 | 1]>;
  /** Source of the combined alias pattern; use with `PATTERN_FLAGS`. */
  pattern: string;
  gate: {
    /** Entity index of Kim Jong Un, whose full name the gate requires. */
    kim: number;
    /** Entity index of Vladimir Putin. */
    putin: number;
    /** Entity indexes of the summits: naming one is enough. */
    summits: number[];
  };
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** Regex source matching one alias, tolerant of separators and apostrophes. */
export function aliasPattern(alias: string): string {
  return aliasKey(alias)
    .split(' ')
    .map((word) => word.replace(ESCAPE, '\\$&').replace(/'/g, "['\u2019]"))
    .join(`${NAME_SEPARATOR_CLASS}+`);
}

/** Flags for every pattern built here (`v`: Unicode sets, for `WORD_CHAR`). */
export const PATTERN_FLAGS = 'giv';

/**
 * A character that continues a word: a letter, digit or underscore, except in
 * scripts written without spaces (Han, kana, Thai), where a Latin name can
 * sit directly against the text around it.
 */
const WORD_CHAR =
  '[[\\p{L}\\p{N}_]--[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}]]';
/** No word character may touch a match on either side. */
export const WORD_BEFORE = `(?<!${WORD_CHAR})`;
export const WORD_AFTER = `(?!${WORD_CHAR})`;

/** The alias keys that name an entity in full (not its context aliases). */
export function fullAliasesOf(lexicon: Lexicon, entity: number): string[] {
  return Object.entries(lexicon.aliases)
    .filter(([, [owner, context]]) => owner === entity && context === 0)
    .map(([key]) => key);
}

function indexOfEntity(knowledge: Knowledge, id: string): number {
  const index = knowledge.entities.findIndex((e) => e.id === id);
  if (index < 0) throw new Error(`the lexicon needs the entity "${id}"`);
  return index;
}

/** Builds the lexicon from compiled knowledge. */
export function buildLexicon(knowledge: Knowledge): Lexicon {
  const aliases: Lexicon['aliases'] = {};
  const all: string[] = [];
  knowledge.entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      aliases[aliasKey(alias)] = [index, 0];
      all.push(alias);
    }
    for (const alias of entity.contextAliases) {
      aliases[aliasKey(alias)] = [index, 1];
      all.push(alias);
    }
  });
  // Longest first, so that "Kim Jong Un" wins over "Kim" at the same place.
  const alternatives = [...new Set(all.map(aliasPattern))].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
  return {
    entities: knowledge.entities.map(({ id, name, kind }) => ({
      id,
      name,
      kind,
    })),
    aliases,
    pattern: `${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`,
    gate: {
      kim: indexOfEntity(knowledge, 'kim-jong-un'),
      putin: indexOfEntity(knowledge, 'vladimir-putin'),
      summits: knowledge.entities
        .map((e, i) =>
          e.kind === 'event' && e.id.startsWith('summit-') ? i : -1,
        )
        .filter((i) => i >= 0),
    },
  };
}
