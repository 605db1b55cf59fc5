/**
 * Building blocks for property-based tests: real aliases in random spellings,
 * look-alikes that must never match, generic words, and other scripts.
 */
import fc from 'fast-check';
import lexicon from 'virtual:summit-lens/lexicon';

const SEPARATORS = [' ', '\u00a0', '-', ' \n '];

/** An alias in a random case, with random separators between its words. */
export const aliasSpelling = fc
  .tuple(
    fc.constantFrom(...Object.keys(lexicon.aliases)),
    fc.constantFrom('lower', 'upper', 'title'),
    fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
  )
  .map(([key, style, seps]) => {
    const words = key
      .split(' ')
      .map((w) =>
        style === 'upper'
          ? w.toUpperCase()
          : style === 'title'
            ? w.charAt(0).toUpperCase() + w.slice(1)
            : w,
      );
    return words.reduce(
      (out, w, i) => (i === 0 ? w : out + seps[i % 4] + w),
      '',
    );
  });

export const lookAlike = fc.constantFrom(
  'Kim Yo Jong',
  'Kim Kardashian',
  'Kim Tok Hun',
  'Kimchi',
  'Putinism',
  'Vladivostoker',
  'sanctions',
  'train',
  'Ukraine',
  'summit',
);

export const filler = fc.constantFrom(
  'the',
  'said',
  'on Tuesday',
  'North Korea',
  ',',
  '.',
  '’s',
  "'s",
  '(',
  ')',
  '—',
  '金正恩',
  'プーチン',
  'بوتين',
  '🚆',
  'élite',
  'naïve',
  '2023',
  'Square',
  'STREET',
  'Bridges',
);

/** A run of words mixing aliases, look-alikes and filler. */
export const sentence = fc
  .array(fc.oneof(aliasSpelling, lookAlike, filler, filler), {
    minLength: 1,
    maxLength: 14,
  })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '\u00a0', '\n'), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((gaps) => parts.map((p, i) => p + gaps[i]).join('')),
  );
