/**
 * Finds alias matches in plain text with the lexicon's one combined pattern.
 * Pure: no DOM, no browser APIs.
 */
import { PATTERN_FLAGS, type Lexicon } from '../../knowledge/lexicon';
import { LETTER_OR_DIGIT } from '../../knowledge/phrase-pattern';
import { aliasKey } from '../../utils/text';

export interface TextMatch {
  /** Offsets into the searched text; `end` is exclusive. */
  start: number;
  end: number;
  /** Index into `lexicon.entities`. */
  entity: number;
  /** True when the alias is a context alias (such as "Kim"). */
  context: boolean;
}

export type Matcher = (text: string) => readonly TextMatch[];

/** What a matcher returns for text without a match: one array, never grown. */
const NO_MATCHES: readonly TextMatch[] = Object.freeze([]);

/** What may stand between the words of a name. */
const NAME_SPACE = /[\s\-\u2010\u2011]+/y;

/**
 * Whether a capitalised word follows `end`: after a short form, it makes
 * the short form part of another name. (A letter is capital when it is not
 * its own small form; no `u`-flag pattern, which costs far more to compile.)
 */
function nameWordAfter(text: string, end: number): boolean {
  NAME_SPACE.lastIndex = end;
  if (!NAME_SPACE.test(text)) return false;
  const next = text[NAME_SPACE.lastIndex];
  return next !== undefined && next !== next.toLowerCase();
}

/**
 * Words that make the name before them part of a place's name: "Kim Il Sung
 * Square" is a square, not the man. Title case or capitals, as in a name.
 */
export const PLACE_WORDS = [
  'Square',
  'Street',
  'Avenue',
  'Boulevard',
  'Road',
  'Bridge',
  'Stadium',
  'Arena',
  'University',
  'Airport',
  'Station',
  'Plaza',
  'Palace',
  'Hall',
  'Library',
  'Museum',
  'Hospital',
  'Academy',
  'School',
  'Institute',
  'Tower',
];

/** A place word right after a person's name (checked only after one). */
const PLACE_WORD_AFTER = new RegExp(
  `\\s+(?:${PLACE_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|')})(?![${LETTER_OR_DIGIT}_])`,
  'y',
);

/**
 * Creates a matcher for the lexicon. It returns every whole-word alias match,
 * longest alias first at each position, except context aliases that run on
 * into another name ("Kim Yo Jong", "Kim Kardashian") and a person's name
 * that begins the name of a place ("Kim Il Sung Square"). Whether a context
 * alias counts on a given page is for the caller to decide.
 */
export function createMatcher(lexicon: Lexicon): Matcher {
  const pattern = new RegExp(lexicon.pattern, PATTERN_FLAGS);
  const isPerson = lexicon.entities.map((e) => e.kind === 'person');
  // The same few spellings recur on a page: normalise each one once (null:
  // the spelling is no alias).
  const entries = new Map<string, [number, 0 | 1] | null>();
  const entryOf = (found: string) => {
    let entry = entries.get(found);
    if (entry === undefined) {
      entry = lexicon.aliases[aliasKey(found)] ?? null;
      entries.set(found, entry);
    }
    return entry;
  };
  return (text) => {
    let matches: TextMatch[] | undefined;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const entry = entryOf(m[0]);
      if (!entry) continue;
      const end = m.index + m[0].length;
      const context = entry[1] === 1;
      if (context && nameWordAfter(text, end)) continue;
      if (isPerson[entry[0]]) {
        PLACE_WORD_AFTER.lastIndex = end;
        if (PLACE_WORD_AFTER.test(text)) continue;
      }
      (matches ??= []).push({ start: m.index, end, entity: entry[0], context });
    }
    return matches ?? NO_MATCHES;
  };
}

/** The length of the shortest text a matcher for the lexicon can match. */
export function shortestMatch(lexicon: Lexicon): number {
  return Math.min(...Object.keys(lexicon.aliases).map((key) => key.length));
}
