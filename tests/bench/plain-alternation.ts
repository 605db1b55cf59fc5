/**
 * The floor's pattern: one plain alternation of every alias, as the issue
 * describes the floor. It is also the reference that the lexicon's own
 * pattern (a trie of the same aliases, which V8 runs faster) is tested
 * against.
 */
import { aliasPattern, WORD_AFTER, WORD_BEFORE } from '../../knowledge/lexicon';

/**
 * Every alias key's own pattern, longest first so that the longest alias at
 * a position wins, in one alternation between the lexicon's word limits.
 */
export function plainAlternation(keys: string[]): string {
  const alternatives = [...new Set(keys.map(aliasPattern))].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
  return `${WORD_BEFORE}(?:${alternatives.join('|')})${WORD_AFTER}`;
}
