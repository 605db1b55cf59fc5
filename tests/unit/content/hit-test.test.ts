import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, expect, test } from 'vitest';
import {
  caretAt,
  mentionAtPoint,
  rectsContain,
} from '../../../entrypoints/content/hit-test';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { MentionStore } from '../../../entrypoints/content/mention-store';
import { TextReader } from '../../../entrypoints/content/text-reader';

const rect = (left: number, top: number, width: number, height: number) =>
  new DOMRect(left, top, width, height);

beforeEach(() => document.body.replaceChildren());

test('a point is inside rects with a pixel of tolerance', () => {
  const rects = [rect(10, 10, 50, 20), rect(100, 40, 30, 20)];
  expect(rectsContain(rects, 10, 10)).toBe(true);
  expect(rectsContain(rects, 9, 30)).toBe(true);
  expect(rectsContain(rects, 61, 20)).toBe(true);
  expect(rectsContain(rects, 62, 20)).toBe(false);
  expect(rectsContain(rects, 115, 50)).toBe(true);
  expect(rectsContain([], 0, 0)).toBe(false);
});

test('the caret comes from caretPositionFromPoint, else caretRangeFromPoint', () => {
  const text = document.createTextNode('Kim Jong Un');
  const standard = {
    caretPositionFromPoint: () => ({ offsetNode: text, offset: 3 }),
  } as unknown as Document;
  expect(caretAt(standard, 1, 2)).toEqual({ node: text, offset: 3 });
  const range = document.createRange();
  range.setStart(text, 5);
  const webkit = {
    caretRangeFromPoint: () => range,
  } as unknown as Document;
  expect(caretAt(webkit, 1, 2)).toEqual({ node: text, offset: 5 });
  expect(caretAt({} as Document, 1, 2)).toBeUndefined();
});

test('the mention at a point is the one holding the caret, if the point is on its boxes', () => {
  const p = document.createElement('p');
  p.textContent = 'Putin met Kim Jong Un.';
  document.body.append(p);
  const store = new MentionStore(lexicon);
  const matcher = createMatcher(lexicon);
  new TextReader(document.body).read((text, locator) => {
    const matches = matcher(text);
    store.add(text, matches, locator.place(matches));
  });
  const kim = store.list()[1];
  if (!kim) throw new Error('no mention');
  kim.range.getClientRects = () =>
    [rect(100, 10, 80, 20)] as unknown as DOMRectList;
  const doc = {
    caretPositionFromPoint: () => ({ offsetNode: p.firstChild, offset: 12 }),
  } as unknown as Document;
  expect(mentionAtPoint(doc, store, 120, 20)).toBe(kim);
  // Beside the end of a line the caret is still in the mention's text.
  expect(mentionAtPoint(doc, store, 300, 20)).toBeUndefined();
});
