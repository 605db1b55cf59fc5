/**
 * `npm run screenshots`: the README's pictures of marked pages and open
 * cards, light and dark, written to docs/screenshots/, and the store
 * listing's images, written to docs/store/; taken from the production build
 * in Chromium. (Run `npm run build` first.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { CHROME_BUILD, ROOT } from '../tests/shared/paths';
import { openCardOn } from './capture';
import { writeStoreAssets } from './store-assets';

const OUT = join(ROOT, 'docs', 'screenshots');

const SHOTS = [
  {
    page: 'pages/demo-article.html',
    name: 'light',
    // Its facts relay the Kremlin, RIA Novosti and Peskov, the first one
    // with a link to NPR's article.
    hover: 'Kremlin',
    scheme: 'light',
  },
  {
    page: 'pages/dark-page.html',
    name: 'dark',
    hover: 'Kim Jong Un',
    scheme: 'dark',
  },
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const session = await launchExtension({ extensionDir: CHROME_BUILD });
  try {
    for (const shot of SHOTS) {
      const page = await session.open(shot.page);
      await page.emulateMedia({ colorScheme: shot.scheme });
      await page.setViewportSize({ width: 1100, height: 760 });
      await session.status(page);
      await page.bringToFront();
      await page.screenshot({ path: join(OUT, `marked-${shot.name}.png`) });
      await openCardOn(page, shot.hover);
      await page.screenshot({ path: join(OUT, `card-${shot.name}.png`) });
      await page.close();
    }
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
