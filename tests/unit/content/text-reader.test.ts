import { expect, test } from 'vitest';
import { TextReader } from '../../../entrypoints/content/text-reader';

test('a reading that may stop at a horizon reads a container’s own text as it passes it, in document order', () => {
  document.body.innerHTML =
    '<div>Before the talks <p>Kim Jong Un arrived.</p> Between the two <p>Putin spoke.</p> After it all</div>';
  const first = document.querySelector('p')!;
  const read: string[] = [];
  const visit = (text: string) => read.push(text.trim());
  // The clock is looked at after every segment; stop once past the first block.
  const reader = new TextReader(document.body, 1, 0, true);
  expect(reader.read(visit, Infinity, (el) => el === first)).toBe('horizon');
  // The container's text after the first block is not read yet.
  expect(read).toEqual(['Before the talks', 'Kim Jong Un arrived.']);
  expect(reader.read(visit)).toBe('end');
  expect(read).toEqual([
    'Before the talks',
    'Kim Jong Un arrived.',
    'Between the two',
    'Putin spoke.',
    'After it all',
  ]);
});

test('a reading of the whole root reads a container’s own text before its blocks', () => {
  document.body.innerHTML =
    '<div>Before the talks <p>Kim Jong Un arrived.</p> After it all</div>';
  const read: string[] = [];
  new TextReader(document.body).read((text) => read.push(text.trim()));
  expect(read).toEqual([
    'Before the talks',
    'After it all',
    'Kim Jong Un arrived.',
  ]);
});

test('text of a container that left the page while reading paused is not read', () => {
  document.body.innerHTML =
    '<div>Before the talks <p>Kim Jong Un arrived.</p> Between the two <p>Putin spoke.</p></div>';
  const first = document.querySelector('p')!;
  const read: string[] = [];
  const visit = (text: string) => read.push(text.trim());
  const reader = new TextReader(document.body, 1, 0, true);
  expect(reader.read(visit, Infinity, (el) => el === first)).toBe('horizon');
  // The page drops the text after the first block, where reading stopped.
  first.nextSibling!.remove();
  reader.read(visit);
  expect(read).toEqual([
    'Before the talks',
    'Kim Jong Un arrived.',
    'Putin spoke.',
  ]);
});
