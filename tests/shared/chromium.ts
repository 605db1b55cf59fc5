/**
 * Finding Chromium and the flags it is started with, shared by the demo, the
 * end-to-end tests and the benchmark.
 */
import { existsSync } from 'node:fs';

/** `CHROME_PATH`, then Debian's `/usr/bin/chromium`; throws a plain how-to. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    [
      'Summit Lens needs Chromium to run the demo and the browser tests, and none was found.',
      `Looked at: ${candidates.join(', ')}.`,
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm run demo',
    ].join('\n'),
  );
}

/** Whether a display is available for a headed browser. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Flags for Chromium with an unpacked extension; headless unless `headed`. */
export function chromiumFlags(
  extensionDir: string | undefined,
  headed = false,
): string[] {
  return [
    ...(headed ? [] : ['--headless=new']),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    ...(extensionDir
      ? [
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ]
      : []),
  ];
}
