/** The hover card in Firefox: hovering a mark opens it; Escape closes it. */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { knowledge, markPoint, readMarks } from '../shared/marks';
import type { FirefoxSession } from './harness';

/** The open card's accessible name and text, or undefined. */
export function openCard(page: Page) {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('summit-lens-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return undefined;
    return {
      label: dialog.getAttribute('aria-label'),
      text: (dialog as HTMLElement).innerText,
      /** Whether the entry has loaded: its lead facts are shown. */
      facts: dialog.querySelector('[aria-label="Key facts"]') !== null,
    };
  });
}

export function cardTests(session: () => FirefoxSession): void {
  test('hovering a mark opens its card with the entry; Escape closes it', async () => {
    const page = await session().open('pages/classic-article.html');
    await expect
      .poll(async () => (await readMarks(page)).length)
      .toBeGreaterThan(10);
    const point = await markPoint(page, 'Sergei Shoigu');
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect
      .poll(async () => (await openCard(page))?.label, { timeout: 5000 })
      .toBe('Sergei Shoigu');
    await expect.poll(async () => (await openCard(page))?.facts).toBe(true);
    const { text } = (await openCard(page))!;
    const outlets = knowledge.sources.map((s) => s.outlet);
    expect(outlets.some((outlet) => text.includes(outlet))).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeUndefined();
    await page.close();
  });
}
