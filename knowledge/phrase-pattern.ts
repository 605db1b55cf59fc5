/**
 * The small phrase language in which meeting cues and claim signals are
 * authored, compiled to regular-expression source at build time.
 *
 * A phrase is words separated by spaces. Within it:
 * - a word matches case-insensitively, except a word written in capitals
 *   (`US`, `KCNA`, `U.S.`), which matches exactly as written;
 * - `word*` matches the word followed by any letters (`meet*`: meet, meets,
 *   meeting);
 * - an apostrophe matches a straight or a curly one, a hyphen a hyphen or a
 *   space;
 * - `(a|b c|d)` matches one of the alternatives, each itself a phrase; an
 *   empty alternative (`(the|)`) makes the group optional;
 * - `…` (or `...`) matches a gap of up to five words that does not cross the
 *   end of a clause; an aside between commas (", citing a Russian official,")
 *   counts as one word of the gap.
 * A phrase matches whole words only. Words are separated by white space.
 */

/** Flags to use with every compiled phrase. */
export const PHRASE_FLAGS = 'u';

/** Words the gap `…` may skip. */
export const GAP_WORDS = 5;

export class PhraseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhraseError';
  }
}

/** Between words: white space, or a hyphen (`rocket-launch site`). */
const SPACE = '[\\s\\u00a0\\-\\u2010\\u2011]+';
/** Most words of an aside between commas that a gap may skip. */
const ASIDE_WORDS = 6;
/** A word of a gap: no clause punctuation inside, no full stop at its end. */
const GAP_WORD =
  '(?:[^\\s,;:!?()\\u201c\\u201d"]*[^\\s.,;:!?()\\u201c\\u201d"]|(?:\\p{L}\\.){2,})';
const ASIDE = `,(?:${SPACE}${GAP_WORD}){1,${ASIDE_WORDS}},`;
const GAP = `(?:${SPACE}${GAP_WORD}|${ASIDE}){0,${GAP_WORDS}}`;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const ESCAPE = /[.*+?^${}()|[\]\\/-]/g;

type Node =
  | { kind: 'word'; source: string }
  | { kind: 'gap' }
  | { kind: 'group'; alternatives: Node[][]; optional: boolean };

/** Splits a phrase into words, gaps, group brackets and bars. */
function tokenize(phrase: string): string[] {
  return phrase.match(/[()|]|[^\s()|]+/g) ?? [];
}

function parse(phrase: string): Node[] {
  const tokens = tokenize(phrase);
  let at = 0;
  const sequence = (depth: number): Node[] => {
    const nodes: Node[] = [];
    while (at < tokens.length) {
      const token = tokens[at]!;
      if (token === '|' || token === ')') {
        if (depth === 0) throw new PhraseError(`unexpected "${token}"`);
        return nodes;
      }
      at += 1;
      if (token === '(') {
        const alternatives: Node[][] = [sequence(depth + 1)];
        while (tokens[at] === '|') {
          at += 1;
          alternatives.push(sequence(depth + 1));
        }
        if (tokens[at] !== ')') throw new PhraseError('a "(" is not closed');
        at += 1;
        const filled = alternatives.filter((a) => a.length > 0);
        if (filled.length === 0) throw new PhraseError('an empty group');
        nodes.push({
          kind: 'group',
          alternatives: filled,
          optional: filled.length < alternatives.length,
        });
      } else if (token === '…' || token === '...') {
        nodes.push({ kind: 'gap' });
      } else {
        nodes.push({ kind: 'word', source: wordSource(token) });
      }
    }
    return nodes;
  };
  const nodes = sequence(0);
  if (nodes.length === 0) throw new PhraseError('the phrase is empty');
  if (
    nodes.every((n) => n.kind === 'gap' || (n.kind === 'group' && n.optional))
  )
    throw new PhraseError('the phrase must require at least one word');
  if (nodes[0]!.kind === 'gap' || nodes[nodes.length - 1]!.kind === 'gap')
    throw new PhraseError('a phrase cannot start or end with a gap');
  return nodes;
}

/** A word written in capitals (two or more letters, no lower case). */
function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function wordSource(token: string): string {
  const stem = token.endsWith('*');
  const word = stem ? token.slice(0, -1) : token;
  if (word === '' || /[*…]/.test(word))
    throw new PhraseError(`"${token}" is not a word`);
  const exact = isAcronym(word);
  let source = '';
  for (const char of word) {
    if (char === "'" || char === '\u2019') source += "['\u2019]";
    else if (char === '-') source += '[-\\u2010\\u2011\\s]';
    else if (exact) source += char.replace(ESCAPE, '\\$&');
    else source += caseless(char);
  }
  return stem ? `${source}\\p{L}*` : source;
}

function caseless(char: string): string {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower !== upper && lower.length === 1 && upper.length === 1)
    return `[${lower}${upper}]`;
  return char.replace(ESCAPE, '\\$&');
}

/** Source of a sequence; each node after the first brings its own space. */
function sequenceSource(nodes: Node[]): string {
  let out = '';
  // Until a required node is written, a node needs no space before it.
  let first = true;
  nodes.forEach((node) => {
    if (node.kind === 'gap') {
      if (first) throw new PhraseError('a gap must follow a word');
      out += GAP;
      return;
    }
    const body =
      node.kind === 'word'
        ? node.source
        : `(?:${node.alternatives.map(sequenceSource).join('|')})`;
    if (node.kind === 'group' && node.optional) {
      out += first ? `(?:${body}${SPACE})?` : `(?:${SPACE}${body})?`;
    } else {
      out += first ? body : `${SPACE}${body}`;
      first = false;
    }
  });
  return out;
}

/**
 * Compiles one phrase to regular-expression source (use with
 * `PHRASE_FLAGS`); throws a `PhraseError` saying what is wrong.
 */
export function phrasePattern(phrase: string): string {
  return `${BEFORE}(?:${sequenceSource(parse(phrase))})${AFTER}`;
}

/** Compiles several phrases into one alternation. */
export function phrasesPattern(phrases: readonly string[]): string {
  return phrases.map(phrasePattern).join('|');
}
