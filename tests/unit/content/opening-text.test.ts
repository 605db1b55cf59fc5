import { beforeEach, expect, test } from 'vitest';
import { openingText } from '../../../entrypoints/content/opening-text';

beforeEach(() => {
  document.body.replaceChildren();
});

/** Paragraphs `p0`…`p{n-1}`, each holding its own name. */
function paragraphs(n: number): void {
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = `p${i} `;
    document.body.append(p);
  }
}

test('reads the text in document order, as textContent does', () => {
  document.body.innerHTML = '<h1>Kim <em>Jong</em> Un</h1><p>in Russia</p>';
  expect(openingText(document.body, 1000)).toBe('Kim Jong Unin Russia');
});

test('reads all of a short page', () => {
  paragraphs(300);
  expect(openingText(document.body, 100_000)).toBe(document.body.textContent);
});

test('stops after the stretch of elements that reaches the limit', () => {
  paragraphs(700);
  const all = document.body.textContent;
  // The first 256 elements hold 1,170 characters; the next 256, 1,280 more.
  const text = openingText(document.body, 1500);
  expect(all.startsWith(text)).toBe(true);
  expect(text).toContain('p511 ');
  expect(text).not.toContain('p512 ');
  expect(openingText(document.body, 10)).not.toContain('p256 ');
});

test('does not count script and style text towards the limit', () => {
  const script = document.createElement('script');
  script.textContent = `var data = "${'x'.repeat(5000)}";`;
  const style = document.createElement('style');
  style.textContent = `.a { color: red; } `.repeat(100);
  document.body.append(script, style);
  paragraphs(700);
  const text = openingText(document.body, 1500);
  expect(text).toContain(script.textContent);
  expect(text).toContain('p509 ');
  expect(text).not.toContain('p510 ');
});

test('reads a shadow root', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Vostochny</p>';
  expect(openingText(shadow, 100)).toBe('Vostochny');
});
