import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createHighlightPainter } from '../../../entrypoints/content/painter';

/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});
afterEach(() => vi.unstubAllGlobals());

const range = () => document.createRange();

test('marks go into one highlight per kind, and the active one on top', () => {
  const painter = createHighlightPainter();
  const [a, b, c] = [range(), range(), range()];
  painter.add([a, b], 'person');
  painter.add([c], 'place');
  painter.add([c], 'person');
  expect(registry.get('summit-lens-person')?.size).toBe(3);
  expect(registry.get('summit-lens-place')?.size).toBe(1);
  painter.remove(a, 'person');
  expect(registry.get('summit-lens-person')?.has(a)).toBe(false);
  painter.setActive(b);
  expect(registry.get('summit-lens-active')?.priority).toBe(1);
  painter.setActive(null);
  expect(registry.has('summit-lens-active')).toBe(false);
});

test('removing all takes away only what this painter registered', () => {
  const old = createHighlightPainter();
  old.add([range()], 'person');
  old.setActive(range());
  // A newer content script (after an update) registers the same names.
  const newer = createHighlightPainter();
  newer.add([range(), range()], 'person');
  newer.setActive(range());
  old.removeAll();
  expect(registry.get('summit-lens-person')?.size).toBe(2);
  expect(registry.has('summit-lens-active')).toBe(true);
  newer.removeAll();
  expect(registry.size).toBe(0);
});

test('a page never marked never touches the registry', () => {
  const get = vi.fn();
  vi.stubGlobal('CSS', {
    get highlights() {
      get();
      return registry;
    },
  });
  createHighlightPainter().removeAll();
  expect(get).not.toHaveBeenCalled();
});
