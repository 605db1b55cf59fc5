import { expect, test } from 'vitest';
import { TextReader } from '../../../entrypoints/content/text-reader';

/**
 * Puts `html` on the page and reads it as the first pass does, up to a
 * horizon just past its first paragraph; the segments read so far, and a
 * way to read on, come back.
 */
function pausedAfterFirstBlock(html: string) {
  document.body.innerHTML = html;
  const first = document.querySelector('p')!;
  const read: string[] = [];
  const visit = (text: string) => read.push(text.trim());
  // The clock is looked at after every segment.
  const reader = new TextReader(document.body, 1, 0, true);
  expect(reader.read(visit, Infinity, (el) => el === first)).toBe('horizon');
  return { read, readOn: () => reader.read(visit) };
}

test('a reading that may stop at a horizon reads a container’s own text as it passes it, in document order', () => {
  const { read, readOn } = pausedAfterFirstBlock(
    '<div>Before the talks <p>Kim Jong Un arrived.</p> Between the two <p>Putin spoke.</p> After it all</div>',
  );
  // The container's text after the first block is not read yet.
  expect(read).toEqual(['Before the talks', 'Kim Jong Un arrived.']);
  expect(readOn()).toBe('end');
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
  const { read, readOn } = pausedAfterFirstBlock(
    '<div>Before the talks <p>Kim Jong Un arrived.</p> Between the two <p>Putin spoke.</p></div>',
  );
  // The page drops the text after the first block, where reading stopped.
  document.querySelector('p')!.nextSibling!.remove();
  readOn();
  expect(read).toEqual([
    'Before the talks',
    'Kim Jong Un arrived.',
    'Putin spoke.',
  ]);
});
