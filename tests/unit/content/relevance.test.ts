import lexicon from 'virtual:summit-lens/lexicon';
import { beforeEach, describe, expect, test } from 'vitest';
import { createMatcher } from '../../../entrypoints/content/matcher';
import {
  openingStretches,
  Relevance,
} from '../../../entrypoints/content/relevance';
import type { ScanRoot } from '../../../entrypoints/content/text-reader';

const match = createMatcher(lexicon);

/** Relevance of text, from the scan's matches and from the likely search. */
function verdicts(text: string): { relevant: boolean; likely: boolean } {
  const full = new Relevance(lexicon);
  full.note(match(text));
  const quick = new Relevance(lexicon);
  quick.search(text);
  return { relevant: full.relevant, likely: quick.likely };
}

describe('what makes a page relevant', () => {
  test.each([
    'Kim Jong Un travelled to meet Vladimir Putin.',
    'KIM JONG-UN and PUTIN shook hands.',
    'Putin waited while Kim Jong Un’s train crossed at Khasan.',
    'Memories of the Vladivostok summit linger.',
  ])('%j is', (text) => {
    expect(verdicts(text)).toEqual({ relevant: true, likely: true });
  });

  test.each([
    [
      'a Trump–Kim summit',
      'Donald Trump met Kim Jong Un in Hanoi; the summit ended early.',
    ],
    [
      'a Putin–Xi meeting',
      'Vladimir Putin met Xi Jinping in Moscow to discuss trade.',
    ],
    [
      'a travel guide',
      'Vladivostok sits on the Golden Horn Bay; take the Trans-Siberian.',
    ],
    ['other people called Kim', 'Kim Kardashian and Kim Yuna met Putin fans.'],
    ['only short forms', 'Mr. Kim met Putin.'],
  ])('%s is not', (_what, text) => {
    expect(verdicts(text).relevant).toBe(false);
  });

  test('the likely search never says no when the matches say yes', () => {
    const text = 'Yesterday, Kim\u00a0Jong-un and Putin’s aides met.';
    expect(verdicts(text)).toEqual({ relevant: true, likely: true });
  });

  test('what is read adds up across pieces of text, until reset', () => {
    const relevance = new Relevance(lexicon);
    relevance.search('Kim Jong Un arrived.');
    expect(relevance.likely).toBe(false);
    relevance.search('Putin was waiting.');
    expect(relevance.likely).toBe(true);
    relevance.note(match('Kim Jong Un arrived.'));
    relevance.note(match('Putin was waiting.'));
    expect(relevance.relevant).toBe(true);
    relevance.reset();
    expect(relevance).toMatchObject({ likely: false, relevant: false });
  });
});

describe('the opening of a page', () => {
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

  test('a short page is read in one stretch, as textContent does', () => {
    document.body.innerHTML = '<h1>Kim <em>Jong</em> Un</h1><p>in Russia</p>';
    expect(stretches(document.body, 1000)).toEqual(['Kim Jong Unin Russia']);
  });

  test('a longer page is read in stretches twice as long each time, each starting with the end of the one before', () => {
    paragraphs(200);
    const read = stretches(document.body, 100_000);
    // 64 elements, then 64 more, then the rest.
    expect(read).toHaveLength(3);
    expect(read[0]?.endsWith('p63 ')).toBe(true);
    expect(read[1]?.startsWith(read[0]?.slice(-24) ?? '?')).toBe(true);
    expect(read[1]?.slice(24).startsWith('p64 ')).toBe(true);
    expect(read[2]?.slice(24).startsWith('p128 ')).toBe(true);
    expect(read[2]?.endsWith('p199 ')).toBe(true);
  });

  test('reading stops after the stretch that reaches the limit', () => {
    paragraphs(700);
    // Stretches end after p63, p127, p255 (1,170 characters in all) and p511.
    const read = stretches(document.body, 1500).join('');
    expect(read).toContain('p511 ');
    expect(read).not.toContain('p512 ');
    expect(stretches(document.body, 10)).toHaveLength(1);
  });

  test('script and style text does not count towards the limit', () => {
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

  test('a shadow root is read', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Vostochny</p>';
    expect(stretches(shadow, 100)).toEqual(['Vostochny']);
  });

  test('a page whose opening names the summits is likely; one that names them too late is not', () => {
    paragraphs(20);
    const late = document.createElement('p');
    late.textContent = 'The Vladivostok summit.';
    const relevance = new Relevance(lexicon);
    relevance.searchOpening(document.body);
    expect(relevance.likely).toBe(false);
    document.body.prepend(late);
    relevance.searchOpening(document.body);
    expect(relevance.likely).toBe(true);
  });
});
