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
export const PHRASE_FLAGS = '';

/**
 * Letters, for word limits, as the inside of a character class: those of
 * the Latin alphabets. Patterns spell them out rather than use `\\p{L}`,
 * which needs the `u` flag; V8 compiles and runs them many times faster
 * without it.
 */
export const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
export const LETTER_OR_DIGIT = `${LETTER}0-9`;

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
/** Between the words of a gap: white space only, so that words split one way. */
const GAP_SPACE = '[\\s\\u00a0]+';
/** Most words of an aside between commas that a gap may skip. */
const ASIDE_WORDS = 6;
/** A word of a gap: no clause punctuation inside, no full stop at its end. */
const GAP_WORD = `(?:[^\\s,;:!?()\\u201c\\u201d"]*[^\\s.,;:!?()\\u201c\\u201d"]|(?:[${LETTER}]\\.){2,})`;
const ASIDE = `,(?:${GAP_SPACE}${GAP_WORD}){1,${ASIDE_WORDS}},`;
const GAP = `(?:${GAP_SPACE}${GAP_WORD}|${ASIDE}){0,${GAP_WORDS}}`;
/**
 * Where a match may begin: after no letter or digit. `\\b` says the same
 * for a phrase that begins with an ASCII letter or digit and is much faster
 * (it lets the engine skip ahead); a look-behind serves the others.
 */
const BEFORE = `(?<![${LETTER_OR_DIGIT}])`;
const ASCII_START = /^[A-Za-z0-9]/;
const AFTER = `(?![${LETTER_OR_DIGIT}])`;
const ESCAPE = /[.*+?^${}()|[\]\\/-]/g;

type Node =
  | { kind: 'word'; source: string; text: string }
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
        nodes.push({ kind: 'word', source: wordSource(token), text: token });
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
  return stem ? `${source}[${LETTER}]*` : source;
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
  const nodes = parse(phrase);
  const before = leadsOf(nodes).every((w) => ASCII_START.test(w.text))
    ? '\\b'
    : BEFORE;
  return `${before}(?:${sequenceSource(nodes)})${AFTER}`;
}

/** Compiles several phrases into one alternation. */
export function phrasesPattern(phrases: readonly string[]): string {
  return phrases.map(phrasePattern).join('|');
}

/** The words a sequence can begin with. */
function leadsOf(nodes: Node[]): Word[] {
  const out: Word[] = [];
  for (const node of nodes) {
    if (node.kind === 'word') return [...out, node];
    if (node.kind === 'gap') return out;
    out.push(...node.alternatives.flatMap(leadsOf));
    if (!node.optional) return out;
  }
  return out;
}

/**
 * The words (as written in the phrases) with which any of the phrases can
 * begin: a phrase can only begin where one is (see `WordIndex`).
 */
export function leadWords(phrases: readonly string[]): string[] {
  return [
    ...new Set(phrases.flatMap((p) => leadsOf(parse(p)).map((w) => w.text))),
  ];
}

/** Words that searching for finds in almost every sentence of English. */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or of to in on at by as for from with be is was were are ' +
    'has have had not no when which who that this after before once more ' +
    'most only two one it its his her their him over down up out than then'
  ).split(' '),
);

/** Words in almost every sentence of news about the summits. */
const COMMON = new Set([
  ...FUNCTION_WORDS,
  ...(
    'said say says told set get got top way time place show late part ' +
    "take took kim putin russia russian russia's moscow moscow's kremlin " +
    "north korea korean pyongyang pyongyang's leader leaders president " +
    'official officials'
  ).split(' '),
]);

type Word = Extract<Node, { kind: 'word' }>;

/** Whether a word is one of the few in almost every sentence of English. */
const isFunctionWord = (word: Word) =>
  FUNCTION_WORDS.has(word.text.toLowerCase());

/**
 * How telling a word is to search for: -1 if a function word, 0 if common,
 * else its length.
 */
const telling = (word: Word) =>
  isFunctionWord(word)
    ? -1
    : COMMON.has(word.text.toLowerCase())
      ? 0
      : word.text.replace(/\*$/, '').length;

/**
 * Of the nodes every match of a sequence goes through, the one whose words
 * are most telling: the words one of which any match holds.
 */
function keyNode(nodes: Node[]): Word[] {
  let best: Word[] = [];
  let bestScore = -Infinity;
  for (const node of nodes) {
    if (node.kind === 'gap' || (node.kind === 'group' && node.optional))
      continue;
    const words =
      node.kind === 'word' ? [node] : node.alternatives.flatMap(keyNode);
    const score = Math.min(...words.map(telling));
    // Of two as telling, the one with fewer words finds fewer sentences.
    if (
      score > bestScore ||
      (score === bestScore && words.length < best.length)
    )
      [best, bestScore] = [words, score];
  }
  return best;
}

/**
 * What every match of a phrase holds, for a cheap first search: a list of
 * slots, each the words (as written in the phrase) one of which a match
 * holds. Every part the phrase requires gets a slot unless one of its words
 * is a function word, which nearly every sentence holds ("Sunday", then
 * "evening" or "night", in "Sunday (evening|night)"; "show" or "optics" in
 * "(mostly|mainly) (about|for) (show|optics)"): the more slots, the fewer
 * sentences an answer is examined in, and the fewer of its patterns a page
 * compiles. A phrase that requires only function words has one slot, its
 * most telling part.
 */
export function phraseSlots(phrase: string): string[][] {
  const nodes = parse(phrase);
  const slots: string[][] = [];
  for (const node of nodes) {
    if (node.kind === 'gap' || (node.kind === 'group' && node.optional))
      continue;
    const words =
      node.kind === 'word' ? [node] : node.alternatives.flatMap(keyNode);
    if (!words.some(isFunctionWord))
      slots.push([...new Set(words.map((w) => w.text))]);
  }
  return slots.length
    ? slots
    : [[...new Set(keyNode(nodes).map((w) => w.text))]];
}

/**
 * The words one of which any match of any of the phrases holds (see
 * `phraseSlots`), or null when some of them are function words: then the
 * slot would tell nothing.
 */
export function groupSlot(phrases: readonly string[]): string[] | null {
  const words = phrases.flatMap((p) => keyNode(parse(p)));
  return words.some(isFunctionWord)
    ? null
    : [...new Set(words.map((w) => w.text))];
}
