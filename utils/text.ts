/**
 * Text normalisation shared by the knowledge compiler and the page matcher,
 * so that an alias written in YAML and the same words on a page compare equal.
 */

const TYPOGRAPHIC_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const TYPOGRAPHIC_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SOFT_HYPHEN = /\u00ad/g;
const WHITESPACE = /\s+/g;
/** Characters that may separate the words of a name: spaces, NBSP, hyphens. */
export const NAME_SEPARATOR_CLASS = '[\\s\\-\\u2010\\u2011\\u2013]';
const NAME_SEPARATORS = new RegExp(`${NAME_SEPARATOR_CLASS}+`, 'g');

/**
 * The key under which an alias is indexed: lower case, soft hyphens removed,
 * curly apostrophes straightened, and any run of spaces or hyphens folded to
 * one space. `Kim Jong-un`, `KIM JONG UN` and `Kim\u00a0Jong Un` share a key.
 */
export function aliasKey(text: string): string {
  return text
    .replace(SOFT_HYPHEN, '')
    .replace(TYPOGRAPHIC_SINGLE, "'")
    .replace(NAME_SEPARATORS, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Text as compared when checking a quote against its source: whitespace runs
 * folded, typographic quotes, apostrophes and dashes made plain. Case and all
 * other punctuation are kept.
 */
export function quoteKey(text: string): string {
  return text
    .replace(SOFT_HYPHEN, '')
    .replace(TYPOGRAPHIC_SINGLE, "'")
    .replace(TYPOGRAPHIC_DOUBLE, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(WHITESPACE).length;
}
