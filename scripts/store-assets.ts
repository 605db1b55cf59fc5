/**
 * The store listing's images, written to docs/store/ by `npm run
 * screenshots`: 1280×800 screenshots of the extension at work, and the
 * 440×280 promotional tile. Taken in Chromium from the production build.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../tests/e2e/harness';
import { ROOT } from '../tests/shared/paths';
import { openCardOn } from './capture';

const OUT = join(ROOT, 'docs', 'store');
const SCREEN = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const DEMO_PAGE = 'pages/demo-article.html';

const dataUrl = (type: string, bytes: Buffer) =>
  `data:${type};base64,${bytes.toString('base64')}`;

/** Renders `html` in a fresh page of `size` and saves it as `file`. */
async function renderHtml(
  session: ExtensionSession,
  html: string,
  size: { width: number; height: number },
  file: string,
): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() =>
    Promise.all([...document.images].map((img) => img.decode())),
  );
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
}

/** A marked article with the card for a mention open. */
async function articleWithCard(session: ExtensionSession): Promise<Page> {
  const page = await session.open(DEMO_PAGE);
  await page.setViewportSize(SCREEN);
  await session.status(page);
  await page.bringToFront();
  await openCardOn(page, 'Kim Jong Un');
  await page.screenshot({ path: join(OUT, 'screenshot-card.png') });
  return page;
}

/**
 * The popup's Compare view as the reader sees it: dropped from the toolbar
 * over the marked article it was opened on.
 */
async function popupCompare(
  session: ExtensionSession,
  article: Page,
): Promise<void> {
  await article.keyboard.press('Escape');
  await article.mouse.move(1, 1);
  await article.evaluate(() => window.scrollTo(0, 0));
  await article.waitForTimeout(300);
  const backdrop = await article.screenshot();
  const popup = await session.openPopup(await session.tabIdOf(article));
  await popup.setViewportSize({ width: 400, height: 740 });
  await popup.getByRole('tab', { name: 'Compare' }).click();
  await popup.locator('.sl-comparison').first().waitFor();
  const view = await popup.screenshot();
  await popup.close();
  await renderHtml(
    session,
    `<body style="margin:0;position:relative;overflow:hidden">
      <img src="${dataUrl('image/png', backdrop)}" style="display:block;filter:brightness(0.82)">
      <img src="${dataUrl('image/png', view)}" style="position:absolute;top:12px;right:28px;border-radius:10px;box-shadow:0 12px 40px rgb(0 0 0 / 0.45)">
    </body>`,
    SCREEN,
    'screenshot-compare.png',
  );
}

/** The 440×280 promotional tile: the icon, the name and what it does. */
async function promoTile(session: ExtensionSession): Promise<void> {
  const icon = readFileSync(join(ROOT, 'assets', 'icon.svg'));
  // The marks' own colours (KIND_COLOURS), opaque on the dark tile.
  const person = (text: string) =>
    `<span style="background:#fde68a;color:#1e2b45;border-bottom:3px solid #ca8a04;padding:0 3px">${text}</span>`;
  const place = (text: string) =>
    `<span style="background:#99f6e4;color:#1e2b45;border-bottom:3px solid #0d9488;padding:0 3px">${text}</span>`;
  await renderHtml(
    session,
    `<body style="margin:0;width:440px;height:280px;box-sizing:border-box;padding:0 32px;display:flex;flex-direction:column;justify-content:center;background:#1e2b45;color:#f8fafc;font-family:'Liberation Sans',Arial,sans-serif;overflow:hidden">
      <div style="display:flex;align-items:center;gap:18px">
        <img src="${dataUrl('image/svg+xml', icon)}" width="88" height="88">
        <div>
          <div style="font-size:38px;font-weight:700;letter-spacing:-0.5px">Summit Lens</div>
          <div style="font-size:16px;color:#cbd5e1;margin-top:4px">for news of the Kim–Putin summits</div>
        </div>
      </div>
      <p style="font-family:'Liberation Serif',Georgia,serif;font-size:20px;line-height:1.65;margin:24px 0 0">
        ${person('Kim Jong Un')} met ${person('Vladimir Putin')} at the
        ${place('Vostochny Cosmodrome')}: who is who, and what each outlet
        reported.
      </p>
    </body>`,
    TILE,
    'promo-tile-440x280.png',
  );
}

/** Writes every store image to docs/store/. */
export async function writeStoreAssets(
  session: ExtensionSession,
): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const article = await articleWithCard(session);
  await popupCompare(session, article);
  await article.close();
  await promoTile(session);
  console.log(`Store images written to ${OUT}`);
}
