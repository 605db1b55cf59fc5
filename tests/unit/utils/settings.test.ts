import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  isSiteEnabled,
  peekSettings,
  readSettings,
  sanitizeSettings,
  settingsItem,
  StoredSettings,
  switchedOffSites,
  watchSettings,
  watchStoredSettings,
  withKind,
  withSite,
} from '../../../utils/settings';
import { siteKey } from '../../../utils/site';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  test('default to on everywhere, first mentions, every kind and claims', async () => {
    const settings = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toEqual({
      enabled: true,
      sites: {},
      marking: 'first',
      kinds: {
        person: true,
        place: true,
        organisation: true,
        event: true,
        topic: true,
      },
      claims: true,
    });
    expect(isSiteEnabled(settings, 'example.com')).toBe(true);
  });

  test.each([
    'garbage',
    42,
    null,
    [],
    undefined,
    { enabled: 'yes', sites: {} },
    { enabled: true },
    { enabled: true, sites: 'a.com' },
    { enabled: true, sites: [], marking: 'some', kinds: 'all', claims: 1 },
    { enabled: true, sites: {}, kinds: { person: 'no', dragon: false } },
    { enabled: 0, sites: null, marking: ['every'], kinds: [], claims: null },
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

  test('a corrupt field falls back alone; the others are kept', () => {
    expect(
      sanitizeSettings({
        enabled: false,
        sites: { 'quiet.example': false, 'loud.example': true },
        marking: 'sometimes',
        kinds: { place: false, topic: 3 },
        claims: 'no',
      }),
    ).toEqual({
      ...defaultSettings(),
      enabled: false,
      sites: { 'quiet.example': false, 'loud.example': true },
      kinds: { ...defaultSettings().kinds, place: false },
    });
  });

  test('every field that fits is kept', () => {
    const settings = {
      enabled: false,
      sites: { 'a.example': false },
      marking: 'every',
      kinds: {
        person: false,
        place: true,
        organisation: false,
        event: true,
        topic: false,
      },
      claims: false,
    };
    expect(sanitizeSettings(settings)).toEqual(settings);
  });

  test('a site whose switch is not a boolean reads as on, like an unlisted one', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        ...defaultSettings(),
        sites: { 'quiet.example': false, 'odd.example': 'off', 'n.example': 0 },
      },
      settings$: { v: 3 },
    });
    const settings = await readSettings();
    expect(isSiteEnabled(settings, 'odd.example')).toBe(true);
    expect(isSiteEnabled(settings, 'n.example')).toBe(true);
    expect(isSiteEnabled(settings, 'quiet.example')).toBe(false);
    expect(switchedOffSites(settings)).toEqual(['quiet.example']);
  });

  test('unknown fields and kinds are dropped', () => {
    const settings = sanitizeSettings({
      ...defaultSettings(),
      theme: 'dark',
      kinds: { ...defaultSettings().kinds, dragon: false },
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(settings.kinds)).not.toContain('dragon');
    expect(settings).not.toHaveProperty('theme');
  });

  test('a missing kind reads as on; the kinds given are kept', () => {
    expect(
      sanitizeSettings({ ...defaultSettings(), kinds: { event: false } }).kinds,
    ).toEqual({ ...defaultSettings().kinds, event: false });
  });

  test('changes from another context arrive sanitized', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, marking: 42 },
    });
    stop();
    expect(seen).toEqual([{ ...defaultSettings(), enabled: false }]);
  });

  test('the global switch turns every site off', () => {
    expect(
      isSiteEnabled({ ...defaultSettings(), enabled: false }, 'a.example'),
    ).toBe(false);
  });

  test('kinds switch one at a time; switched-off sites are listed in order', () => {
    const settings = withSite(
      withSite(withKind(defaultSettings(), 'topic', false), 'b.example', false),
      'a.example',
      false,
    );
    expect(settings.kinds).toMatchObject({ topic: false, person: true });
    expect(switchedOffSites(withSite(settings, 'c.example', true))).toEqual([
      'a.example',
      'b.example',
    ]);
  });

  test('defaults are fresh objects: changing one leaves the next alone', () => {
    const first = defaultSettings();
    first.kinds.person = false;
    first.sites['x.example'] = false;
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('migrates version 1 (a list of switched-off sites) to version 3', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        enabled: true,
        disabledSites: ['quiet.example', 'other.example'],
      },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      ...defaultSettings(),
      sites: { 'quiet.example': false, 'other.example': false },
    });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 3 });
  });

  test('migrates version 2 to version 3, keeping what the reader set', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, sites: { 'quiet.example': false } },
      settings$: { v: 2 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      enabled: false,
      sites: { 'quiet.example': false },
      marking: 'first',
      kinds: defaultSettings().kinds,
      claims: true,
    });
    expect(await settingsItem.getMeta()).toMatchObject({ v: 3 });
  });

  test('a malformed version 2 value migrates to the defaults', async () => {
    await fakeBrowser.storage.local.set({
      settings: ['not', 'settings'],
      settings$: { v: 2 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsItem.getMeta()).toMatchObject({ v: 3 });
  });

  test('a version 1 list holding anything but site names is dropped', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, disabledSites: ['a.example', 7] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      ...defaultSettings(),
      enabled: false,
    });
  });

  test('settings stored without their version keep every field', async () => {
    const stored = {
      ...defaultSettings(),
      sites: { 'quiet.example': false },
      marking: 'every',
      claims: false,
    };
    await fakeBrowser.storage.local.set({ settings: stored });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(stored);
    expect(await settingsItem.getMeta()).toMatchObject({ v: 3 });
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

describe('settings read without the storage item (the bootstrap’s way)', () => {
  test('read what the item wrote, and defaults when nothing is stored', async () => {
    expect((await peekSettings()).settings).toEqual(DEFAULT_SETTINGS);
    const written = withKind(
      withSite(defaultSettings(), 'example.com', false),
      'topic',
      false,
    );
    await settingsItem.setValue(written);
    const read = await peekSettings();
    expect(read.isSiteEnabled('example.com')).toBe(false);
    expect(read.isSiteEnabled('example.org')).toBe(true);
    expect(read.settings).toEqual(written);
  });

  test('an older or corrupt stored value reads field by field', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, sites: { 'a.org': false }, marking: 42 },
      settings$: { v: 2 },
    });
    expect((await peekSettings()).settings).toEqual({
      ...defaultSettings(),
      enabled: false,
      sites: { 'a.org': false },
    });
  });

  test('a storage that cannot be read gives the defaults, with a warning', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(
      new Error('storage is gone'),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await peekSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledOnce();
  });

  test('changes are followed until the watch stops, other keys and areas ignored', async () => {
    const seen: boolean[] = [];
    const stop = watchStoredSettings((s) => seen.push(s.settings.enabled));
    await settingsItem.setValue({ ...defaultSettings(), enabled: false });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ settings: { enabled: true } });
    await settingsItem.setValue(defaultSettings());
    stop();
    await settingsItem.setValue({ ...defaultSettings(), enabled: false });
    expect(seen).toEqual([false, true]);
  });
});

