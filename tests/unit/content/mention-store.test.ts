import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, expect, test } from 'vitest';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { MentionStore } from '../../../entrypoints/content/mention-store';
import {
  TextReader,
  type ScanRoot,
} from '../../../entrypoints/content/text-reader';

const matcher = createMatcher(lexicon);

/** Reads `root` into the store as a scan does. */
function scan(store: MentionStore, root: ScanRoot): void {
  new TextReader(root).read((text, locator) => {
    const matches = matcher(text);
    if (matches.length) store.add(text, matches, locator.place(matches));
  });
}

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  const template = document.createElement('template');
  // Test fixtures only: the extension itself never parses HTML.
  template.innerHTML = html;
  p.append(template.content);
  document.body.append(p);
  return p;
}

const texts = (store: MentionStore) =>
  store.list().map((m) => m.range.toString());

beforeEach(() => document.body.replaceChildren());

test('a short form waits for the full name, wherever it comes', () => {
  const store = new MentionStore(lexicon);
  paragraph('Mr. Kim waved. Putin smiled.');
  const kimFirst = new MentionStore(lexicon);
  scan(kimFirst, document.body);
  expect(texts(kimFirst)).toEqual(['Putin']);

  paragraph('It was Kim Jong Un’s first trip in years.');
  scan(store, document.body);
  expect(texts(store)).toEqual(['Mr. Kim', 'Putin', 'Kim Jong Un']);
  const kim = lexicon.entities.findIndex((e) => e.id === 'kim-jong-un');
  expect(store.fullNameOf(kim)).toBe('Kim Jong Un');
});

test('hands out each counted mention once, a short form when it starts to count', () => {
  const store = new MentionStore(lexicon);
  scan(store, paragraph('Mr. Kim waved at Putin.'));
  expect(store.takeNew().map((m) => m.range.toString())).toEqual(['Putin']);
  scan(store, paragraph('Kim Jong Un left.'));
  expect(store.takeNew().map((m) => m.range.toString())).toEqual([
    'Mr. Kim',
    'Kim Jong Un',
  ]);
  expect(store.takeNew()).toEqual([]);
});

test('edited text loses its stale mentions', () => {
  const store = new MentionStore(lexicon);
  const p = paragraph('Putin met Kim Jong Un in Vladivostok.');
  scan(store, document.body);
  const text = p.firstChild as Text;
  text.data = 'Putin met Kim Jong Un in Khasan.';
  const removed = store.removeStale(new Set([text]));
  // The ranges moved with the edit: what was "Vladivostok" is no alias now.
  expect(removed).toHaveLength(1);
  expect(store.removeWithin(p)).toHaveLength(2);
  scan(store, p);
  expect(texts(store)).toEqual(['Putin', 'Kim Jong Un', 'Khasan']);
});

test('removed nodes lose their mentions', () => {
  const store = new MentionStore(lexicon);
  paragraph('Putin met Kim Jong Un.');
  const gone = paragraph('Sergei Shoigu was there.');
  scan(store, document.body);
  gone.remove();
  expect(store.removeStale(new Set()).map((m) => m.range.toString())).toEqual([
    'Sergei Shoigu',
  ]);
  expect(texts(store)).toEqual(['Putin', 'Kim Jong Un']);
});

test('lists mentions in document order, those in shadow trees too', () => {
  const store = new MentionStore(lexicon);
  paragraph('Putin met Kim Jong Un.');
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = document.createElement('p');
  inner.textContent = 'Vladivostok';
  shadow.append(inner);
  paragraph('Later, Pyongyang.');
  scan(store, document.body);
  scan(store, shadow);
  // Where a shadow tree's text falls against the page's is the browser's
  // choice (the trees are disconnected); each tree keeps its own order.
  const listed = texts(store);
  expect(listed.filter((t) => t !== 'Vladivostok')).toEqual([
    'Putin',
    'Kim Jong Un',
    'Pyongyang',
  ]);
  expect(listed).toContain('Vladivostok');
  const [putin] = store.list();
  expect(putin && store.has(putin)).toBe(true);
  store.removeAll();
  expect(putin && store.has(putin)).toBe(false);
  expect(store.counts().size).toBe(0);
});

test('finds the mention at a DOM point', () => {
  const store = new MentionStore(lexicon);
  const p = paragraph('Putin met <em>Kim</em> Jong Un.');
  scan(store, document.body);
  const kim = p.querySelector('em')?.firstChild;
  if (!kim || !p.firstChild) throw new Error('fixture');
  expect(store.at(kim, 1)?.range.toString()).toBe('Kim Jong Un');
  expect(store.at(p.firstChild, 7)).toBeUndefined();
});

test('counts mentions per entity', () => {
  const store = new MentionStore(lexicon);
  paragraph('Putin met Kim Jong Un. Putin left.');
  scan(store, document.body);
  const putin = lexicon.entities.findIndex((e) => e.id === 'vladimir-putin');
  expect(store.counts().get(putin)).toBe(2);
});
