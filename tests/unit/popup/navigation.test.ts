import { describe, expect, test } from 'vitest';
import {
  backLabel,
  currentEntry,
  initialNav,
  navigate,
  type NavState,
} from '../../../entrypoints/popup/navigation';

describe('navigation', () => {
  test('starts on this page, or on the entry asked for', () => {
    expect(initialNav(undefined)).toEqual({
      tab: 'page',
      entries: [],
      source: undefined,
    });
    const onEntry = initialNav('khasan');
    expect(onEntry.tab).toBe('browse');
    expect(currentEntry(onEntry)).toBe('khasan');
    const fromCard = initialNav('khasan', true);
    expect(fromCard.tab).toBe('page');
    expect(currentEntry(fromCard)).toBe('khasan');
  });

  test('Back names the entry before, else the list under the entry', () => {
    const names: Record<string, string> = { khasan: 'Khasan' };
    const nameOf = (id: string) => names[id];
    expect(backLabel(initialNav('khasan', true), nameOf)).toBe(
      'Back to “On this page”',
    );
    expect(backLabel(initialNav('khasan'), nameOf)).toBe('Back to Browse');
    const stacked = navigate(initialNav('khasan'), {
      type: 'entry',
      id: 'tumen-river',
    });
    expect(backLabel(stacked, nameOf)).toBe('Back to Khasan');
    expect(
      backLabel(navigate(stacked, { type: 'entry', id: 'x' }), nameOf),
    ).toBe('Back to previous entry');
  });

  test('entries stack and Back retraces them', () => {
    let s: NavState = initialNav(undefined);
    s = navigate(s, { type: 'tab', tab: 'browse' });
    s = navigate(s, { type: 'entry', id: 'kim-jong-un' });
    s = navigate(s, { type: 'entry', id: 'armored-train' });
    expect(currentEntry(s)).toBe('armored-train');
    s = navigate(s, { type: 'back' });
    expect(currentEntry(s)).toBe('kim-jong-un');
    s = navigate(s, { type: 'back' });
    expect(currentEntry(s)).toBeUndefined();
    expect(s.tab).toBe('browse');
  });

  test('opening the entry already shown does not stack it twice', () => {
    const s = navigate(initialNav('khasan'), { type: 'entry', id: 'khasan' });
    expect(s.entries).toEqual(['khasan']);
  });

  test('changing tab closes entries but keeps the chosen source', () => {
    let s = navigate(initialNav(undefined), { type: 'source', id: 'npr-2019' });
    expect(s.tab).toBe('sources');
    s = navigate(s, { type: 'entry', id: 'vladivostok' });
    s = navigate(s, { type: 'tab', tab: 'compare' });
    expect(s.entries).toEqual([]);
    s = navigate(s, { type: 'tab', tab: 'sources' });
    expect(s.source).toBe('npr-2019');
    // Choosing the tab already shown goes back to its list.
    s = navigate(s, { type: 'tab', tab: 'sources' });
    expect(s.source).toBeUndefined();
  });
});
