/**
 * The options page in real Chromium: its controls write the settings to
 * storage and show them again after a reload, switched-off sites come back
 * on from it, the popup links to it, and settings stored by the previous
 * version (2) are migrated to version 3 keeping what the reader set.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

/** The part of `chrome` the tests use in the service worker. */
interface WorkerChrome {
  chrome: {
    storage: {
      local: {
        set(items: Record<string, unknown>): Promise<void>;
        get(keys: string[]): Promise<Record<string, unknown>>;
        clear(): Promise<void>;
      };
    };
  };
}

const stored = () =>
  session.worker.evaluate(() =>
    (globalThis as unknown as WorkerChrome).chrome.storage.local.get([
      'settings',
      'settings$',
    ]),
  );

const store = (items: Record<string, unknown>) =>
  session.worker.evaluate(
    (values) =>
      (globalThis as unknown as WorkerChrome).chrome.storage.local.set(values),
    items,
  );

beforeEach(async () => {
  await session.worker.evaluate(() =>
    (globalThis as unknown as WorkerChrome).chrome.storage.local.clear(),
  );
});

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByLabel('first mentions').waitFor();
  return page;
}

const ALL_KINDS = {
  person: true,
  place: true,
  organisation: true,
  event: true,
  topic: true,
};

test('"first mentions", "every mention", the kinds and claim marks are saved and shown again', async () => {
  const page = await openOptions();
  expect(
    await page.getByLabel('first mentions', { exact: true }).isChecked(),
  ).toBe(true);
  await page.getByLabel('every mention', { exact: true }).check();
  await page.getByRole('switch', { name: 'Places' }).click();
  await page
    .getByRole('switch', { name: 'Mark claims the sources disagree on' })
    .click();
  await expect
    .poll(async () => (await stored()).settings)
    .toEqual({
      enabled: true,
      sites: {},
      marking: 'every',
      kinds: { ...ALL_KINDS, place: false },
      claims: false,
    });
  await page.reload();
  await page.getByLabel('every mention').waitFor();
  expect(await page.getByLabel('every mention').isChecked()).toBe(true);
  expect(
    await page
      .getByRole('switch', { name: 'Places' })
      .getAttribute('aria-checked'),
  ).toBe('false');
  expect(
    await page
      .getByRole('switch', { name: 'Mark claims the sources disagree on' })
      .getAttribute('aria-checked'),
  ).toBe('false');
  await page.getByLabel('first mentions').check();
  await expect
    .poll(async () => (await stored()).settings)
    .toMatchObject({ marking: 'first' });
  await page.close();
});

test('a switched-off site comes back on from the options page', async () => {
  await store({
    settings: {
      enabled: true,
      sites: { '127.0.0.1': false, 'news.example': false },
      marking: 'first',
      kinds: ALL_KINDS,
      claims: true,
    },
    settings$: { v: 3 },
  });
  const page = await openOptions();
  const list = page.getByRole('list', { name: 'Sites switched off' });
  expect(await list.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringContaining('127.0.0.1'),
    expect.stringContaining('news.example'),
  ]);
  await page.getByRole('button', { name: 'Switch 127.0.0.1 back on' }).click();
  await expect
    .poll(async () => (await stored()).settings)
    .toMatchObject({ sites: { '127.0.0.1': true, 'news.example': false } });
  expect(await list.getByRole('listitem').count()).toBe(1);
  // The page on that site is marked again.
  const article = await session.open('pages/classic-article.html');
  await expect
    .poll(async () => (await session.status(article)).total, {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  await article.close();
  await page.close();
});

test('the popup links to the options page', async () => {
  const popup = await session.openPopup();
  const opened = session.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Options' }).click();
  const options = await opened;
  await options.waitForURL(/options\.html$/);
  await options.getByLabel('every mention').waitFor();
  await options.close();
  await popup.close();
});

test('settings stored by version 2 become version 3, keeping what the reader set', async () => {
  await store({
    settings: { enabled: false, sites: { 'quiet.example': false } },
    settings$: { v: 2 },
  });
  const page = await openOptions();
  await expect.poll(stored).toEqual({
    settings: {
      enabled: false,
      sites: { 'quiet.example': false },
      marking: 'first',
      kinds: ALL_KINDS,
      claims: true,
    },
    settings$: { v: 3 },
  });
  expect(
    await page
      .getByRole('switch', { name: 'Annotate all sites' })
      .getAttribute('aria-checked'),
  ).toBe('false');
  expect(
    await page
      .getByRole('list', { name: 'Sites switched off' })
      .getByRole('listitem')
      .allInnerTexts(),
  ).toEqual([expect.stringContaining('quiet.example')]);
  await page.close();
});
