/**
 * Opening a card as a reader does: the pointer rests on the first mark of a
 * name until the card's preview is in.
 */
import type { Page } from 'playwright-core';
import { markPoint } from '../shared/marks';

/** Hovers the first mark whose text is `text` and waits for its card. */
export async function openCardOn(page: Page, text: string): Promise<void> {
  const point = await markPoint(page, text);
  await page.mouse.move(point.x, point.y);
  await page
    .locator('summit-lens-card [role="dialog"] .sl-preview')
    .waitFor({ timeout: 5000 });
}
