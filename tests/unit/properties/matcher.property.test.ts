import fc from 'fast-check';
import lexicon from 'virtual:summit-lens/lexicon';
import { expect, test } from 'vitest';
import {
  createMatcher,
  PLACE_WORDS,
  type TextMatch,
} from '../../../entrypoints/content/matcher';
import { PATTERN_FLAGS, WORD_CHAR } from '../../../knowledge/lexicon';
import { LETTER_OR_DIGIT } from '../../../knowledge/phrase-pattern';
import { plainAlternation } from '../../bench/plain-alternation';
import { aliasKey } from '../../../utils/text';
import { sentence } from './vocabulary';

const SEPARATOR = /[\s\-\u2010\u2011\u2013]/;
const WORD = new RegExp(WORD_CHAR);

/** Longest alias first, as authored keys (lower case, single spaces). */
const aliases = Object.keys(lexicon.aliases).sort(
  (a, b) => b.length - a.length,
);

/** Matches `alias` at `i` character by character; returns the end or -1. */
function matchAt(text: string, i: number, alias: string): number {
  let j = i;
  for (const ch of alias) {
    if (ch === ' ') {
      if (!SEPARATOR.test(text[j] ?? '')) return -1;
      while (SEPARATOR.test(text[j] ?? '')) j++;
    } else if (ch === "'") {
      if (text[j] !== "'" && text[j] !== '\u2019') return -1;
      j++;
    } else {
      if ((text[j] ?? '').toLowerCase() !== ch) return -1;
      j++;
    }
  }
  return WORD.test(text[j] ?? '') ? -1 : j;
}

/**
 * The word after white space at the start of a text. A word is made of the
 * letters the matcher's patterns know: "STREET金正恩" opens with "STREET".
 */
const FIRST_WORD = new RegExp(`^\\s+([${LETTER_OR_DIGIT}_]+)`);

/** Whether `rest` opens with white space and then a whole place word. */
function startsWithPlaceWord(rest: string): boolean {
  const word = FIRST_WORD.exec(rest)?.[1];
  return (
    word !== undefined &&
    PLACE_WORDS.some((w) => word === w || word === w.toUpperCase())
  );
}

/** A slow, obvious reference: try every alias at every word start. */
function naiveMatches(text: string): TextMatch[] {
  const out: TextMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (i > 0 && WORD.test(text[i - 1]!)) {
      i++;
      continue;
    }
    let matched = false;
    for (const alias of aliases) {
      const end = matchAt(text, i, alias);
      if (end < 0) continue;
      matched = true;
      const [entity, context] = lexicon.aliases[alias]!;
      const runsOn = /^[\s\-\u2010\u2011]+\p{Lu}/u.test(text.slice(end));
      const namesPlace =
        lexicon.entities[entity]!.kind === 'person' &&
        startsWithPlaceWord(text.slice(end));
      if (!(context && runsOn) && !namesPlace)
        out.push({ start: i, end, entity, context: context === 1 });
      i = end;
      break;
    }
    if (!matched) i++;
  }
  return out;
}

const match = createMatcher(lexicon);

test('the matcher agrees with a naive reference on random text', () => {
  fc.assert(
    fc.property(sentence, (text) => {
      expect(match(text)).toEqual(naiveMatches(text));
    }),
    {
      numRuns: 400,
      // Found by a run: a place word that CJK text follows without a space.
      examples: [['Kim Kardashian trump STREET金正恩 ']],
    },
  );
});

test('every match is exactly an alias of its entity', () => {
  fc.assert(
    fc.property(sentence, (text) => {
      for (const m of match(text)) {
        const entry = lexicon.aliases[aliasKey(text.slice(m.start, m.end))];
        expect(entry?.[0]).toBe(m.entity);
      }
    }),
    { numRuns: 300 },
  );
});

test('the trie pattern finds exactly what a plain alternation finds', () => {
  const trie = new RegExp(lexicon.pattern, PATTERN_FLAGS);
  const plain = new RegExp(
    plainAlternation(Object.keys(lexicon.aliases)),
    PATTERN_FLAGS,
  );
  const all = (regex: RegExp, text: string) =>
    [...text.matchAll(regex)].map((m) => [m.index, m[0]]);
  fc.assert(
    fc.property(sentence, (text) => {
      expect(all(trie, text)).toEqual(all(plain, text));
    }),
    { numRuns: 400 },
  );
});
