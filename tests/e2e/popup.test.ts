/**
 * The popup in real Chromium, opened as `popup.html?tab=<id>` in a tab: what
 * it lists for a page, the site and global switches acting live on the
 * page's marks, the badge, "next mention" opening the card on the page, and
 * pages the content script cannot reach. No test may leave an error in the
 * background's log.
 *
 * With POPUP_SCREENSHOTS=1 a last test writes docs/screenshots/popup-*.png
 * (all but Compare, which `npm run screenshots` takes).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  expect,
  test,
} from 'vitest';
import { ROOT } from '../shared/paths';
import { launchExtension, type ExtensionSession } from './harness';
import { knowledge, readMarks } from '../shared/marks';

let session: ExtensionSession;
beforeAll(async () => {
  // Every mention painted: the marks on a page are as many as its mentions.
  session = await launchExtension({ settings: { marking: 'every' } });
});
afterAll(() => session?.close());

/** The parts of `chrome` the tests use in the service worker. */
interface WorkerChrome {
  chrome: {
    storage: {
      local: {
        set(items: Record<string, unknown>): Promise<void>;
        get(key: string): Promise<Record<string, unknown>>;
        clear(): Promise<void>;
      };
    };
  };
}

const CLASSIC = 'pages/classic-article.html';
const DARK = 'pages/dark-page.html';
const nameOf = (id: string) =>
  knowledge.entities.find((e) => e.id === id)?.name ?? id;

beforeEach(async () => {
  // Every test starts from default settings, with every mention marked.
  await session.worker.evaluate(() =>
    (globalThis as unknown as WorkerChrome).chrome.storage.local.clear(),
  );
  await session.changeSettings({ marking: 'every' });
});

afterEach(() => {
  // The background ran the badge, the switches and the popup's lookups for
  // pages with mentions: none of it may have logged an error.
  expect(session.backgroundErrors).toEqual([]);
});

/** Opens a fixture page and waits until the content script has marked it. */
async function openMarked(path: string): Promise<Page> {
  const page = await session.open(path);
  await expect
    .poll(async () => (await readMarks(page)).length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  return page;
}

/**
 * Waits until the page's marks are as many as its content script reports
 * mentions, and returns that number.
 */
async function settledMarks(page: Page): Promise<number> {
  const { total } = await session.status(page);
  await expect
    .poll(async () => (await readMarks(page)).length, { timeout: 10_000 })
    .toBe(total);
  return total;
}

/** The popup for the tab showing `page`, once it has the page's status. */
async function popupFor(page: Page): Promise<Page> {
  const popup = await session.openPopup(await session.tabIdOf(page));
  await popup
    .getByRole('switch', { name: 'Annotate all sites' })
    .waitFor({ timeout: 10_000 });
  return popup;
}

/** The rows of "On this page": entity name and count. */
async function listedOnPage(popup: Page): Promise<Record<string, number>> {
  const list = popup.getByRole('list', { name: 'Found on this page' });
  await list.waitFor({ timeout: 10_000 });
  const rows = await list.locator('.sl-list-item').evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('.sl-item-name')?.textContent ?? '',
      count: item.querySelector('.sl-count')?.textContent ?? '',
    })),
  );
  return Object.fromEntries(
    rows.map((r) => [r.name, Number.parseInt(r.count, 10)]),
  );
}

const siteSwitch = (popup: Page, site = '127.0.0.1') =>
  popup.getByRole('switch', { name: `Annotate ${site}` });

test('"On this page" lists the entities the page reports', async () => {
  const page = await openMarked(CLASSIC);
  const status = await session.status(page);
  expect(status.entities.length).toBeGreaterThan(3);
  const popup = await popupFor(page);
  const listed = await listedOnPage(popup);
  expect(listed).toEqual(
    Object.fromEntries(status.entities.map((e) => [nameOf(e.id), e.count])),
  );
  expect(await popup.getByText(`${status.total} mentions of`).count()).toBe(1);
  await expect
    .poll(() => siteSwitch(popup).getAttribute('aria-checked'))
    .toBe('true');
  await popup.close();
  await page.close();
});

