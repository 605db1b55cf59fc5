import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  tabElementId,
  tabIndexForKey,
  Tabs,
  type TabItem,
} from '../../../components/Tabs';

afterEach(cleanup);

type Id = 'page' | 'browse' | 'compare';
const TABS: TabItem<Id>[] = [
  { id: 'page', label: 'On this page' },
  { id: 'browse', label: 'Browse' },
  { id: 'compare', label: 'Compare' },
];

/** The tab list as the popup holds it: selection lives in the parent. */
function Harness({ onSelect }: { onSelect?: (id: Id) => void }) {
  const [selected, setSelected] = useState<Id>('page');
  return (
    <Tabs
      tabs={TABS}
      selected={selected}
      onSelect={(id) => {
        onSelect?.(id);
        setSelected(id);
      }}
      label="Views"
      idPrefix="t"
    />
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selectedTab = () =>
  screen
    .getAllByRole('tab')
    .filter((t) => t.getAttribute('aria-selected') === 'true');

/** Presses a key on the focused tab; returns whether the list handled it. */
function press(key: string): boolean {
  const target = document.activeElement ?? document.body;
  return !fireEvent.keyDown(target, { key });
}

describe('tabIndexForKey', () => {
  test.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 1, 2],
    ['ArrowRight', 2, 0],
    ['ArrowLeft', 1, 0],
    ['ArrowUp', 0, 2],
    ['Home', 2, 0],
    ['End', 0, 2],
  ])('%s from tab %i of 3 goes to tab %i', (key, from, to) => {
    expect(tabIndexForKey(key, from, 3)).toBe(to);
  });

  test.each(['Enter', ' ', 'Tab', 'a', 'PageDown'])(
    '"%s" is not the tab list\'s key',
    (key) => {
      expect(tabIndexForKey(key, 1, 3)).toBeUndefined();
    },
  );
});

describe('Tabs', () => {
  test('a tab list with one tab in the Tab order, controlling the panel', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(selectedTab()).toEqual([tab('On this page')]);
    expect(tab('On this page').tabIndex).toBe(0);
    expect(tab('Browse').tabIndex).toBe(-1);
    expect(tab('Compare').tabIndex).toBe(-1);
    expect(tab('Browse').id).toBe(tabElementId('t', 'browse'));
    for (const t of screen.getAllByRole('tab'))
      expect(t.getAttribute('aria-controls')).toBe('t-panel');
  });

  test('arrow keys select the next and previous tab, wrapping, and move focus', () => {
    render(<Harness />);
    tab('On this page').focus();

    expect(press('ArrowRight')).toBe(true);
    expect(selectedTab()).toEqual([tab('Browse')]);
    expect(document.activeElement).toBe(tab('Browse'));
    expect(tab('Browse').tabIndex).toBe(0);
    expect(tab('On this page').tabIndex).toBe(-1);

    press('ArrowDown');
    expect(document.activeElement).toBe(tab('Compare'));
    press('ArrowRight');
    expect(selectedTab()).toEqual([tab('On this page')]);
    expect(document.activeElement).toBe(tab('On this page'));

    press('ArrowLeft');
    expect(selectedTab()).toEqual([tab('Compare')]);
    expect(document.activeElement).toBe(tab('Compare'));
    press('ArrowUp');
    expect(document.activeElement).toBe(tab('Browse'));
  });

  test('Home and End go to the first and the last tab', () => {
    render(<Harness />);
    tab('On this page').focus();
    press('End');
    expect(selectedTab()).toEqual([tab('Compare')]);
    expect(document.activeElement).toBe(tab('Compare'));
    press('Home');
    expect(selectedTab()).toEqual([tab('On this page')]);
    expect(document.activeElement).toBe(tab('On this page'));
  });

  test('other keys are left to the page: nothing selected, nothing prevented', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    tab('On this page').focus();
    for (const key of ['Tab', 'Enter', 'x', 'PageDown'])
      expect(press(key), key).toBe(false);
    expect(onSelect).not.toHaveBeenCalled();
    expect(selectedTab()).toEqual([tab('On this page')]);
  });

  test('a click activates a tab', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    fireEvent.click(tab('Compare'));
    expect(onSelect).toHaveBeenCalledWith('compare');
    expect(selectedTab()).toEqual([tab('Compare')]);
    expect(tab('Compare').tabIndex).toBe(0);
  });

  test('each key press selects exactly one tab, once', () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    tab('On this page').focus();
    press('ArrowRight');
    press('End');
    expect(onSelect.mock.calls).toEqual([['browse'], ['compare']]);
  });
});
