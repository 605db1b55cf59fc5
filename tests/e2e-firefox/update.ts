/**
 * An update while a page stays open: Firefox reloads the add-on and puts
 * its new content script into the open page. The page must end up marked
 * once, by the new script, which answers for it, with no error from the old
 * one.
 */
import { expect, test } from 'vitest';
import { markPoint, readMarks } from '../shared/marks';
import { openCard } from './card';
import type { FirefoxSession } from './harness';

export function updateTests(session: () => FirefoxSession): void {
  test('after an update the page is marked once, by the new content script', async () => {
    const page = await session().open('pages/classic-article.html');
    await expect
      .poll(async () => (await readMarks(page)).length)
      .toBeGreaterThan(10);
    const before = (await readMarks(page)).map((m) => m.text).sort();

    await session().reloadExtension();
    await expect
      .poll(async () => (await session().status(page)).total, {
        timeout: 2000,
      })
      .toBe(before.length);
    expect((await readMarks(page)).map((m) => m.text).sort()).toEqual(before);

    const point = await markPoint(page, 'Sergei Shoigu');
    // As a reader would, the pointer comes back to the name if no card has
    // opened a second after it did: the new script may still be wiring its
    // cards when the count is right.
    let hovered = 0;
    const hoveredLabel = async () => {
      const card = await openCard(page);
      if (!card && Date.now() - hovered > 1000) {
        await page.mouse.move(1, 1);
        await page.mouse.move(point.x, point.y, { steps: 4 });
        hovered = Date.now();
      }
      return card?.label;
    };
    await expect.poll(hoveredLabel, { timeout: 8000 }).toBe('Sergei Shoigu');
    expect(
      await page.evaluate(
        () => document.querySelectorAll('summit-lens-card').length,
      ),
    ).toBe(1);
    await page.close();
  });
}
