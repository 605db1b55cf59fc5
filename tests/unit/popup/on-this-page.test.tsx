import {
  cleanup,
  fireEvent,
  render,
  screen,
  within,
} from '@testing-library/preact';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageState } from '../../../entrypoints/popup/usePageStatus';
import { OnThisPage } from '../../../entrypoints/popup/views/OnThisPage';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  type Settings,
} from '../../../utils/settings';

afterEach(cleanup);

const ready: PageState = {
  kind: 'ready',
  tabId: 3,
  status: {
    site: 'example.com',
    enabled: true,
    relevant: true,
    entities: [
      { id: 'kim-jong-un', count: 5 },
      { id: 'khasan', count: 1 },
    ],
    total: 6,
  },
};

function renderView(page: PageState, settings: Settings = DEFAULT_SETTINGS) {
  const onShow = vi.fn();
  const onOpen = vi.fn();
  const onBrowse = vi.fn();
  const onSaveSettings = vi.fn();
  render(
    <OnThisPage
      knowledge={knowledge}
      page={page}
      settings={settings}
      onShow={onShow}
      onOpen={onOpen}
      onBrowse={onBrowse}
      feedback={undefined}
      onSaveSettings={onSaveSettings}
    />,
  );
  return { onShow, onOpen, onBrowse, onSaveSettings };
}

describe('On this page', () => {
  test('lists the entities found with their mention counts', () => {
    renderView(ready);
    const list = screen.getByRole('list', { name: 'Found on this page' });
    const rows = within(list).getAllByRole('listitem');
    expect(
      rows.map((r) => r.querySelector('.sl-item-name')?.textContent),
    ).toEqual(['Kim Jong Un', 'Khasan']);
    expect(rows[0]!.textContent).toContain('5 mentions');
    expect(rows[1]!.textContent).toContain('1 mention');
    expect(screen.getByText(/6 mentions of 2 entries/)).toBeTruthy();
  });

  test('choosing an entity asks the page for its next mention', () => {
    const { onShow, onOpen } = renderView(ready);
    fireEvent.click(screen.getByRole('button', { name: /^Khasan/ }));
    expect(onShow).toHaveBeenCalledWith('khasan');
    fireEvent.click(screen.getByRole('button', { name: 'Entry for Khasan' }));
    expect(onOpen).toHaveBeenCalledWith('khasan');
  });

  test('says plainly when the page cannot be annotated, and offers browsing', () => {
    const { onBrowse } = renderView({ kind: 'unavailable', tabId: 4 });
    expect(screen.getByText(/only read ordinary web pages/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Browse all entries' }));
    expect(onBrowse).toHaveBeenCalled();
  });

  test('says when annotation is off for the site', () => {
    renderView(
      {
        ...ready,
        status: { ...ready.status, enabled: false, entities: [], total: 0 },
      },
      { ...defaultSettings(), sites: { 'example.com': false } },
    );
    expect(screen.getByText(/Annotation is off for example.com/)).toBeTruthy();
  });

  test('says when annotation is off everywhere', () => {
    renderView(ready, { ...defaultSettings(), enabled: false });
    expect(screen.getByText(/off for all sites/)).toBeTruthy();
    expect(
      screen.queryByRole('list', { name: 'Found on this page' }),
    ).toBeNull();
  });

  test('says when a page is not about the summits', () => {
    renderView({
      ...ready,
      status: { ...ready.status, relevant: false, entities: [], total: 0 },
    });
    expect(screen.getByText(/not look like it is about/)).toBeTruthy();
  });

  test('the legend shows each kind with its colour and switches it', () => {
    const { onSaveSettings } = renderView(ready);
    const legend = screen.getByRole('region', {
      name: 'Marks and their colours',
    });
    const switches = within(legend).getAllByRole('switch');
    expect(switches.map((s) => s.textContent)).toEqual([
      'People',
      'Places',
      'Organisations',
      'Events',
      'Topics',
    ]);
    expect(legend.querySelectorAll('.sl-swatch')).toHaveLength(5);
    fireEvent.click(within(legend).getByRole('switch', { name: 'Places' }));
    expect(onSaveSettings).toHaveBeenCalledWith({
      ...defaultSettings(),
      kinds: { ...defaultSettings().kinds, place: false },
    });
  });
});
