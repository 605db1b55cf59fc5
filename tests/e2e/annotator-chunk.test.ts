/**
 * The annotator is a chunk of its own, which the content script imports
 * only on pages that may be about the summits: it loads there and nowhere
 * else, also where a page's Content Security Policy forbids everything, and
 * a page cannot use it to detect the extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

/**
 * Opens a fixture page, counting the requests for the annotator chunk (an
 * import shows as two: Chromium turns the per-session address into the
 * extension's own).
 */
async function openCounting(
  path: string,
): Promise<{ page: Page; imports: () => number }> {
  const page = await session.context.newPage();
  let imports = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/annotator.js') imports += 1;
  });
  await page.goto(`${session.origin}/${path}`);
  return { page, imports: () => imports };
}

const marks = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('summit-lens'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );

test('a summit article imports the annotator and is marked', async () => {
  const { page, imports } = await openCounting('pages/classic-article.html');
  await expect.poll(() => marks(page)).toBeGreaterThan(0);
  expect(imports()).toBeGreaterThan(0);
  await page.close();
});

test('a page that names no summit and only one of the leaders never imports it', async () => {
  const { page, imports } = await openCounting('pages/lookalike-putin-xi.html');
  expect((await session.status(page)).relevant).toBe(false);
  await page.waitForTimeout(500);
  expect(imports()).toBe(0);
  expect(await marks(page)).toBe(0);
  await page.close();
});

test('a page whose Content Security Policy forbids everything is still marked', async () => {
  const { page } = await openCounting('hostile/strict-csp.html');
  await expect.poll(() => marks(page)).toBeGreaterThan(0);
  expect((await session.status(page)).relevant).toBe(true);
  await page.close();
});

test('a page cannot reach the chunk at the extension’s address, nor see it loaded', async () => {
  const { page } = await openCounting('pages/classic-article.html');
  await expect.poll(() => marks(page)).toBeGreaterThan(0);
  const seen = await page.evaluate(async (id) => {
    let fetched: boolean;
    try {
      await fetch(`chrome-extension://${id}/annotator.js`);
      fetched = true;
    } catch {
      fetched = false;
    }
    const listed = performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.startsWith('chrome-extension:'));
    return { fetched, listed };
  }, session.extensionId);
  expect(seen).toEqual({ fetched: false, listed: false });
  await page.close();
});
