import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  readSettings,
  sanitizeSettings,
  settingsItem,
  withSite,
} from '../../../utils/settings';
import { siteKey } from '../../../utils/site';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  test('default to on everywhere', async () => {
    const settings = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(isSiteEnabled(settings, 'example.com')).toBe(true);
  });

  test.each([
    'garbage',
    42,
    null,
    [],
    { enabled: 'yes', sites: {} },
    { enabled: true, sites: { 'a.com': 'off' } },
    { enabled: true },
  ])('corrupt stored value %j reads as the defaults', async (value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  test('a site can be switched off and on without touching others', async () => {
    await settingsItem.setValue(
      withSite(await readSettings(), 'news.example', false),
    );
    const off = await readSettings();
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    expect(isSiteEnabled(off, 'other.example')).toBe(true);
    expect(
      isSiteEnabled(withSite(off, 'news.example', true), 'news.example'),
    ).toBe(true);
  });

  test('the global switch turns every site off', () => {
    expect(isSiteEnabled({ enabled: false, sites: {} }, 'a.example')).toBe(
      false,
    );
  });

  test('migrates version 1 (a list of switched-off sites) to version 2', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        enabled: true,
        disabledSites: ['quiet.example', 'other.example'],
      },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      enabled: true,
      sites: { 'quiet.example': false, 'other.example': false },
    });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 2 });
  });

  test('a malformed version 1 value migrates to the defaults', async () => {
    await fakeBrowser.storage.local.set({
      settings: 'broken',
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('siteKey', () => {
  test.each([
    ['https://www.Example.COM/news/1', 'example.com'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['https://news.example.org', 'news.example.org'],
    ['chrome://extensions', undefined],
    ['about:blank', undefined],
    ['data:text/html,hi', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });
});
