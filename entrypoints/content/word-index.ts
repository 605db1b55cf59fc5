/**
 * Finds where any of many words stands in a text, and what is filed under
 * each. Words are written as in the phrase language (`meet*`, `U.S.`,
 * `know-how`, `Kim's`); a word is found by its head, its letters up to the
 * first hyphen or space (`know` for `know-how`), which is enough for a
 * first search: callers check what they find. One search runs for every
 * head at once, a trie of them as the lexicon builds for aliases (a few
 * milliseconds per megabyte). Pure.
 */
import {
  PATTERN_FLAGS,
  triePatternOf,
  WORD_AFTER,
  WORD_BEFORE,
} from '../../knowledge/lexicon';
import { LETTER_OR_DIGIT } from '../../knowledge/phrase-pattern';

const INITIALISM = /^(?:[A-Za-z]\.)+$/;
/**
 * A head: the first run of letters, digits and apostrophes. Phrases are
 * written in the Latin alphabet; a class spelled out compiles far faster
 * than one with the `u` flag.
 */
const HEAD = new RegExp(`[${LETTER_OR_DIGIT}'\u2019]+`);
const ASCII_WORD = /^\w/;

const plain = (text: string) => {
  const lower = text.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
};

/** A word's head and whether it stands for any word it begins (a stem). */
function headOf(word: string): { head: string; stem: boolean } {
  const stem = word.endsWith('*');
  const bare = stem ? word.slice(0, -1) : word;
  if (INITIALISM.test(bare)) return { head: plain(bare), stem };
  return { head: plain(HEAD.exec(bare)?.[0] ?? bare), stem };
}

export class WordIndex<T> {
  /** Whole heads (group 1, up to a word limit), else stems (group 2). */
  private readonly search: RegExp;
  private readonly whole = new Map<string, T[]>();
  /** Head → what is filed under every stem that head begins with. */
  private readonly stemsOf = new Map<string, T[][]>();
  /**
   * A word as found (in its case, whole or not) → what is filed under it:
   * the same few spellings recur on a page. Stems and whole words of one
   * spelling may differ: a stem match is stored under its text plus "*".
   */
  private readonly filedUnder = new Map<string, T[][]>();

  /** `entries`: words and what each is filed with. */
  constructor(entries: Iterable<readonly [word: string, item: T]>) {
    const stems = new Map<string, T[]>();
    for (const [word, item] of entries) {
      const { head, stem } = headOf(word);
      const map = stem ? stems : this.whole;
      const items = map.get(head) ?? [];
      if (!items.includes(item)) items.push(item);
      map.set(head, items);
    }
    const heads = [...new Set([...this.whole.keys(), ...stems.keys()])];
    const rank = new Map([...stems.keys()].map((stem, i) => [stem, i]));
    for (const head of heads) {
      // The stems a head begins with are among its beginnings: a look-up
      // for each costs far less than a test of each stem. They are filed
      // in the order the stems came in.
      const begun: string[] = [];
      for (let end = 1; end <= head.length; end++) {
        const beginning = head.slice(0, end);
        if (rank.has(beginning)) begun.push(beginning);
      }
      begun.sort((a, b) => rank.get(a)! - rank.get(b)!);
      this.stemsOf.set(
        head,
        begun.map((stem) => stems.get(stem)!),
      );
    }
    const trie = (keys: string[]) =>
      keys.length ? triePatternOf(keys) : '(?!)';
    const lead = heads.every((h) => ASCII_WORD.test(h)) ? '\\b' : '';
    this.search = new RegExp(
      `${lead}${WORD_BEFORE}(?:(${trie([...this.whole.keys()])})${WORD_AFTER}|(${trie([...stems.keys()])}))`,
      PATTERN_FLAGS,
    );
  }

  /**
   * Calls `visit` for every place in `text`, in order, where a word stands,
   * once for each list of what is filed under a word found there (lists
   * are shared: do not change them).
   */
  scan(
    text: string,
    visit: (index: number, filed: readonly T[]) => void,
  ): void {
    const search = this.search;
    search.lastIndex = 0;
    for (let m = search.exec(text); m; m = search.exec(text)) {
      const found = m[1] ?? m[2]!;
      const key = m[1] === undefined ? `${found}*` : found;
      let filed = this.filedUnder.get(key);
      if (!filed) {
        const head = plain(found);
        const whole = m[1] === undefined ? undefined : this.whole.get(head);
        filed = [...(whole ? [whole] : []), ...(this.stemsOf.get(head) ?? [])];
        this.filedUnder.set(key, filed);
      }
      for (const items of filed) visit(m.index, items);
    }
  }
}
