/**
 * Errors in Firefox: the content script and the background report none while
 * a page with mentions is open, and the error log the suite reads does hear
 * an error when there is one.
 */
import { expect, test } from 'vitest';
import { readMarks } from '../shared/marks';
import type { FirefoxSession } from './harness';

export function extensionErrorTests(session: () => FirefoxSession): void {
  test('an error in an extension page reaches the log the suite reads', async () => {
    await session().inExtension(() => {
      setTimeout(() => {
        throw new Error('a deliberate extension error');
      });
    }, undefined);
    await expect
      .poll(() => session().extensionErrors.join('\n'))
      .toContain('a deliberate extension error');
    session().extensionErrors.length = 0;
  });

  test('a page with mentions: no error from the content script or the background', async () => {
    const page = await session().open('pages/demo-article.html');
    await expect
      .poll(async () => (await readMarks(page)).length)
      .toBeGreaterThan(40);
    // The background has had the page's count (and set the badge).
    await session().status(page);
    await page.reload();
    await expect
      .poll(async () => (await readMarks(page)).length)
      .toBeGreaterThan(40);
    await session().status(page);
    expect(session().extensionErrors).toEqual([]);
    await page.close();
  });
}
