import { expect, test } from 'vitest';
import { heldPainter } from '../../../entrypoints/content/held-painter';
import { recordingPainter } from '../helpers/recording-painter';

/** Ranges over the words of a paragraph of the test document. */
function ranges(count: number): Range[] {
  document.body.innerHTML = `<p>${'word '.repeat(count)}</p>`;
  const text = document.querySelector('p')!.firstChild as Text;
  return Array.from({ length: count }, (_, i) => {
    const range = document.createRange();
    range.setStart(text, i * 5);
    range.setEnd(text, i * 5 + 4);
    return range;
  });
}

test('ranges are held until release, then painted by highlight, later ones at once', () => {
  const inner = recordingPainter();
  const painter = heldPainter(inner);
  const [a, b, c, d] = ranges(4);
  painter.add([a!, b!], 'person');
  painter.add([c!], 'place');
  expect(inner.painted.size).toBe(0);
  painter.release();
  expect([...inner.named.get('person')!]).toEqual([a, b]);
  expect([...inner.named.get('place')!]).toEqual([c]);
  painter.add([d!], 'person');
  expect(inner.named.get('person')!.has(d!)).toBe(true);
  // A second release paints nothing twice.
  painter.release();
  expect(inner.painted.size).toBe(4);
});

test('a held range taken away is never painted; single highlights are never held', () => {
  const inner = recordingPainter();
  const painter = heldPainter(inner);
  const [a, b, c] = ranges(3);
  painter.add([a!, b!], 'person');
  painter.remove(a!, 'person');
  painter.setSingle('hover', c!);
  expect(inner.singles.get('hover')).toBe(c);
  painter.release();
  expect([...inner.painted]).toEqual([b]);
  painter.remove(b!, 'person');
  expect(inner.painted.size).toBe(0);
});

test('removing everything drops what is held', () => {
  const inner = recordingPainter();
  const painter = heldPainter(inner);
  const [a] = ranges(1);
  painter.add([a!], 'person');
  painter.removeAll();
  painter.release();
  expect(inner.painted.size).toBe(0);
});
