/**
 * The lexicon is the slice of the knowledge the content script needs to find
 * mentions: one combined pattern of every alias (compiled at build time), the
 * entity each alias belongs to, and which entities decide the page gate.
 */
import { aliasKey, NAME_SEPARATOR_CLASS } from '../utils/text';
import { phrasePattern, phrasesPattern } from './phrase-pattern';
import { wordIndexData } from './word-index-data';
import type {
  ArticleCues,
  CueTable,
  EntityKind,
  Knowledge,
  Meeting,
} from './schema';

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
    /**
     * For the quick gate, one pattern (flags `i`) per group, of words one of
     * which every full name of Kim Jong Un (`kim`), of Putin (`putin`) and of
     * the summits (`summit`) contains. No match rules the group out.
     */
    needles: { kim: string; putin: string; summit: string };
    /** Entity index of Kim Jong Un, whose full name the gate requires. */
    kim: number;
    /** Entity index of Vladimir Putin. */
    putin: number;
    /** Entity indexes of the summits: naming one is enough. */
    summits: number[];
  };
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/**
 * Regex source matching one alias by itself, tolerant of separators and
 * apostrophes (the benchmark's floor joins these in a plain alternation).
 */
export function aliasPattern(alias: string): string {
  return [...aliasKey(alias)].map(charPattern).join('');
}

/**
 * Regex source matching one character of an alias key in either case; a
 * space matches any run of name separators. A letter is paired only with an
 * upper case that lowers back to it (not `ı` with `I`), so no two characters
 * of a key share a match and the branches of the trie never overlap.
 */
function charPattern(char: string): string {
  if (char === ' ') return `${NAME_SEPARATOR_CLASS}+`;
  if (char === "'") return "['\u2019]";
  const upper = char.toUpperCase();
  if (upper !== char && upper.length === 1 && upper.toLowerCase() === char)
    return `[${char}${upper}]`;
  return char.replace(ESCAPE, '\\$&');
}

interface TrieNode {
  /** Whether a key ends here. */
  ends: boolean;
  next: Map<string, TrieNode>;
}

function trieOf(keys: Iterable<string>): TrieNode {
  const root: TrieNode = { ends: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const char of key) {
      let child = node.next.get(char);
      if (!child)
        node.next.set(char, (child = { ends: false, next: new Map() }));
      node = child;
    }
    node.ends = true;
  }
  return root;
}

/**
 * Regex source matching the keys below `node`, keys that share a beginning
 * sharing its pattern: at each character the engine tries a few branches
 * instead of every alias. Where a key ends and others go on, the rest is an
 * optional (greedy) group, so the longest alias at a position wins, as in a
 * plain alternation sorted longest first.
 */
function triePattern(node: TrieNode): string {
  const branches = [...node.next].map(
    ([char, child]) => charPattern(char) + triePattern(child),
  );
  if (branches.length === 0) return '';
  const either =
    branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.ends) return either;
  return branches.length === 1 ? `(?:${either})?` : `${either}?`;
}

/**
 * Flags for the alias pattern: global only. The pattern spells out both cases
 * of each letter instead of using the `i` flag, with which V8 runs it much
 * slower (up to 1.7 ×) on text holding any character beyond Latin-1, which a
 * single curly apostrophe is enough to cause.
 */
export const PATTERN_FLAGS = 'g';

/**
 * A character that continues a word next to a name: a digit, underscore or
 * letter of the Latin, Greek or Cyrillic scripts. Letters of scripts written
 * without spaces (Han, kana, Thai) or in another direction (Arabic, Hebrew)
 * may sit right against a Latin name, so they do not count.
 */
export const WORD_CHAR =
  '[0-9A-Z_a-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF]';
/** No word character may touch a match on either side. */
export const WORD_BEFORE = `(?<!${WORD_CHAR})`;
export const WORD_AFTER = `(?!${WORD_CHAR})`;
/** Tests that a key starts with an ASCII word character, as `\b` needs. */
const ASCII_WORD = /^\w/;

/**
 * The combined pattern of `keys` (alias keys): their trie between word
 * limits. When every key starts with an ASCII word character, `\b` comes
 * first: where a key can start it holds whenever the look-behind does, but
 * V8 rules out the middle of a word on it far faster (the pattern runs over
 * 1 MB of text in 6.2 ms, against 8.4 without `\b` and 9.9 for the plain
 * alternation of every alias).
 */
export function combinedPattern(keys: string[]): string {
  const lead = keys.every((key) => ASCII_WORD.test(key)) ? '\\b' : '';
  return `${lead}${WORD_BEFORE}${triePatternOf(keys)}${WORD_AFTER}`;
}

/**
 * Regex source matching any of `keys` (as `aliasKey` makes them), longest
 * first, as a trie (see `triePattern`), without word limits.
 */
export function triePatternOf(keys: string[]): string {
  return triePattern(trieOf(keys));
}

function indexOfEntity(knowledge: Knowledge, id: string): number {
  const index = knowledge.entities.findIndex((e) => e.id === id);
  if (index < 0) throw new Error(`the lexicon needs the entity "${id}"`);
  return index;
}

