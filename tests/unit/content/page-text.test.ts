import { expect, test } from 'vitest';
import { articleText } from '../../../entrypoints/content/page-text';

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
