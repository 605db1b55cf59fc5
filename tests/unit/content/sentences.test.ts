import { describe, expect, test } from 'vitest';
import { sentenceSpans, spanAt } from '../../../entrypoints/content/sentences';

const sentences = (text: string) =>
  sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  test('splits at sentence ends and trims white space', () => {
    expect(sentences('  Kim left. Putin waited!  Did they meet? ')).toEqual([
      'Kim left.',
      'Putin waited!',
      'Did they meet?',
    ]);
  });

  test('does not end a sentence after a title, a month or an initial', () => {
    expect(
      sentences(
        'SEOUL, Sept. 12 (Reuters) - Mr. Kim met Gen. Shoigu and Donald J. Trump. Then he left.',
      ),
    ).toEqual([
      'SEOUL, Sept. 12 (Reuters) - Mr. Kim met Gen. Shoigu and Donald J. Trump.',
      'Then he left.',
    ]);
  });

  test('an initialism ends a sentence only before a word that starts one', () => {
    expect(
      sentences('The U.S. Army left. Officials in the U.S. They said no.'),
    ).toEqual([
      'The U.S. Army left.',
      'Officials in the U.S.',
      'They said no.',
    ]);
    expect(sentences('Talks at the U.N. ended late.')).toEqual([
      'Talks at the U.N. ended late.',
    ]);
  });

  test('text without an end is one sentence; a line break ends one', () => {
    expect(sentences('Kim arrives in Russia')).toEqual([
      'Kim arrives in Russia',
    ]);
    expect(sentences('Headline here\nFirst paragraph.')).toEqual([
      'Headline here',
      'First paragraph.',
    ]);
  });

  test('spanAt finds the span holding an offset', () => {
    const text = 'One two. Three four.';
    const spans = sentenceSpans(text);
    expect(spanAt(spans, 0)).toBe(0);
    expect(spanAt(spans, text.indexOf('Three'))).toBe(1);
    expect(spanAt(spans, text.indexOf('. Three') + 1)).toBe(-1);
  });
});
