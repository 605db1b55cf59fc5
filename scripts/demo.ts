/**
 * `npm run demo`: builds the extension, serves the bundled demo article on
 * localhost, opens it in Chromium with the extension loaded, prints the
 * mentions found per entity and writes three screenshots to demo-output/:
 * the marked page, an open hover card, and the popup.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { CHROME_BUILD, ROOT } from '../tests/shared/paths';
import { openCardOn } from './capture';
import { findChromium, hasDisplay } from '../tests/shared/chromium';

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
  const session = await launchExtension({ headed, extensionDir: CHROME_BUILD });
  try {
    const page = await session.open(DEMO_PAGE);
    await page.setViewportSize({ width: 1280, height: 860 });
    const status = await session.status(page);
    console.log(`\nMentions on the demo page (${status.total} in all):`);
    for (const e of status.entities)
      console.log(`  ${String(e.count).padStart(3)}  ${e.id}`);
    await page.bringToFront();

    const shots = {
      marked: join(OUT, 'marked-page.png'),
      card: join(OUT, 'hover-card.png'),
      popup: join(OUT, 'popup.png'),
    };
    await page.screenshot({ path: shots.marked });
    await openCardOn(page, 'Kim Jong Un');
    await page.screenshot({ path: shots.card });

    const popup = await session.openPopup(await session.tabIdOf(page));
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: shots.popup });

    console.log(`\nScreenshots:\n  ${Object.values(shots).join('\n  ')}`);
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
