/**
 * Annotation follows the reader: client-side navigation re-runs the gate,
 * the keyboard command switches a site off and on without a reload, and a
 * tap opens a card on touch screens.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { countByEntity, markPoint, readMarks } from '../shared/marks';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ hasTouch: true });
});
afterAll(() => session?.close());

test('a client-side navigation to another story re-runs the gate', async () => {
  const page = await session.open('dynamic/spa.html');
  await expect.poll(async () => (await readMarks(page)).length).toBe(5);
  await page.evaluate(() =>
    (window as unknown as { goToOtherStory(): void }).goToOtherStory(),
  );
  // The new story names Putin but not Kim Jong Un: it is not about the summits.
  await expect.poll(async () => readMarks(page), { timeout: 5000 }).toEqual([]);
  await page.evaluate(() =>
    (window as unknown as { goBackToSummit(): void }).goBackToSummit(),
  );
  await expect
    .poll(async () => countByEntity(await readMarks(page)), { timeout: 5000 })
    .toEqual({ 'kim-jong-un': 1, 'vladimir-putin': 1 });
  await page.close();
});

test('the toggle-site command switches the site off and on, live', async () => {
  const page = await session.open('pages/dark-page.html');
  await expect
    .poll(async () => (await readMarks(page)).length)
    .toBeGreaterThan(5);
  const before = (await readMarks(page)).length;
  await session.runCommand(page, 'toggle-site');
  await expect.poll(async () => (await readMarks(page)).length).toBe(0);
  expect((await session.status(page)).enabled).toBe(false);
  await session.runCommand(page, 'toggle-site');
  await expect.poll(async () => (await readMarks(page)).length).toBe(before);
  await page.close();
});

test('a tap on a mark opens its card at once', async () => {
  const page = await session.open('pages/classic-article.html');
  await expect
    .poll(async () => (await readMarks(page)).length)
    .toBeGreaterThan(5);
  const point = await markPoint(page, 'Sergei Shoigu');
  await page.touchscreen.tap(point.x, point.y);
  await expect
    .poll(
      () =>
        page
          .locator('summit-lens-card [role="dialog"]')
          .getAttribute('aria-label'),
      {
        timeout: 2000,
      },
    )
    .toBe('Sergei Shoigu');
  await page.close();
});
