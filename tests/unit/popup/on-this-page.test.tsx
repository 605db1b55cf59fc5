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
import type { PageStatus } from '../../../utils/messages';
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
  const onCompare = vi.fn();
  const onBrowse = vi.fn();
  const onSaveSettings = vi.fn();
  render(
    <OnThisPage
      knowledge={knowledge}
      page={page}
      settings={settings}
      onShow={onShow}
      onOpen={onOpen}
      onCompare={onCompare}
      onBrowse={onBrowse}
      feedback={undefined}
      onSaveSettings={onSaveSettings}
    />,
  );
  return { onShow, onOpen, onCompare, onBrowse, onSaveSettings };
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

const vostochny = {
  id: 'summit-2023-vostochny',
  covered: true,
  label: 'the September 2023 summit at Vostochny',
  why: 'dated 13 September 2023; names the Vostochny Cosmodrome',
};

function withStatus(parts: Partial<PageStatus>): PageState {
  if (ready.kind !== 'ready') throw new Error('not ready');
  return { ...ready, status: { ...ready.status, ...parts } };
}

describe('On this page: the meeting and the claims', () => {
  test('says which meeting the article reports, with the reason in smaller text', () => {
    renderView(withStatus({ meeting: vostochny }));
    const line = screen.getByText(
      'This article: the September 2023 summit at Vostochny',
    );
    const why = screen.getByText(
      'Why: dated 13 September 2023; names the Vostochny Cosmodrome',
    );
    expect(line.closest('[data-meeting]')).toBe(why.closest('[data-meeting]'));
    expect(why.className).toBe('sl-page-meeting-why');
    expect(screen.queryByText(/do not cover/)).toBeNull();
  });

  test('for a meeting the sources do not cover, says so', () => {
    renderView(
      withStatus({
        meeting: {
          id: 'pyongyang-2024',
          covered: false,
          label: "Putin's June 2024 visit to Pyongyang",
          why: 'dated 19 June 2024; names Pyongyang',
        },
      }),
    );
    expect(
      screen.getByText("This article: Putin's June 2024 visit to Pyongyang"),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "Summit Lens's sources do not cover this meeting; they cover the April 2019 and September 2023 meetings.",
      ),
    ).toBeTruthy();
  });

  test('an unclear meeting gets no "do not cover" line, and no meeting no line at all', () => {
    renderView(
      withStatus({
        meeting: {
          id: 'unknown',
          covered: false,
          label: 'not clear which meeting',
          why: 'too little to tell: names Vladivostok',
        },
      }),
    );
    expect(
      screen.getByText('This article: not clear which meeting'),
    ).toBeTruthy();
    expect(screen.queryByText(/do not cover/)).toBeNull();
    cleanup();
    renderView(ready);
    expect(screen.queryByText(/^This article:/)).toBeNull();
    expect(
      screen.queryByRole('list', { name: 'Claims in this article' }),
    ).toBeNull();
  });

  test('lists the claims found, with the answer and the outlets it agrees with; each opens its comparison', () => {
    const { onCompare } = renderView(
      withStatus({
        meeting: vostochny,
        claims: [
          {
            comparison: 'train-departure-time',
            topic: 'when the train left Pyongyang',
            answer: 'On Sunday afternoon',
            agrees: ['bbn-2023', 'timenews-2023'],
          },
          {
            comparison: 'meal-in-kims-honour',
            topic: "the meal held in Kim's honour",
            answer: 'A dinner',
            agrees: ['timenews-2023'],
          },
        ],
      }),
    );
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: 'Where this article takes a side',
      }),
    ).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Claims in this article' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'When the train left Pyongyang, On Sunday afternoon, agrees with BBN and Time News',
      "The meal held in Kim's honour, A dinner, agrees with Time News",
    ]);
    fireEvent.click(buttons[1]!);
    expect(onCompare).toHaveBeenCalledWith('meal-in-kims-honour');
  });

  test('a claim on a comparison the popup does not know is listed without a link', () => {
    renderView(
      withStatus({
        claims: [
          {
            comparison: 'no-such-comparison',
            topic: 'something new',
            answer: 'An answer',
            agrees: ['bbn-2023'],
          },
        ],
      }),
    );
    const list = screen.getByRole('list', { name: 'Claims in this article' });
    expect(within(list).queryByRole('button')).toBeNull();
    expect(list.textContent).toContain('Something new');
  });
});