test('?entity=<id>&tab=<id> opens on the entry with its mentions on the page', async () => {
  const page = await openMarked(CLASSIC);
  const tabId = await session.tabIdOf(page);
  const status = await session.status(page);
  const khasan = status.entities.find((e) => e.id === 'khasan');
  expect(khasan?.count).toBeGreaterThan(0);
  const popup = await session.context.newPage();
  await popup.goto(
    `chrome-extension://${session.extensionId}/popup.html?entity=khasan&tab=${tabId}`,
  );
  await popup.getByRole('heading', { level: 2, name: 'Khasan' }).waitFor();
  await popup
    .getByText(new RegExp(`^${khasan?.count} mentions? on this page`))
    .waitFor({ timeout: 10_000 });
  await popup.getByRole('button', { name: 'Show next on page' }).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        document
          .querySelector('summit-lens-card')
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getAttribute('aria-label'),
      ),
    )
    .toBe('Khasan');
  await popup.close();
  await page.close();
});

test('the site switch removes and restores the marks live, without a reload', async () => {
  const page = await openMarked(CLASSIC);
  const before = await settledMarks(page);
  expect(before).toBeGreaterThan(10);
  // A flag in the page's own world: a reload would lose it.
  await page.evaluate(() => {
    (globalThis as { notReloaded?: boolean }).notReloaded = true;
  });
  const popup = await popupFor(page);
  await siteSwitch(popup).click();
  await expect
    .poll(() => siteSwitch(popup).getAttribute('aria-checked'))
    .toBe('false');
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...CSS.highlights.keys()].filter(
          (name) =>
            name.startsWith('summit-lens') &&
            (CSS.highlights.get(name)?.size ?? 0) > 0,
        ),
      ),
    )
    .toEqual([]);
  expect((await readMarks(page)).length).toBe(0);
  await popup.getByText('Annotation is off for 127.0.0.1').waitFor();

  await siteSwitch(popup).click();
  await expect
    .poll(async () => (await readMarks(page)).length, { timeout: 10_000 })
    .toBe(before);
  expect(
    await page.evaluate(
      () => (globalThis as { notReloaded?: boolean }).notReloaded,
    ),
  ).toBe(true);
  expect(Object.keys(await listedOnPage(popup)).length).toBeGreaterThan(3);
  await popup.close();
  await page.close();
});

test('the site setting persists across a reload; other sites stay marked', async () => {
  const page = await openMarked(CLASSIC);
  const before = await settledMarks(page);
  const popup = await popupFor(page);
  await siteSwitch(popup).click();
  await expect.poll(async () => (await readMarks(page)).length).toBe(0);
  await popup.close();

  await page.reload();
  await expect
    .poll(async () => (await session.status(page)).enabled)
    .toBe(false);
  expect((await readMarks(page)).length).toBe(0);
  const again = await popupFor(page);
  await expect
    .poll(() => siteSwitch(again).getAttribute('aria-checked'))
    .toBe('false');
  await again.close();

  // The same page on localhost is another site: still marked.
  const other = await openMarked(`${session.otherOrigin}/${CLASSIC}`);
  expect(await settledMarks(other)).toBe(before);
  expect((await readMarks(page)).length).toBe(0);
  const otherPopup = await popupFor(other);
  await expect
    .poll(() =>
      siteSwitch(otherPopup, 'localhost').getAttribute('aria-checked'),
    )
    .toBe('true');
  await otherPopup.close();
  await other.close();
  await page.close();
});

test('the global switch turns every site off, and back on', async () => {
  const page = await openMarked(DARK);
  const before = await settledMarks(page);
  const popup = await popupFor(page);
  const all = popup.getByRole('switch', { name: 'Annotate all sites' });
  await all.click();
  await expect.poll(async () => (await readMarks(page)).length).toBe(0);
  await expect
    .poll(() => siteSwitch(popup).getAttribute('aria-disabled'))
    .toBe('true');
  const stored = await session.worker.evaluate(() =>
    (globalThis as unknown as WorkerChrome).chrome.storage.local.get(
      'settings',
    ),
  );
  expect(stored.settings).toMatchObject({ enabled: false });
  await all.click();
  await expect
    .poll(async () => (await readMarks(page)).length, { timeout: 10_000 })
    .toBe(before);
  await popup.close();
  await page.close();
});

test('the toolbar badge shows the number of mentions', async () => {
  const page = await openMarked(DARK);
  await settledMarks(page);
  const status = await session.status(page);
  expect(status.total).toBeGreaterThan(5);
  const tabId = await session.tabIdOf(page);
  const badge = () => session.badge(tabId);
  await expect.poll(badge).toBe(String(status.total));
  // Switched off, the badge empties.
  const popup = await popupFor(page);
  await siteSwitch(popup).click();
  await expect.poll(badge).toBe('');
  await popup.close();
  await page.close();
});

