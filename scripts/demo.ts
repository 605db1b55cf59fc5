/**
 * `npm run demo`: builds the extension, serves the bundled demo article on
 * localhost, opens it in Chromium with the extension loaded, prints the
 * mentions found per entity and writes three screenshots to demo-output/:
 * the marked page, an open hover card, and the popup.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT } from '../tests/e2e/harness';
import { findChromium, hasDisplay } from './chromium';

const OUT = join(ROOT, 'demo-output');
const DEMO_PAGE = 'pages/demo-article.html';

async function main(): Promise<void> {
  findChromium();
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('The build failed (see above).');

  mkdirSync(OUT, { recursive: true });
  const headed = hasDisplay();
  console.log(
    `Opening Chromium (${headed ? 'headed' : 'headless: no display'})…`,
  );
  const session = await launchExtension({ headed });
  try {
    const page = await session.open(DEMO_PAGE);
    await page.setViewportSize({ width: 1280, height: 860 });
    const status = await session.status(page);
    console.log(`\nMentions on the demo page (${status.total} in all):`);
    for (const e of status.entities)
      console.log(`  ${String(e.count).padStart(3)}  ${e.id}`);
    await page.bringToFront();

    const marked = join(OUT, 'marked-page.png');
    await page.screenshot({ path: marked });

    const point = await locateText(page, 'Kim Jong Un');
    if (!point)
      throw new Error('Could not find a mention to hover on the demo page.');
    await page.mouse.move(point.x + 5, point.y + point.height / 2);
    await page
      .locator('summit-lens-card [role="dialog"]')
      .waitFor({ timeout: 5000 });
    await page.waitForTimeout(300);
    const card = join(OUT, 'hover-card.png');
    await page.screenshot({ path: card });

    const popup = await session.openPopup(await session.tabIdOf(page));
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.waitForTimeout(500);
    const popupShot = join(OUT, 'popup.png');
    await popup.screenshot({ path: popupShot });

    console.log(`\nScreenshots:\n  ${marked}\n  ${card}\n  ${popupShot}`);
  } finally {
    await session.close();
  }
}

/** The viewport box of the first occurrence of `text` in rendered text. */
async function locateText(
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
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + needle.length);
      n.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      if (rect.width === 0) continue;
      return { x: rect.left, y: rect.top, height: rect.height };
    }
    return undefined;
  }, text);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
