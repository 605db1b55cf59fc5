import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Options } from '../../../entrypoints/options/Options';
import {
  defaultSettings,
  readSettings,
  settingsItem,
} from '../../../utils/settings';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

describe('the options page', () => {
  test('"first mentions" and "every mention" choose the marking', async () => {
    render(<Options />);
    const first = await screen.findByLabelText('first mentions');
    const every = screen.getByLabelText('every mention');
    expect((first as HTMLInputElement).checked).toBe(true);
    fireEvent.click(every);
    await waitFor(async () =>
      expect((await readSettings()).marking).toBe('every'),
    );
    expect((every as HTMLInputElement).checked).toBe(true);
  });

  test('a switch per kind, and one for claim marks, write the settings', async () => {
    render(<Options />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Topics' }));
    fireEvent.click(
      screen.getByRole('switch', {
        name: 'Mark claims the sources disagree on',
      }),
    );
    await waitFor(async () =>
      expect(await readSettings()).toMatchObject({
        kinds: { ...defaultSettings().kinds, topic: false },
        claims: false,
      }),
    );
  });

  test('lists the sites switched off, each with a button to switch it back on', async () => {
    await settingsItem.setValue({
      ...defaultSettings(),
      sites: { 'b.example': false, 'a.example': false, 'c.example': true },
    });
    render(<Options />);
    const list = await screen.findByRole('list', {
      name: 'Sites switched off',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.sl-site')?.textContent),
    ).toEqual(['a.example', 'b.example']);
    fireEvent.click(
      screen.getByRole('button', { name: 'Switch a.example back on' }),
    );
    await waitFor(async () =>
      expect((await readSettings()).sites['a.example']).toBe(true),
    );
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('.sl-site')?.textContent),
      ).toEqual(['b.example']),
    );
  });

  test('says when no site is switched off', async () => {
    render(<Options />);
    await screen.findByText(/No site is switched off/);
  });
});