/** Builds the lexicon from compiled knowledge. */
export function buildLexicon(knowledge: Knowledge): Lexicon {
  const aliases: Lexicon['aliases'] = {};
  knowledge.entities.forEach((entity, index) => {
    for (const alias of entity.aliases) aliases[aliasKey(alias)] = [index, 0];
    for (const alias of entity.contextAliases)
      aliases[aliasKey(alias)] = [index, 1];
  });
  const kim = indexOfEntity(knowledge, 'kim-jong-un');
  const putin = indexOfEntity(knowledge, 'vladimir-putin');
  const summits = knowledge.entities
    .map((e, i) => (e.kind === 'event' && e.id.startsWith('summit-') ? i : -1))
    .filter((i) => i >= 0);
  const keysOf = (entities: number[]) =>
    entities.flatMap((e) => knowledge.entities[e]!.aliases.map(aliasKey));
  // The longest word of each full name, less any word whose names all hold
  // another of the words too ("vladimir": "Vladimir Putin" holds "putin").
  const needleWords = (keys: string[]) => {
    const words = [
      ...new Set(
        keys.map((key) =>
          key.split(' ').reduce((a, b) => (b.length > a.length ? b : a)),
        ),
      ),
    ];
    for (const word of [...words]) {
      const others = words.filter((w) => w !== word);
      if (
        keys.every(
          (k) => !k.includes(word) || others.some((w) => k.includes(w)),
        )
      )
        words.splice(words.indexOf(word), 1);
    }
    return words;
  };
  const kimWords = needleWords(keysOf([kim]));
  const putinWords = needleWords(keysOf([putin]));
  // A summit's name that holds a word of Kim's full name and one of Putin's
  // ("2023 Kim Jong Un–Putin summit") is already caught by those needles.
  const summitKeys = keysOf(summits).filter(
    (key) =>
      !(
        kimWords.some((w) => key.includes(w)) &&
        putinWords.some((w) => key.includes(w))
      ),
  );
  /** One alternation of the words; a pattern that never matches if none. */
  const needle = (words: string[]) =>
    words.length
      ? words.map((w) => w.replace(ESCAPE, '\\$&')).join('|')
      : '(?!)';
  return {
    entities: knowledge.entities.map(({ id, name, kind }) => ({
      id,
      name,
      kind,
    })),
    aliases,
    pattern: combinedPattern(Object.keys(aliases)),
    gate: {
      needles: {
        kim: needle(kimWords),
        putin: needle(putinWords),
        summit: needle(needleWords(summitKeys)),
      },
      kim,
      putin,
      summits,
    },
  };
}

/** One alternation of `phrases`, or null when there are none. */
const patternOf = (phrases: readonly string[]) =>
  phrases.length ? phrasesPattern(phrases) : null;

/**
 * The meetings' cues as the content script reads them: cues with the same
 * phrases share one pattern, and each word a cue can begin with is filed
 * with its pattern's index.
 */
function cueTable(meetings: readonly Meeting[]): CueTable {
  const patterns: CueTable['patterns'] = [];
  const indexOf = new Map<string, number>();
  const leads: [string, number][] = [];
  meetings.forEach((m, meeting) =>
    m.cues.forEach((cue) => {
      const pattern = phrasesPattern(cue.says);
      let index = indexOf.get(pattern);
      if (index === undefined) {
        index = patterns.push({ pattern, cues: [] }) - 1;
        indexOf.set(pattern, index);
      }
      patterns[index]!.cues.push({
        meeting,
        weight: cue.weight,
        reason: `${cue.kind === 'place' ? 'names' : 'mentions'} ${cue.name}`,
      });
      for (const lead of cue.leads) leads.push([lead, index]);
    }),
  );
  return { patterns, leads: wordIndexData(leads) };
}

/**
 * The slice of the knowledge that reads an article's meeting and claims,
 * its phrases compiled to patterns and its words to their indexes. Each
 * slot of every answer gets an id, in the order of the answers.
 */
export function articleCues({
  meetings,
  claimSignals,
  comparisons,
}: Knowledge): ArticleCues {
  const signalled = new Set(claimSignals.map((s) => s.comparison));
  const topics = Object.fromEntries(
    comparisons.filter((c) => signalled.has(c.id)).map((c) => [c.id, c.topic]),
  );
  const slotWords: string[][] = [];
  const slot = (words: string[]) => slotWords.push(words) - 1;
  return {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the cues go in the cue table
    meetings: meetings.map(({ cues, ...meeting }) => meeting),
    cueTable: cueTable(meetings),
    claimSignals: claimSignals.map((s) => ({
      ...s,
      answers: s.answers.map(
        ({ says, mentions, topic, unless, slots, ...answer }) => ({
          ...answer,
          patterns: {
            says: says.map(phrasePattern),
            mentions: patternOf(mentions),
            topic: topic.map((group) => phrasesPattern(group)),
            unless: patternOf(unless),
          },
          slotIds: {
            says: slots.says.map((phrase) => phrase.map(slot)),
            topic: slots.topic.map(slot),
          },
        }),
      ),
    })),
    claimSlots: wordIndexData(
      slotWords.flatMap((words, id) => words.map((w) => [w, id] as const)),
    ),
    topics,
  };
}
