/**
 * The popup and the toolbar button in Firefox: the popup opened as
 * `popup.html?tab=<id>` lists the page's mentions, its site switch removes
 * and restores the marks live and the choice persists, and the badge (on
 * MV2's `browserAction`) shows the count.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, expect, test } from 'vitest';
import { knowledge, readMarks } from '../shared/marks';
import type { ExtensionGlobal, FirefoxSession } from './harness';

const CLASSIC = 'pages/classic-article.html';
const nameOf = (id: string) =>
  knowledge.entities.find((e) => e.id === id)?.name ?? id;

/** The switch whose accessible name is `name`, once the popup shows it. */
async function switchNamed(popup: Page, name: string): Promise<ElementHandle> {
  const handle = await popup.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('[role="switch"]')].find(
        (el) => el.textContent?.trim() === wanted,
      ),
    { timeout: 10_000 },
    name,
  );
  return handle as ElementHandle;
}

const checked = (popup: Page, name: string) =>
  switchNamed(popup, name).then((el) =>
    el.evaluate((node) => node.getAttribute('aria-checked')),
  );

/** The rows of "On this page": entity name and count. */
async function listedOnPage(popup: Page): Promise<Record<string, number>> {
  await popup.waitForSelector('[aria-label="Found on this page"] .sl-count', {
    timeout: 10_000,
  });
  const rows = await popup.evaluate(() =>
    [
      ...document.querySelectorAll(
        '[aria-label="Found on this page"] .sl-list-item',
      ),
    ].map((item) => ({
      name: item.querySelector('.sl-item-name')?.textContent ?? '',
      count: item.querySelector('.sl-count')?.textContent ?? '',
    })),
  );
  return Object.fromEntries(
    rows.map((r) => [r.name, Number.parseInt(r.count, 10)]),
  );
}

export function popupTests(session: () => FirefoxSession): void {
  /** Opens a fixture page and waits until all its mentions are marked. */
  async function openSettled(path: string): Promise<{
    page: Page;
    total: number;
  }> {
    const page = await session().open(path);
    await expect
      .poll(async () => (await readMarks(page)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const { total } = await session().status(page);
    await expect.poll(async () => (await readMarks(page)).length).toBe(total);
    return { page, total };
  }

  afterEach(async () => {
    await session().inExtension(
      () =>
        (
          globalThis as unknown as ExtensionGlobal
        ).browser.storage.local.clear(),
      undefined,
    );
    await session().changeSettings({ marking: 'every' });
  });

  test('the popup through ?tab= shows the mentions on the page', async () => {
    const { page } = await openSettled(CLASSIC);
    const status = await session().status(page);
    expect(status.entities.length).toBeGreaterThan(3);
    const popup = await session().openPopup(await session().tabIdOf(page));
    expect(await listedOnPage(popup)).toEqual(
      Object.fromEntries(status.entities.map((e) => [nameOf(e.id), e.count])),
    );
    expect(await checked(popup, 'Annotate 127.0.0.1')).toBe('true');
    await popup.close();
    await page.close();
  });

  test('the site switch removes and restores the marks live; the choice persists', async () => {
    const { page, total } = await openSettled(CLASSIC);
    expect(total).toBeGreaterThan(10);
    // A flag in the page's own world: a reload would lose it.
    await page.evaluate(() => {
      (globalThis as { notReloaded?: boolean }).notReloaded = true;
    });
    const popup = await session().openPopup(await session().tabIdOf(page));
    await (await switchNamed(popup, 'Annotate 127.0.0.1')).click();
    await expect.poll(() => checked(popup, 'Annotate 127.0.0.1')).toBe('false');
    await expect.poll(async () => (await readMarks(page)).length).toBe(0);
    await (await switchNamed(popup, 'Annotate 127.0.0.1')).click();
    await expect
      .poll(async () => (await readMarks(page)).length, { timeout: 10_000 })
      .toBe(total);
    expect(
      await page.evaluate(
        () => (globalThis as { notReloaded?: boolean }).notReloaded,
      ),
    ).toBe(true);

    // Off again: stored, and still off after a reload; another site is not.
    await (await switchNamed(popup, 'Annotate 127.0.0.1')).click();
    await expect.poll(async () => (await readMarks(page)).length).toBe(0);
    const stored = await session().inExtension(
      () =>
        (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(
          'settings',
        ),
      undefined,
    );
    expect(stored.settings).toMatchObject({
      enabled: true,
      sites: { '127.0.0.1': false },
    });
    await popup.close();
    await page.reload();
    await expect
      .poll(async () => (await session().status(page)).enabled)
      .toBe(false);
    expect(await readMarks(page)).toEqual([]);
    const other = await openSettled(`${session().otherOrigin}/${CLASSIC}`);
    expect(other.total).toBe(total);
    await other.page.close();
    await page.close();
  });

  test('the badge on the toolbar button shows the count, and empties where the site is off', async () => {
    const { page, total } = await openSettled('pages/demo-article.html');
    expect(total).toBeGreaterThan(40);
    const tabId = await session().tabIdOf(page);
    await expect.poll(() => session().badge(tabId)).toBe(String(total));
    // Firefox runs the Manifest V2 build: its button is `browserAction`.
    expect(
      await session().inExtension(
        () => (globalThis as unknown as ExtensionGlobal).browser.action,
        undefined,
      ),
    ).toBeUndefined();
    const popup = await session().openPopup(tabId);
    await (await switchNamed(popup, 'Annotate 127.0.0.1')).click();
    await expect.poll(() => session().badge(tabId)).toBe('');
    await popup.close();
    await page.close();
  });
}