describe('StoredSettings', () => {
  // Site keys as `siteKey` makes them (valibot drops a record key such as
  // "constructor", which no host name with a dot can be).
  const sites = ['example.com', 'a.org', 'news.example.co.uk', 'localhost'];
  /** Stored values of every shape: settings, near misses, and junk. */
  const stored = fc.oneof(
    fc.anything(),
    fc.record(
      {
        enabled: fc.oneof(fc.boolean(), fc.anything()),
        sites: fc.oneof(
          fc.dictionary(
            fc.constantFrom(...sites),
            fc.oneof(fc.boolean(), fc.anything()),
          ),
          fc.array(fc.boolean()),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    ),
  );

  test('tells whether a site is on as the sanitized settings do, for any stored value', () => {
    fc.assert(
      fc.property(
        stored,
        fc.option(fc.constantFrom(...sites), { nil: undefined }),
        (value, site) =>
          new StoredSettings(value).isSiteEnabled(site) ===
          isSiteEnabled(sanitizeSettings(value), site),
      ),
      { numRuns: 2000 },
    );
  });

  test('switched-off values are read as off, and the settings once read are kept', () => {
    const off = new StoredSettings({
      enabled: true,
      sites: { 'a.org': false },
    });
    expect(off.isSiteEnabled('a.org')).toBe(false);
    expect(off.isSiteEnabled(undefined)).toBe(true);
    expect(off.settings).toBe(off.settings);
    expect(off.isSiteEnabled('a.org')).toBe(false);
    expect(new StoredSettings({ enabled: false }).isSiteEnabled('b.org')).toBe(
      false,
    );
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
