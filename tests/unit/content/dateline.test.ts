import { expect, test } from 'vitest';
import {
  inWrittenDateline,
  MARKED_DATELINE_SELECTOR,
  mayBeDatelinePlace,
} from '../../../entrypoints/content/dateline';

/** The range of the first occurrence of `word` in the body's text. */
function rangeOf(word: string): Range {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent?.indexOf(word) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + word.length);
    return range;
  }
  throw new Error(`no ${word}`);
}

test.each([
  ['MOSCOW/SEOUL, Sept 13 (Reuters) - Kim Jong Un met Putin.', 'SEOUL'],
  ['VLADIVOSTOK, Russia (AP) — Kim arrived.', 'VLADIVOSTOK'],
  ['PYONGYANG: North Korea said on Monday…', 'PYONGYANG'],
])('a wire dateline is one: %s', (text, word) => {
  document.body.innerHTML = `<p>${text}</p>`;
  expect(inWrittenDateline(rangeOf(word))).toBe(true);
});

test.each([
  ['Kim arrived in Vladivostok on Wednesday.', 'Vladivostok'],
  ['The leaders met at VOSTOCHNY, officials said - and left.', 'VOSTOCHNY'],
  ['Vladivostok, Russia — Kim arrived.', 'Vladivostok'],
])('prose is not a dateline: %s', (text, word) => {
  document.body.innerHTML = `<p>${text}</p>`;
  expect(inWrittenDateline(rangeOf(word))).toBe(false);
});

test('an element marked as a dateline is one, whatever its case', () => {
  document.body.innerHTML = `<p><span class="article-dateline">Vladivostok, Russia</span> Kim arrived.</p>`;
  const span = document.querySelector('span') as Element;
  expect(span.matches(MARKED_DATELINE_SELECTOR)).toBe(true);
  expect(inWrittenDateline(rangeOf('Vladivostok'))).toBe(false);
});

test('only a name in capitals near the start of its text may be a dateline place', () => {
  const text = 'MOSCOW/SEOUL, Sept 13 (Reuters) - Kim Jong Un met Putin.';
  const at = (word: string) =>
    [text.indexOf(word), text.indexOf(word) + word.length] as const;
  expect(mayBeDatelinePlace(text, ...at('SEOUL'))).toBe(true);
  expect(mayBeDatelinePlace(text, ...at('Putin'))).toBe(false);
  const far = `${'x'.repeat(61)}SEOUL`;
  expect(mayBeDatelinePlace(far, 61, 66)).toBe(false);
  expect(mayBeDatelinePlace(far.slice(1), 60, 65)).toBe(true);
  // Capitals beyond ASCII count; a name with any small letter does not.
  for (const [name, capitals] of [
    ['SÉOUL', true],
    ['U.N.', true],
    ['Séoul', false],
    ['SEOUl', false],
    ['2019', false],
  ] as const)
    expect(mayBeDatelinePlace(`${name} —`, 0, name.length)).toBe(capitals);
});

test('a mention it rules out is never in a written dateline', () => {
  // Wherever a segment starts, a mention past its 60th character, or with
  // a small letter, is not in a dateline: the cheap test loses none.
  const openings = [
    'MOSCOW/SEOUL, Sept 13 (Reuters) - ',
    'PYONGYANG: ',
    'VLADIVOSTOK, Russia (AP) — ',
    `${'A'.repeat(50)}, Russia (AP) — `,
    'Moscow — ',
  ];
  for (const opening of openings)
    for (const word of ['SEOUL', 'Seoul', 'PUTIN']) {
      const text = `${opening}${word} said.`;
      document.body.innerHTML = `<p>${text}</p>`;
      const start = opening.length;
      if (!mayBeDatelinePlace(text, start, start + word.length))
        expect(inWrittenDateline(rangeOf(word))).toBe(false);
    }
});
