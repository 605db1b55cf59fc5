/**
 * The extension changes under an open page: it is updated (reloaded) while
 * a summit article is open, or its idle service worker is stopped. The
 * page's content script must clean up quietly in the first case and go on
 * working in the second.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { collectErrors } from './errors';
import { launchExtension, type ExtensionSession } from './harness';
import { markPoint } from '../shared/marks';

let session: ExtensionSession;
beforeEach(async () => {
  session = await launchExtension();
});
afterEach(() => session?.close());

const CLASSIC = 'pages/classic-article.html';
const dialog = (page: Page) => page.locator('summit-lens-card [role="dialog"]');

async function openMarked(path: string): Promise<Page> {
  const page = await session.open(path);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.size))
    .toBeGreaterThan(0);
  return page;
}

const summitHighlights = (page: Page) =>
  page.evaluate(
    () =>
      [...CSS.highlights.keys()].filter((n) => n.startsWith('summit-lens'))
        .length,
  );

test('after an update the old content script removes its marks and card, and throws nothing', async () => {
  const page = await session.context.newPage();
  const log = await collectErrors(session.context, page);
  await page.goto(`${session.origin}/${CLASSIC}`);
  await expect.poll(() => summitHighlights(page)).toBeGreaterThan(0);
  const point = await markPoint(page, 'Sergei Shoigu');
  // A card open when the update comes goes too.
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);

  await session.worker
    .evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload(),
    )
    // The worker is gone before it can answer.
    .catch(() => undefined);
  const started = Date.now();
  await expect
    .poll(() => summitHighlights(page), { timeout: 2000, interval: 100 })
    .toBe(0);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(await page.locator('summit-lens-card').count()).toBe(0);

  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(900);
  expect(await dialog(page).count()).toBe(0);
  expect(log.errors).toEqual([]);
  await log.stop();
});

test('a stopped service worker wakes for the next hover and the popup', async () => {
  const page = await openMarked(CLASSIC);
  // The extension's own page sees its service worker's state.
  const probe = await session.openPopup();
  const cdp = await session.context.newCDPSession(probe);
  let state = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    state = versions.map((v) => v.runningStatus).join(' ');
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => state, { timeout: 5000 }).toBe('stopped');
  await cdp.detach();
  await probe.close();

  const point = await markPoint(page, 'Sergei Shoigu');
  await page.mouse.move(point.x, point.y);
  await expect
    .poll(
      () => dialog(page).getByRole('region', { name: 'Key facts' }).count(),
      { timeout: 5000 },
    )
    .toBe(1);

  const popup = await session.openPopup(await session.tabIdOf(page));
  const list = popup.getByRole('list', { name: 'Found on this page' });
  await list.waitFor({ timeout: 10_000 });
  expect(await list.locator('.sl-list-item').count()).toBeGreaterThan(3);
});
