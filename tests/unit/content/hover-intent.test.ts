import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  HIDE_DELAY_MS,
  HoverIntent,
  SHOW_DELAY_MS,
} from '../../../entrypoints/content/hover-intent';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function intent() {
  const events: string[] = [];
  const hover = new HoverIntent<string>({
    show: (target) => events.push(`show ${target}`),
    hide: () => events.push('hide'),
  });
  return { hover, events };
}

test('a card opens only after the pointer rests on a mark', () => {
  const { hover, events } = intent();
  hover.pointAt('kim');
  vi.advanceTimersByTime(SHOW_DELAY_MS - 1);
  expect(events).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(events).toEqual(['show kim']);
  expect(hover.current).toBe('kim');
});

test('passing over a mark, or moving to another, restarts the wait', () => {
  const { hover, events } = intent();
  hover.pointAt('kim');
  vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
  hover.pointAt(undefined);
  vi.advanceTimersByTime(SHOW_DELAY_MS);
  expect(events).toEqual([]);
  hover.pointAt('kim');
  vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
  hover.pointAt('putin');
  vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
  expect(events).toEqual([]);
  vi.advanceTimersByTime(SHOW_DELAY_MS / 2);
  expect(events).toEqual(['show putin']);
});

test('the card stays while the pointer is on it, and closes after a grace period once it leaves both', () => {
  const { hover, events } = intent();
  hover.open('kim');
  hover.pointAt(undefined);
  vi.advanceTimersByTime(HIDE_DELAY_MS / 2);
  hover.pointAtCard();
  vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
  expect(events).toEqual(['show kim']);
  hover.pointAt(undefined);
  vi.advanceTimersByTime(HIDE_DELAY_MS);
  expect(events).toEqual(['show kim', 'hide']);
  expect(hover.current).toBeUndefined();
});

test('coming back to the shown mark keeps the card', () => {
  const { hover, events } = intent();
  hover.open('kim');
  hover.pointAt(undefined);
  vi.advanceTimersByTime(HIDE_DELAY_MS / 2);
  hover.pointAt('kim');
  vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
  expect(events).toEqual(['show kim']);
});

test('close() hides at once and forgets a pending open', () => {
  const { hover, events } = intent();
  hover.open('kim');
  hover.pointAt('putin');
  hover.close();
  vi.advanceTimersByTime(SHOW_DELAY_MS * 2);
  expect(events).toEqual(['show kim', 'hide']);
});