test('an error in the background reaches the log these tests read', async () => {
  await session.worker.evaluate(() => {
    setTimeout(() => {
      throw new Error('a deliberate background error');
    });
  });
  await expect
    .poll(() => session.backgroundErrors.join('\n'))
    .toContain('a deliberate background error');
  session.backgroundErrors.length = 0;
});

test('choosing an entity in "On this page" opens its card on the page', async () => {
  const page = await openMarked(CLASSIC);
  const popup = await popupFor(page);
  await popup.getByRole('list', { name: 'Found on this page' }).waitFor();
  await popup.getByRole('button', { name: /^Sergei Shoigu\b/ }).click();
  await popup.getByText('Showing Sergei Shoigu on the page.').waitFor();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = document.querySelector('summit-lens-card');
        return host?.shadowRoot
          ?.querySelector('[role="dialog"]')
          ?.getAttribute('aria-label');
      }),
    )
    .toBe('Sergei Shoigu');
  const active = await page.evaluate(() =>
    [
      ...((CSS.highlights.get('summit-lens-active') as
        Iterable<Range> | undefined) ?? []),
    ].map((r) => r.toString()),
  );
  expect(active.length).toBeGreaterThan(0);
  expect(active.every((text) => /Shoigu/.test(text))).toBe(true);
  await popup.close();
  await page.close();
});

test('on a page the content script cannot reach, browsing still works', async () => {
  const blank = await session.context.newPage();
  await blank.goto('about:blank');
  const popup = await session.openPopup(await session.tabIdOf(blank));
  await popup
    .getByText('Annotation is not available on this page.')
    .waitFor({ timeout: 10_000 });
  expect(await popup.getByRole('banner').getByRole('switch').count()).toBe(1);
  await popup.getByRole('tab', { name: 'Browse' }).click();
  await popup.getByLabel('Search entries').fill('Choe Sun Hui');
  await popup.getByRole('button', { name: /^Choe Son Hui/ }).click();
  await popup
    .getByRole('heading', { level: 2, name: 'Choe Son Hui' })
    .waitFor();
  await popup.getByRole('tab', { name: 'Compare' }).click();
  expect(await popup.locator('.sl-comparison').count()).toBe(
    knowledge.comparisons.length,
  );
  await popup.close();
  await blank.close();
});

test('corrupt stored settings read as the defaults: pages are marked', async () => {
  await session.worker.evaluate(() =>
    (globalThis as unknown as WorkerChrome).chrome.storage.local.set({
      settings: 'garbage',
    }),
  );
  const page = await openMarked(CLASSIC);
  // The default marking: the first mention of each entity per section.
  const { total } = await session.status(page);
  expect(total).toBeGreaterThan(10);
  const marked = (await readMarks(page)).length;
  expect(marked).toBeGreaterThan(5);
  expect(marked).toBeLessThan(total);
  expect((await session.status(page)).enabled).toBe(true);
  const popup = await popupFor(page);
  await expect
    .poll(() => siteSwitch(popup).getAttribute('aria-checked'))
    .toBe('true');
  // Switching writes well-formed settings over the garbage.
  await siteSwitch(popup).click();
  await expect.poll(async () => (await readMarks(page)).length).toBe(0);
  const stored = await session.worker.evaluate(() =>
    (globalThis as unknown as WorkerChrome).chrome.storage.local.get(
      'settings',
    ),
  );
  expect(stored.settings).toEqual({
    enabled: true,
    sites: { '127.0.0.1': false },
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
  await popup.close();
  await page.close();
});

test('at 400 px the tab row stays on one line, and flipping a switch never changes the header', async () => {
  const page = await openMarked(CLASSIC);
  const popup = await popupFor(page);
  await popup.setViewportSize({ width: 400, height: 600 });
  await listedOnPage(popup);
  const tabTops = () =>
    popup
      .getByRole('tab')
      .evaluateAll((tabs) =>
        tabs.map((t) => Math.round(t.getBoundingClientRect().top)),
      );
  const tops = await tabTops();
  expect(tops).toHaveLength(5);
  expect(new Set(tops).size).toBe(1);
  const header = popup.locator('header.sl-popup-header');
  const size = () =>
    header.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });
  const before = await size();
  const all = popup.getByRole('switch', { name: 'Annotate all sites' });
  await all.click();
  await expect
    .poll(() => siteSwitch(popup).getAttribute('aria-disabled'))
    .toBe('true');
  expect(await size()).toEqual(before);
  await all.click();
  await siteSwitch(popup).click();
  await expect
    .poll(() => siteSwitch(popup).getAttribute('aria-checked'))
    .toBe('false');
  expect(await size()).toEqual(before);
  expect(await tabTops()).toEqual(tops);
  await popup.close();
  await page.close();
});

