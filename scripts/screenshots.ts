/**
 * `npm run screenshots`: the README's pictures, taken from the production
 * build in Chromium and written to docs/screenshots/: marked pages and open
 * cards (light and dark, at 1280×800), the card on a phone-sized screen
 * (390×844), a claim sentence's card, a card on an article about a meeting
 * the sources do not cover, the popup's Compare view and the options page;
 * and the
 * store listing's images, written to docs/store/. (Run `npm run build`
 * first.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness';
import { claimPoint } from '../tests/shared/marks';
import { CHROME_BUILD, ROOT } from '../tests/shared/paths';
import { openCardOn } from './capture';
import { writeStoreAssets } from './store-assets';

const OUT = join(ROOT, 'docs', 'screenshots');

const PAGES = [
  {
    page: 'pages/demo-article.html',
    name: 'light',
    hover: 'Kim Jong Un',
    scheme: 'light',
  },
  {
    page: 'pages/dark-page.html',
    name: 'dark',
    hover: 'Kim Jong Un',
    scheme: 'dark',
  },
] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(OUT, `${name}.png`) });

const DESKTOP = { width: 1280, height: 800 };

/** Opens a page at a size, in front, once its marks are in. */
async function openMarked(
  session: ExtensionSession,
  path: string,
  size = DESKTOP,
  scheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await session.open(path);
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize(size);
  await session.status(page);
  await page.bringToFront();
  return page;
}

/** A page marked, then a card open on it, at a desktop size. */
async function markedAndCard(
  session: ExtensionSession,
  { page: path, name, hover, scheme }: (typeof PAGES)[number],
): Promise<void> {
  const page = await openMarked(session, path, DESKTOP, scheme);
  await shot(page, `marked-${name}`);
  await openCardOn(page, hover);
  await shot(page, `card-${name}`);
  await page.close();
}

/** The card on a phone held upright. */
async function phoneCard(session: ExtensionSession): Promise<void> {
  const page = await openMarked(session, 'pages/demo-article.html', {
    width: 390,
    height: 844,
  });
  await openCardOn(page, 'Vladivostok');
  await shot(page, 'card-phone');
  await page.close();
}

/** The card of a claim sentence: what the article says against the sources. */
async function claimCard(session: ExtensionSession): Promise<void> {
  const page = await openMarked(session, 'articles/ap-2023-arrival.html');
  const point = await claimPoint(
    page,
    'Russian media speculated that Kim was heading for the Vostochny Cosmodrome',
  );
  await page.mouse.move(point.x, point.y);
  await page
    .locator('summit-lens-card [role="dialog"] [data-comparison]')
    .waitFor({ timeout: 5000 });
  await page.waitForTimeout(300);
  await shot(page, 'card-claim');
  await page.close();
}

/** A card on an article about Putin's 2024 visit, which the sources predate. */
async function uncoveredCard(session: ExtensionSession): Promise<void> {
  const page = await openMarked(session, 'articles/nknews-2024-pyongyang.html');
  await openCardOn(page, 'Putin');
  await page.waitForTimeout(300);
  await shot(page, 'card-2024');
  await page.close();
}

/** The popup's Compare view, at the popup's width. */
async function popupCompare(session: ExtensionSession): Promise<void> {
  const article = await session.open('pages/demo-article.html');
  await session.status(article);
  const popup = await session.openPopup(await session.tabIdOf(article));
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.getByRole('tab', { name: 'Compare' }).click();
  await popup.locator('.sl-comparison').first().waitFor();
  await shot(popup, 'popup-compare');
  await popup.close();
  await article.close();
}

/** The options page, with a site switched off to show the list. */
async function optionsPage(session: ExtensionSession): Promise<void> {
  await session.worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).chrome.storage.local.set({
      settings: {
        enabled: true,
        sites: { 'live.example.com': false },
        marking: 'first',
        kinds: {
          person: true,
          place: true,
          organisation: true,
          event: true,
          topic: false,
        },
        claims: true,
      },
      settings$: { v: 3 },
    }),
  );
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 760, height: 720 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByLabel('first mentions').waitFor();
  await shot(page, 'options');
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launchExtension({ extensionDir: CHROME_BUILD });
  try {
    for (const shown of PAGES) await markedAndCard(session, shown);
    await phoneCard(session);
    await claimCard(session);
    await uncoveredCard(session);
    await popupCompare(session);
    await optionsPage(session);
    console.log(`Screenshots written to ${OUT}`);
    await writeStoreAssets(session);
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
