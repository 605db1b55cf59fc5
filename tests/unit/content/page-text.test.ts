import { expect, test } from 'vitest';
import {
  articleText,
  publishedDate,
} from '../../../entrypoints/content/page-text';

test('the article is read up to the block that reaches the length asked for', () => {
  document.title = 'A title';
  document.body.innerHTML = `<h1>Headline</h1>${Array.from(
    { length: 50 },
    (_, i) => `<p>Paragraph number ${i} of the story.</p>`,
  ).join('')}`;
  const all = articleText(document);
  expect(all.blocks).toHaveLength(51);
  const opening = articleText(document, 100);
  expect(opening.title).toBe('Headline');
  expect(opening.blocks.join('').length).toBeGreaterThanOrEqual(100);
  expect(opening.blocks.length).toBeLessThan(6);
  expect(opening.blocks).toEqual(all.blocks.slice(0, opening.blocks.length));
});

test('a block inside another is read with it, and the walk goes on past both', () => {
  document.title = 'A title';
  document.body.innerHTML = `<main><div><ul>
    <li>An item <p>with a paragraph inside</p></li>
    <li><blockquote>A quote <p>in two parts</p></blockquote></li>
  </ul><section><div><span>loose text</span></div></section></div>
  <p>After the list.</p><table><tr><td>A cell</td></tr></table></main>
  <p>Outside the main element.</p>`;
  expect(articleText(document).blocks).toEqual([
    'An item with a paragraph inside',
    'A quote in two parts',
    'After the list.',
    'A cell',
  ]);
});

test('an article laid out in a table cell has its paragraphs read one by one', () => {
  document.title = 'A title';
  document.body.innerHTML = `<table><tr><td><article>
    <h1>Headline</h1><p>First.</p><p>Second.</p></article></td></tr></table>`;
  expect(articleText(document).blocks).toEqual([
    'Headline',
    'First.',
    'Second.',
  ]);
});

test('the publication date comes from the most telling metadata, then linked data, then the first time', () => {
  document.head.innerHTML = `
    <meta name="date" content="2023-09-01">
    <meta property="article:published_time" content="not a date">`;
  document.body.innerHTML = `
    <time datetime="2023-09-20">20 September</time>
    <meta itemprop="datePublished" content="2023-09-13T08:00:00Z">
    <script type="application/ld+json">{"datePublished": "2023-09-12"}</script>`;
  // The item property outranks the generic "date", wherever each stands;
  // a value that is not a date is passed over.
  expect(publishedDate(document)).toBe('2023-09-13');
  document.body.querySelector('meta')!.remove();
  expect(publishedDate(document)).toBe('2023-09-01');
  document.head.innerHTML = '';
  expect(publishedDate(document)).toBe('2023-09-12');
  document.body.querySelector('script')!.remove();
  expect(publishedDate(document)).toBe('2023-09-20');
  document.body.innerHTML = '<time>no attribute</time>';
  expect(publishedDate(document)).toBeUndefined();
});

test('the publication date: names match as written, a script type in any case', () => {
  document.head.innerHTML = `
    <meta name="DATE" content="2019-04-01">
    <meta name="dc.date.issued" content="2019-04-02">
    <script type="Application/LD+JSON">{"datePublished": "2019-04-25"}</script>`;
  document.body.innerHTML = '';
  // Meta names are compared as written, as the selectors compared them.
  expect(publishedDate(document)).toBe('2019-04-25');
  document.head.innerHTML = '<meta name="DC.date.issued" content="2019-04-24">';
  expect(publishedDate(document)).toBe('2019-04-24');
});
