/**
 * `npm run icons`: renders the icon's SVG source (assets/icon.svg) to the
 * PNGs the manifests name (public/icon/<size>.png), and the greyed toolbar
 * icon for sites where annotation is off (public/icon/off-<size>.png), in
 * Chromium. The PNGs are committed; run this after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_ICONS, TOOLBAR_ICON_OFF } from '../utils/toolbar-action';
import { chromiumFlags, findChromium } from '../tests/shared/chromium';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'assets', 'icon.svg');
const PUBLIC = join(ROOT, 'public');

/** The switched-off look: no colour, half faded, like a disabled button. */
const OFF_FILTER = 'grayscale(1) opacity(0.45)';

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumFlags(undefined),
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const render = async (size: number, file: string, filter = 'none') => {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block;filter:${filter}"></body>`,
      );
      await page
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true });
      const out = join(PUBLIC, file);
      mkdirSync(join(out, '..'), { recursive: true });
      writeFileSync(out, png);
      console.log(`${file} (${size}×${size})`);
    };
    for (const [size, file] of Object.entries(EXTENSION_ICONS))
      await render(Number(size), file);
    for (const [size, file] of Object.entries(TOOLBAR_ICON_OFF))
      await render(Number(size), file, OFF_FILTER);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
