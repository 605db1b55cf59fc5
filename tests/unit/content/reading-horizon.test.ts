import { afterEach, expect, test, vi } from 'vitest';
import {
  READ_AT_ONCE,
  ReadingHorizon,
} from '../../../entrypoints/content/reading-horizon';

/** A paragraph whose box starts `top` pixels below the viewport's top. */
function at(top: number): HTMLElement {
  const p = document.createElement('p');
  vi.spyOn(p, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, top, 100, 20),
  );
  return p;
}

afterEach(() => vi.restoreAllMocks());

test('an element more than three screens down is beyond the horizon, once an article’s length is read', () => {
  const horizon = new ReadingHorizon(window);
  const screen = window.innerHeight;
  expect(horizon.beyond(at(3 * screen + 1), READ_AT_ONCE + 1)).toBe(true);
  expect(horizon.beyond(at(3 * screen - 1), READ_AT_ONCE + 1)).toBe(false);
  // An article's length is read whatever its height.
  expect(horizon.beyond(at(10 * screen), READ_AT_ONCE)).toBe(false);
  // Above the viewport: the reader has scrolled past it.
  expect(horizon.beyond(at(-5 * screen), READ_AT_ONCE + 1)).toBe(false);
});

test('a reading holds at the horizon until it is lifted, and waits again after a reset', () => {
  const horizon = new ReadingHorizon(window);
  const reading = {
    lastRead: at(10 * window.innerHeight),
    charactersRead: READ_AT_ONCE * 2,
  };
  expect(horizon.holds(reading)).toBe(true);
  expect(horizon.holds({ lastRead: undefined, charactersRead: 0 })).toBe(false);
  horizon.lift();
  expect(horizon.holds(reading)).toBe(false);
  horizon.reset();
  expect(horizon.holds(reading)).toBe(true);
});

test('scrolling anywhere, or a resize, tells the listener once a frame until stopped', async () => {
  const horizon = new ReadingHorizon(window);
  const listener = vi.fn();
  const stop = horizon.onMove(listener);
  const inner = document.createElement('div');
  document.body.append(inner);
  inner.dispatchEvent(new Event('scroll'));
  window.dispatchEvent(new Event('scroll'));
  window.dispatchEvent(new Event('resize'));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(listener).toHaveBeenCalledTimes(1);
  stop();
  window.dispatchEvent(new Event('scroll'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(listener).toHaveBeenCalledTimes(1);
  inner.remove();
});

test('a reading waiting at the horizon is told only when a move takes the horizon past it', async () => {
  const horizon = new ReadingHorizon(window);
  const lastRead = at(10 * window.innerHeight);
  const listener = vi.fn();
  const stop = horizon.whenPast(
    { lastRead, charactersRead: READ_AT_ONCE * 2 },
    listener,
  );
  const frame = async () => {
    window.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  await frame();
  expect(listener).not.toHaveBeenCalled();
  vi.spyOn(lastRead, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, window.innerHeight, 100, 20),
  );
  await frame();
  expect(listener).toHaveBeenCalledTimes(1);
  stop();
});
