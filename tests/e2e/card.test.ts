/**
 * The hover card in real Chromium: hovering a mark opens a dialog named after
 * the entity with its sources, Escape closes it, the pointer can move into
 * the card, and the keyboard command walks from mention to mention.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { knowledge, markPoint } from '../shared/marks';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

/** Opens a fixture page and waits until it has marks. */
async function openMarked(path: string): Promise<Page> {
  const page = await session.open(path);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.size))
    .toBeGreaterThan(0);
  return page;
}

const dialog = (page: Page) => page.locator('summit-lens-card [role="dialog"]');

async function activeMark(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const active = CSS.highlights.get('summit-lens-active') as
      Iterable<Range> | undefined;
    if (!active) return undefined;
    return [...active].map((r) => r.toString()).join('|');
  });
}

const outlets = knowledge.sources.map((s) => s.outlet);

test('hovering a mark opens its card; Escape closes it', async () => {
  const page = await openMarked('pages/classic-article.html');
  const point = await markPoint(page, 'Sergei Shoigu');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
  await expect
    .poll(() => dialog(page).getAttribute('aria-label'))
    .toBe('Sergei Shoigu');
  await dialog(page).locator('.sl-preview .sl-facts li').first().waitFor();
  const text = await dialog(page).innerText();
  expect(outlets.some((o) => text.includes(o))).toBe(true);
  expect(await activeMark(page)).toBe('Sergei Shoigu');
  const host = await page.evaluate(() => {
    const el = document.querySelector('summit-lens-card');
    return {
      count: document.querySelectorAll('summit-lens-card').length,
      open: el?.shadowRoot?.mode,
    };
  });
  expect(host).toEqual({ count: 1, open: 'open' });

  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page).count()).toBe(0);
  expect(await activeMark(page)).toBeUndefined();
  await page.close();
});

test('a short pass over a mark does not open the card', async () => {
  const page = await openMarked('pages/classic-article.html');
  const point = await markPoint(page, 'Sergei Shoigu');
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(120);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(600);
  expect(await dialog(page).count()).toBe(0);
  await page.close();
});

test('the pointer can move into the card; leaving both closes it', async () => {
  const page = await openMarked('pages/classic-article.html');
  const point = await markPoint(page, 'Sergei Shoigu');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
  const box = (await dialog(page).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 8 });
  await page.waitForTimeout(700);
  expect(await dialog(page).count()).toBe(1);
  // The quote behind a source chip shows on demand.
  const chip = page.locator('summit-lens-card .sl-chip').first();
  await chip.click();
  expect(await chip.getAttribute('aria-expanded')).toBe('true');
  await expect
    .poll(() => page.locator('summit-lens-card .sl-facts .sl-quote').count())
    .toBe(1);
  await page.mouse.move(2, 2, { steps: 4 });
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(0);
  await page.close();
});

test('the card says whom a source relays, and links to the article in a new tab', async () => {
  const page = await openMarked('pages/classic-article.html');
  // The Kremlin's lead facts are NPR's, relaying the Kremlin, and RIA
  // Novosti's, relaying its spokesman.
  const point = await markPoint(page, 'Kremlin');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
  const npr = knowledge.sources.find((s) => s.id === 'npr-2019')!;
  const links = dialog(page).locator(`a[href="${npr.url}"]`);
  await expect.poll(() => links.count()).toBeGreaterThan(0);
  expect(await links.first().getAttribute('target')).toBe('_blank');
  expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer');
  const tags = await dialog(page).locator('.sl-certainty').allInnerTexts();
  expect(tags.map((t) => t.toLowerCase())).toContain('expected');
  expect(await dialog(page).innerText()).toMatch(/, citing /);
  await page.close();
});

test('the keyboard command reaches the next mention and focuses its card', async () => {
  const page = await openMarked('pages/split-names.html');
  await session.runCommand(page, 'next-mention');
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
  const first = await activeMark(page);
  expect(first).toBeTruthy();
  const focused = await page.evaluate(
    () =>
      document.activeElement?.localName === 'summit-lens-card' &&
      document
        .querySelector('summit-lens-card')
        ?.shadowRoot?.activeElement?.getAttribute('role'),
  );
  expect(focused).toBe('dialog');
  await session.runCommand(page, 'next-mention');
  await expect.poll(() => activeMark(page)).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page).count()).toBe(0);
  await page.close();
});

test('an entry that cannot be loaded shows an error with a retry that works', async () => {
  const page = await openMarked('pages/classic-article.html');
  // Answer the card's request for an entry with nothing the protocol
  // allows, before the background's own answer.
  await session.worker.evaluate(() => {
    const scope = globalThis as unknown as {
      chrome: { runtime: { onMessage: { addListener(l: unknown): void } } };
      breakEntries?: unknown;
    };
    const listener = (
      message: { type?: string },
      _sender: unknown,
      reply: (value: unknown) => void,
    ) => {
      if (message?.type !== 'summit-lens:entry') return false;
      reply({ broken: true });
      return false;
    };
    scope.breakEntries = listener;
    scope.chrome.runtime.onMessage.addListener(listener);
  });
  const point = await markPoint(page, 'Sergei Shoigu');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
  const retry = page.locator('summit-lens-card [role="alert"] button');
  await expect.poll(() => retry.count(), { timeout: 3000 }).toBe(1);
  expect(await dialog(page).innerText()).toContain('could not load');

  await session.worker.evaluate(() => {
    const scope = globalThis as unknown as {
      chrome: { runtime: { onMessage: { removeListener(l: unknown): void } } };
      breakEntries?: unknown;
    };
    scope.chrome.runtime.onMessage.removeListener(scope.breakEntries);
  });
  await retry.click();
  await expect
    .poll(() => dialog(page).getByRole('region', { name: 'Key facts' }).count())
    .toBe(1);
  await page.close();
});
