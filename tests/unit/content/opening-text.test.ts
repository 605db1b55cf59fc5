import { beforeEach, expect, test } from 'vitest';
import { openingStretches } from '../../../entrypoints/content/opening-text';
import type { ScanRoot } from '../../../entrypoints/content/text-segments';

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

const stretches = (root: ScanRoot, limit: number) => [
  ...openingStretches(root, limit),
];

test('reads a short page in one stretch, as textContent does', () => {
  document.body.innerHTML = '<h1>Kim <em>Jong</em> Un</h1><p>in Russia</p>';
  expect(stretches(document.body, 1000)).toEqual(['Kim Jong Unin Russia']);
});

test('reads a longer page in stretches twice as long each time, each starting with the end of the one before', () => {
  paragraphs(200);
  const read = stretches(document.body, 100_000);
  // 64 elements, then 64 more, then the rest.
  expect(read).toHaveLength(3);
  expect(read[0]!.endsWith('p63 ')).toBe(true);
  expect(read[1]!.startsWith(read[0]!.slice(-24))).toBe(true);
  expect(read[1]!.slice(24).startsWith('p64 ')).toBe(true);
  expect(read[2]!.slice(24).startsWith('p128 ')).toBe(true);
  expect(read[2]!.endsWith('p199 ')).toBe(true);
});

test('stops after the stretch that brings it to the limit', () => {
  paragraphs(700);
  // Stretches end after p63, p127, p255 (1,170 characters in all) and p511.
  const read = stretches(document.body, 1500).join('');
  expect(read).toContain('p511 ');
  expect(read).not.toContain('p512 ');
  expect(stretches(document.body, 10)).toHaveLength(1);
});

test('does not count script and style text towards the limit', () => {
  const script = document.createElement('script');
  script.textContent = `var data = "${'x'.repeat(5000)}";`;
  const style = document.createElement('style');
  style.textContent = `.a { color: red; } `.repeat(100);
  document.body.append(script, style);
  paragraphs(700);
  const read = stretches(document.body, 1500).join('');
  expect(read).toContain(script.textContent);
  expect(read).toContain('p509 ');
  expect(read).not.toContain('p510 ');
});

test('reads a shadow root', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Vostochny</p>';
  expect(stretches(shadow, 100)).toEqual(['Vostochny']);
});
