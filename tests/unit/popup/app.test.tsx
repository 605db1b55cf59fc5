import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import { parseRoute } from '../../../entrypoints/popup/route';
import type { PageStatus } from '../../../utils/messages';

/** A message to the page as it goes over the wire. */
interface Sent {
  type: string;
  data: unknown;
}
import {
  isSiteEnabled,
  readSettings,
  settingsItem,
} from '../../../utils/settings';

afterEach(cleanup);

/**
 * A fake page in tab 7 of example.com that reports its status as the
 * content script would, reading the settings from (fake) storage.
 */
function fakePage(options: { answers?: boolean } = {}) {
  const sent: { tabId: number; message: Sent }[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
    message: Sent,
  ) => {
    sent.push({ tabId, message });
    if (options.answers === false)
      throw new Error('Could not establish connection.');
    if (message.type === 'summit-lens:nextMention') return true;
    const enabled = isSiteEnabled(await readSettings(), 'example.com');
    const status: PageStatus = {
      site: 'example.com',
      enabled,
      relevant: true,
      entities: enabled
        ? [
            { id: 'kim-jong-un', count: 4 },
            { id: 'vladimir-putin', count: 2 },
          ]
        : [],
      total: enabled ? 6 : 0,
    };
    return status;
  }) as unknown as typeof fakeBrowser.tabs.sendMessage);
  return sent;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('App', () => {
  test('shows the switches and what was found on the page', async () => {
    const sent = fakePage();
    render(<App route={parseRoute('?tab=7')} />);
    const site = await screen.findByRole('switch', {
      name: 'Annotate example.com',
    });
    expect(site.getAttribute('aria-checked')).toBe('true');
    expect(
      screen
        .getByRole('switch', { name: 'Annotate all sites' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    await screen.findByRole('button', { name: /^Kim Jong Un.*4 mentions/ });
    expect(sent[0]).toEqual({
      tabId: 7,
      message: { type: 'summit-lens:status', data: {} },
    });
  });

  test('the site switch writes the setting and the list follows the page', async () => {
    fakePage();
    render(<App route={parseRoute('?tab=7')} />);
    const site = await screen.findByRole('switch', {
      name: 'Annotate example.com',
    });
    await screen.findByRole('button', { name: /^Kim Jong Un/ });
    fireEvent.click(site);
    await waitFor(async () =>
      expect((await settingsItem.getValue()).sites).toEqual({
        'example.com': false,
      }),
    );
    expect(site.getAttribute('aria-checked')).toBe('false');
    await screen.findByText(/Annotation is off for example.com/);
    fireEvent.click(site);
    await screen.findByRole('button', { name: /^Kim Jong Un/ });
    expect((await settingsItem.getValue()).sites['example.com']).toBe(true);
  });

  test('the global switch writes `enabled` and disables the site switch', async () => {
    fakePage();
    render(<App route={parseRoute('?tab=7')} />);
    const all = await screen.findByRole('switch', {
      name: 'Annotate all sites',
    });
    const site = await screen.findByRole('switch', {
      name: 'Annotate example.com',
    });
    fireEvent.click(all);
    await waitFor(async () =>
      expect((await settingsItem.getValue()).enabled).toBe(false),
    );
    expect(all.getAttribute('aria-checked')).toBe('false');
    expect(site.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(site);
    expect((await settingsItem.getValue()).sites).toEqual({});
  });

  test('choosing an entity sends next-mention to the tab', async () => {
    const sent = fakePage();
    const update = vi
      .spyOn(fakeBrowser.tabs, 'update')
      .mockImplementation((async () => ({
        id: 7,
      })) as unknown as typeof fakeBrowser.tabs.update);
    render(<App route={parseRoute('?tab=7')} />);
    fireEvent.click(
      await screen.findByRole('button', { name: /^Vladimir Putin/ }),
    );
    await screen.findByText('Showing Vladimir Putin on the page.');
    expect(sent).toContainEqual({
      tabId: 7,
      message: {
        type: 'summit-lens:nextMention',
        data: { entity: 'vladimir-putin' },
      },
    });
    expect(update).toHaveBeenCalledWith(7, { active: true });
  });

  test('without ?tab it works for the active tab of the window', async () => {
    const sent = fakePage();
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      { id: 12 },
    ]) as unknown as typeof fakeBrowser.tabs.query);
    render(<App route={parseRoute('')} />);
    await screen.findByRole('button', { name: /^Kim Jong Un/ });
    expect(sent[0]?.tabId).toBe(12);
  });

  test('on a page without the content script it says so and still browses', async () => {
    fakePage({ answers: false });
    render(<App route={parseRoute('?tab=9')} />);
    await screen.findByText('Annotation is not available on this page.');
    expect(
      screen.queryByRole('switch', { name: /^Annotate (?!all)/ }),
    ).toBeNull();
    expect(
      screen.getByRole('switch', { name: 'Annotate all sites' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Browse all entries' }));
    fireEvent.input(screen.getByLabelText('Search entries'), {
      target: { value: 'Khassan' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Khasan ?, Place/ }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Khasan' }),
    ).toBeTruthy();
    expect(
      screen.getByText('Mentions on this page: not available here.'),
    ).toBeTruthy();
  });

  test('?entity=&tab= (from a card) opens on the entry; Back leads to the page list', async () => {
    fakePage();
    render(<App route={parseRoute('?entity=kim-jong-un&tab=7')} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Kim Jong Un' }),
    ).toBeTruthy();
    await screen.findByText('4 mentions on this page.');
    expect(screen.queryByRole('button', { name: /Back to Browse/ })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Back to “On this page”' }),
    );
    await screen.findByRole('list', { name: 'Found on this page' });
    expect(
      screen
        .getByRole('tab', { name: 'On this page' })
        .getAttribute('aria-selected'),
    ).toBe('true');
  });

  test('?entity= without a tab opens on the entry with Back to Browse', () => {
    fakePage();
    render(<App route={parseRoute('?entity=khasan')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Back to Browse' }));
    expect(screen.getByLabelText('Search entries')).toBeTruthy();
  });

  test('landmarks: a banner, the views in a nav, the panel in main, a footer', () => {
    fakePage();
    const { container } = render(<App route={parseRoute('?tab=7')} />);
    const main = screen.getByRole('main');
    expect(main.getAttribute('role')).toBeNull();
    expect(within(main).getByRole('tabpanel')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(within(nav).getByRole('tablist')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    const top = [...container.querySelectorAll(':scope > .sl-popup > *')];
    expect(top.map((el) => el.localName)).toEqual([
      'header',
      'nav',
      'main',
      'footer',
    ]);
  });

  test('related entries stack; Back returns to the list with the search kept', async () => {
    fakePage();
    render(<App route={parseRoute('?tab=7')} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Browse' }));
    fireEvent.input(screen.getByLabelText('Search entries'), {
      target: { value: 'Shoigu' },
    });
    const result = screen.getByRole('button', { name: /^Sergei Shoigu/ });
    result.focus();
    fireEvent.click(result);
    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(within(related).getByRole('button', { name: 'Pyongyang' }));
    const heading = screen.getByRole('heading', {
      level: 2,
      name: 'Pyongyang',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(
      screen.getByRole('button', { name: 'Back to Sergei Shoigu' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to Browse' }));
    const search = screen.getByLabelText<HTMLInputElement>('Search entries');
    expect(search.value).toBe('Shoigu');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toMatch(/^Sergei Shoigu/),
    );
  });

  test('the tabs form a tablist driven by arrow keys', async () => {
    fakePage();
    render(<App route={parseRoute('?tab=7')} />);
    const tablist = screen.getByRole('tablist');
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'On this page',
      'Browse',
      'Compare',
      'Sources',
      'Timeline',
    ]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    tabs[0]!.focus();
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[1]);
    fireEvent.keyDown(tabs[1]!, { key: 'End' });
    expect(document.activeElement).toBe(tabs[4]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      tabs[4]!.id,
    );
    fireEvent.keyDown(tabs[4]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs[0]);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(tabs[4]!.getAttribute('aria-selected')).toBe('true');
  });
});
