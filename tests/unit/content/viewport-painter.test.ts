import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { nearViewport } from '../../../entrypoints/content/viewport-painter';
import { recordingPainter } from '../helpers/recording-painter';

/** An IntersectionObserver the test drives: it says which blocks are near. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  /** Reports each watched block as near when `isNear` says so. */
  report(isNear: (el: Element) => boolean) {
    const entries = [...this.watched].map(
      (target) =>
        ({
          target,
          isIntersecting: isNear(target),
        }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Ten paragraphs, each with one range over its text. */
function paragraphs() {
  document.body.innerHTML = Array.from(
    { length: 10 },
    (_, i) => `<p id="p${i}">Kim ${i}</p>`,
  ).join('');
  return [...document.querySelectorAll('p')].map((p) => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild as Text);
    return range;
  });
}

beforeEach(() => {
  FakeObserver.last = undefined;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

test('up to its limit every range is painted and nothing is watched', () => {
  const inner = recordingPainter();
  const painter = nearViewport(inner, 10);
  const ranges = paragraphs();
  painter.add(ranges, 'person');
  expect(inner.painted.size).toBe(10);
  expect(FakeObserver.last).toBeUndefined();
});

test('beyond its limit only ranges near the viewport stay painted, and follow scrolling', () => {
  const inner = recordingPainter();
  const painter = nearViewport(inner, 4);
  const ranges = paragraphs();
  painter.add(ranges.slice(0, 3), 'person');
  painter.add(ranges.slice(3), 'place');
  const observer = FakeObserver.last as FakeObserver;
  expect(observer.watched.size).toBe(10);
  const text = () => [...inner.painted].map((r) => r.toString()).sort();

  observer.report((p) => ['p0', 'p1', 'p4'].includes(p.id));
  expect(text()).toEqual(['Kim 0', 'Kim 1', 'Kim 4']);
  expect([...(inner.named.get('place') ?? [])].map(String)).toEqual(['Kim 4']);

  observer.report((p) => ['p8', 'p9'].includes(p.id));
  expect(text()).toEqual(['Kim 8', 'Kim 9']);
});

test('a range taken away is unpainted and its block no longer watched', () => {
  const inner = recordingPainter();
  const painter = nearViewport(inner, 1);
  const ranges = paragraphs();
  painter.add(ranges.slice(0, 9), 'person');
  const observer = FakeObserver.last as FakeObserver;
  observer.report(() => true);
  // A range added to a block not known yet waits until the block is near.
  painter.add(ranges.slice(9), 'person');
  expect(inner.painted.has(ranges[9] as Range)).toBe(false);
  observer.report(() => true);
  expect(inner.painted.has(ranges[9] as Range)).toBe(true);
  painter.remove(ranges[2] as Range, 'person');
  expect(inner.painted.has(ranges[2] as Range)).toBe(false);
  expect(observer.watched.has(document.getElementById('p2') as Element)).toBe(
    false,
  );
  painter.removeAll();
  expect(inner.painted.size).toBe(0);
});

test('the single highlights are always painted', () => {
  const inner = recordingPainter();
  const painter = nearViewport(inner, 0);
  const [range] = paragraphs();
  painter.setSingle('active', range as Range);
  expect(inner.singles.get('active')).toBe(range);
});