test('the legend shows each kind with its colour and a switch that writes the setting', async () => {
  const page = await openMarked(CLASSIC);
  const popup = await popupFor(page);
  const legend = popup.getByRole('region', { name: 'Marks and their colours' });
  const rows = legend.getByRole('switch');
  expect(await rows.allInnerTexts()).toEqual([
    'People',
    'Places',
    'Organisations',
    'Events',
    'Topics',
  ]);
  const colours = await legend
    .locator('.sl-swatch')
    .evaluateAll((els) =>
      els.map((el) => getComputedStyle(el).backgroundColor),
    );
  expect(new Set(colours).size).toBe(5);
  await legend.getByRole('switch', { name: 'Events' }).click();
  await expect
    .poll(
      async () =>
        (
          await session.worker.evaluate(() =>
            (globalThis as unknown as WorkerChrome).chrome.storage.local.get(
              'settings',
            ),
          )
        ).settings,
    )
    .toMatchObject({ kinds: { event: false, person: true } });
  await popup.close();
  await page.close();
});

test('the footer tells keyboard users the next-mention shortcut the browser has', async () => {
  const popup = await session.openPopup();
  const shortcut = await session.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
      };
    };
    return (await chrome.commands.getAll()).find(
      (c) => c.name === 'next-mention',
    )?.shortcut;
  });
  expect(shortcut).toBe('Alt+Shift+M');
  await expect
    .poll(() => popup.getByRole('contentinfo').innerText())
    .toContain(`${shortcut} opens the card of the next mention`);
  await popup.close();
});

test('Compare: the verdict pills filter, and each question opens on a click', async () => {
  const popup = await session.openPopup();
  await popup.getByRole('tab', { name: 'Compare' }).click();
  const items = popup.locator('.sl-comparison');
  expect(await items.count()).toBe(knowledge.comparisons.length);
  expect(await popup.locator('.sl-comparison table').count()).toBe(0);
  const differ = knowledge.comparisons.filter((c) => c.verdict === 'differ');
  await popup.getByRole('radio', { name: `${differ.length} differ` }).check();
  expect(await items.count()).toBe(differ.length);
  expect(
    await items.evaluateAll((els) =>
      els.every((el) => el.classList.contains('sl-verdict-differ')),
    ),
  ).toBe(true);
  const first = items.first().getByRole('button', { expanded: false });
  await first.click();
  expect(await items.first().locator('tbody tr').count()).toBeGreaterThan(1);
  await popup
    .getByRole('radio', { name: `All ${knowledge.comparisons.length}` })
    .check();
  expect(await items.count()).toBe(knowledge.comparisons.length);
  await popup.close();
});

test.runIf(process.env.POPUP_SCREENSHOTS === '1')(
  'screenshots of each view (docs/screenshots/popup-*.png)',
  async () => {
    const out = join(ROOT, 'docs', 'screenshots');
    mkdirSync(out, { recursive: true });
    const shot = (popup: Page, name: string) =>
      popup.screenshot({ path: join(out, `popup-${name}.png`) });
    const page = await openMarked(CLASSIC);
    const popup = await popupFor(page);
    await popup.setViewportSize({ width: 400, height: 640 });
    await listedOnPage(popup);
    await shot(popup, 'on-this-page');
    await popup.getByRole('tab', { name: 'Browse' }).click();
    await popup.getByLabel('Search entries').fill('Khassan');
    await shot(popup, 'browse');
    await popup
      .getByRole('button', { name: /^Khasan\b/ })
      .first()
      .click();
    await popup
      .getByRole('region', { name: 'Key facts' })
      .locator('.sl-chip')
      .first()
      .click();
    await shot(popup, 'entry');
    await popup.getByRole('tab', { name: 'Sources' }).click();
    await shot(popup, 'sources');
    await popup.getByRole('tab', { name: 'Timeline' }).click();
    await shot(popup, 'timeline');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.getByRole('tab', { name: 'Browse' }).click();
    await popup.getByLabel('Search entries').fill('');
    await popup.getByRole('button', { name: /^Sergei Shoigu/ }).click();
    await popup
      .getByRole('region', { name: 'Key facts' })
      .getByRole('button', { name: /^BBN/ })
      .first()
      .click();
    await shot(popup, 'dark');
    await popup.close();
    await page.close();
  },
);
