/**
 * axe-core over every view a reader meets, light and dark: each popup view
 * (opened for a marked page), the options page, and an open card with its
 * parts unfolded. Each must have no violations at all, and opening the card
 * must add none to the page's own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, type AxeViolation } from './axe';
import { launchExtension, type ExtensionSession } from './harness';
import { openCardOn } from './open-card';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session?.close());

const DEMO = 'pages/demo-article.html';
const CARD = ['summit-lens-card'];

type Results = Record<string, AxeViolation[]>;

/** Runs axe and keeps the view's violations, if it has any. */
async function check(
  results: Results,
  view: string,
  page: Page,
  include?: string[],
): Promise<void> {
  const violations = await axeViolations(page, include);
  if (violations.length > 0) results[view] = violations;
}

async function popupViews(scheme: 'light' | 'dark', results: Results) {
  const page = await session.open(DEMO);
  await session.status(page);
  const popup = await session.openPopup(await session.tabIdOf(page));
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('list', { name: 'Found on this page' }).waitFor();
  await check(results, 'popup: On this page', popup);

  await popup.getByRole('button', { name: 'Entry for Kim Jong Un' }).click();
  await popup.getByRole('heading', { level: 2, name: 'Kim Jong Un' }).waitFor();
  await popup
    .getByRole('region', { name: 'How the sources compare' })
    .getByRole('button', { expanded: false })
    .first()
    .click();
  await check(results, 'popup: an entry, one comparison open', popup);

  await popup.getByRole('tab', { name: 'Browse' }).click();
  await popup.getByLabel('Search entries').fill('train');
  await check(results, 'popup: Browse', popup);

  await popup.getByRole('tab', { name: 'Compare' }).click();
  await popup.locator('.sl-comparison .sl-disclosure').first().click();
  await check(results, 'popup: Compare, one question open', popup);
  await popup.getByRole('radio', { name: /differ$/ }).check();
  await check(results, 'popup: Compare, filtered', popup);

  await popup.getByRole('tab', { name: 'Sources' }).click();
  await check(results, 'popup: Sources', popup);
  await popup.getByRole('button', { name: /^Kim Jong Un in Russia/ }).click();
  await check(results, 'popup: one source', popup);

  await popup.getByRole('tab', { name: 'Timeline' }).click();
  await check(results, 'popup: Timeline', popup);

  const options = await session.context.newPage();
  await options.emulateMedia({ colorScheme: scheme });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByLabel('first mentions').waitFor();
  await check(results, 'options page', options);

  await options.close();
  await popup.close();
  await page.close();
}

async function cardViews(scheme: 'light' | 'dark', results: Results) {
  const page = await session.open(DEMO);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1280, height: 800 });
  await session.status(page);
  await page.bringToFront();
  // The page's own problems (the fixture has some) are not ours, but the
  // open card must add none to them.
  const pageAlone = await axeViolations(page);
  await openCardOn(page, 'Kim Jong Un');
  await check(results, 'card', page, CARD);
  expect(await axeViolations(page)).toEqual(pageAlone);
  const card = page.locator('summit-lens-card [role="dialog"]');
  await card.locator('.sl-disagreement-line').click();
  await card.getByRole('button', { name: /^More: / }).click();
  await card.locator('.sl-comparison .sl-disclosure').first().click();
  await card.getByRole('button', { name: 'Why marked?' }).click();
  await check(results, 'card: unfolded, why marked', page, CARD);
  await card.getByRole('button', { name: 'Report a problem' }).click();
  await check(results, 'card: report a problem', page, CARD);
  await page.close();
}

test.each(['light', 'dark'] as const)(
  'axe finds no violations in the popup, the options page or the card (%s)',
  async (scheme) => {
    const results: Results = {};
    await popupViews(scheme, results);
    await cardViews(scheme, results);
    expect(results).toEqual({});
  },
  120_000,
);
