/**
 * What a `WordIndex` (`entrypoints/content/word-index.ts`) searches with,
 * worked out from its words: at build time for the knowledge's indexes
 * (see `articleCues`), so that a page does not build their tries. Words are
 * written as in the phrase language (`meet*`, `U.S.`, `know-how`, `Kim's`);
 * each is filed under its head, its letters up to the first hyphen or space
 * (`know` for `know-how`), which is enough for a first search: callers
 * check what they find. Pure.
 */
import { triePatternOf, WORD_AFTER, WORD_BEFORE } from './lexicon';
import { LETTER_OR_DIGIT } from './phrase-pattern';

export interface WordIndexData<T> {
  /**
   * Regular-expression source (use with `PATTERN_FLAGS`) finding every
   * head at once: a whole head in group 1, up to a word limit, else a stem
   * in group 2.
   */
  search: string;
  /** Heads that stand for themselves, each with what is filed under it. */
  whole: [head: string, items: T[]][];
  /** Heads that stand for any word they begin (stems), in the order given. */
  stems: [head: string, items: T[]][];
}

const INITIALISM = /^(?:[A-Za-z]\.)+$/;
/**
 * A head: the first run of letters, digits and apostrophes. Phrases are
 * written in the Latin alphabet.
 */
const HEAD = new RegExp(`[${LETTER_OR_DIGIT}'\u2019]+`);
const ASCII_WORD = /^\w/;

/** A word as it is filed and looked up: lower case, straight apostrophes. */
export function plainWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** A word's head and whether it stands for any word it begins (a stem). */
function headOf(word: string): { head: string; stem: boolean } {
  const stem = word.endsWith('*');
  const bare = stem ? word.slice(0, -1) : word;
  if (INITIALISM.test(bare)) return { head: plainWord(bare), stem };
  return { head: plainWord(HEAD.exec(bare)?.[0] ?? bare), stem };
}

/** The data of an index of `entries`: words and what each is filed with. */
export function wordIndexData<T>(
  entries: Iterable<readonly [word: string, item: T]>,
): WordIndexData<T> {
  const whole = new Map<string, T[]>();
  const stems = new Map<string, T[]>();
  for (const [word, item] of entries) {
    const { head, stem } = headOf(word);
    const map = stem ? stems : whole;
    const items = map.get(head) ?? [];
    if (!items.includes(item)) items.push(item);
    map.set(head, items);
  }
  const heads = [...whole.keys(), ...stems.keys()];
  const trie = (keys: string[]) => (keys.length ? triePatternOf(keys) : '(?!)');
  const lead = heads.every((h) => ASCII_WORD.test(h)) ? '\\b' : '';
  return {
    search: `${lead}${WORD_BEFORE}(?:(${trie([...whole.keys()])})${WORD_AFTER}|(${trie([...stems.keys()])}))`,
    whole: [...whole],
    stems: [...stems],
  };
}
