/**
 * Finds where any of many words stands in a text, and what is filed under
 * each, from an index's data (see `knowledge/word-index-data.ts`, where
 * words are filed by their heads): one search runs for every head at once,
 * a trie of them as the lexicon builds for aliases (a few milliseconds per
 * megabyte). Pure.
 */
import { PATTERN_FLAGS } from '../../knowledge/lexicon';
import { plainWord, type WordIndexData } from '../../knowledge/word-index-data';

export class WordIndex<T> {
  private readonly search: RegExp;
  private readonly whole: Map<string, T[]>;
  private readonly stems: Map<string, T[]>;
  /** Each stem's place in the order the stems came in. */
  private readonly rank: Map<string, number>;
  /**
   * A word as found (in its case, whole or not) → what is filed under it:
   * the same few spellings recur on a page. Stems and whole words of one
   * spelling may differ: a stem match is stored under its text plus "*".
   */
  private readonly filedUnder = new Map<string, T[][]>();

  constructor(data: WordIndexData<T>) {
    this.search = new RegExp(data.search, PATTERN_FLAGS);
    this.whole = new Map(data.whole);
    this.stems = new Map(data.stems);
    this.rank = new Map(data.stems.map(([stem], i) => [stem, i]));
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
        const head = plainWord(found);
        const whole = m[1] === undefined ? undefined : this.whole.get(head);
        filed = [...(whole ? [whole] : []), ...this.stemsBegun(head)];
        this.filedUnder.set(key, filed);
      }
      for (let i = 0; i < filed.length; i++) visit(m.index, filed[i]!);
    }
  }

  /**
   * What is filed under each stem `head` begins with, in the order the
   * stems came in. The stems are among its beginnings: a look-up for each
   * costs far less than a test of each stem.
   */
  private stemsBegun(head: string): T[][] {
    const begun: string[] = [];
    for (let end = 1; end <= head.length; end++) {
      const beginning = head.slice(0, end);
      if (this.rank.has(beginning)) begun.push(beginning);
    }
    begun.sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
    return begun.map((stem) => this.stems.get(stem)!);
  }
}
