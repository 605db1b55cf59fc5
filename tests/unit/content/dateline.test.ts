import { expect, test } from 'vitest';
import {
  inWrittenDateline,
  MARKED_DATELINE_SELECTOR,
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
