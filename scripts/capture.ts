/**
 * Screenshots of the extension at work, shared by the demo and the README
 * screenshots: a marked page, and the hover card opened on a mention.
 */
import type { Page } from 'playwright-core';

/** The viewport box of the first rendered occurrence of `text`, scrolled into view. */
export async function locateText(
  page: Page,
  text: string,
): Promise<{ x: number; y: number; height: number } | undefined> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0 || n.parentElement?.closest('script,style,noscript,textarea'))
        continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + needle.length);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0) continue;
      return { x: rect.left, y: rect.top, height: rect.height };
    }
    return undefined;
  }, text);
}

/** Hovers the first mention of `name` and waits for its card to open. */
export async function openCardOn(page: Page, name: string): Promise<void> {
  const point = await locateText(page, name);
  if (!point) throw new Error(`"${name}" is not on the page`);
  await page.mouse.move(point.x + 5, point.y + point.height / 2);
  await page
    .locator('summit-lens-card [role="dialog"]')
    .waitFor({ timeout: 5000 });
  await page.locator('summit-lens-card .sl-preview').waitFor({ timeout: 5000 });
  await page.waitForTimeout(300);
}
