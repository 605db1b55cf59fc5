/**
 * Nothing the reader reads leaves the browser: during a whole browsing
 * session (marked pages, cards, the popup, switching a site off and on) no
 * part of the extension makes a network request. Chromium is pointed at a
 * recording proxy, so any request bound off this machine, from any page,
 * worker or extension context, would be seen there. Chromium's own
 * housekeeping (update checks, sign-in) goes to Google's service hosts; those
 * are told apart by host, as no part of Summit Lens has a reason to go there.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let proxy: Server;
const proxied: string[] = [];
const CHROMIUM_OWN =
  /^(?:CONNECT |[A-Z]+ https?:\/\/)(?:update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com|optimizationguide-pa\.googleapis\.com|edgedl\.me\.gvt1\.com)[:/]/;

beforeAll(async () => {
  proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    // Chromium may reset a refused tunnel; that is not an error here.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;
  session = await launchExtension({
    extraArgs: [`--proxy-server=http://127.0.0.1:${port}`],
  });
});
afterAll(async () => {
  await session?.close();
  proxy?.close();
});

test('a browsing session makes no request beyond the pages themselves', async () => {
  const requests: string[] = [];
  session.context.on('request', (request) => requests.push(request.url()));

  for (const name of ['demo-article', 'live-blog', 'lookalike-trump-kim']) {
    const page = await session.open(`pages/${name}.html`);
    await page.waitForTimeout(name === 'live-blog' ? 2000 : 500);
    const status = await session.status(page);
    if (status.total > 0) {
      await session.runCommand(page, 'next-mention');
      await page.locator('summit-lens-card .sl-preview').waitFor();
    }
    const popup = await session.openPopup(await session.tabIdOf(page));
    await popup.getByRole('tab', { name: 'Browse' }).click();
    await popup.getByRole('searchbox').fill('Shoigu');
    await popup.getByRole('tab', { name: 'Compare' }).click();
    if (status.total > 0) {
      const site = popup.getByRole('switch', { name: /127\.0\.0\.1/ });
      await site.click();
      await site.click();
    }
    await popup.close();
    await page.close();
  }

  // The extension's own files come from chrome-extension:// URLs: under its
  // id, or, for the annotator a page imports, under the id Chromium makes
  // up for each session (`use_dynamic_url`). It is the only extension here.
  const foreign = requests.filter(
    (url) =>
      !url.startsWith(`${session.origin}/`) &&
      !url.startsWith('chrome-extension://'),
  );
  expect(foreign).toEqual([]);
  const fromExtension = proxied.filter((line) => !CHROMIUM_OWN.test(line));
  console.log(
    `no-network: ${requests.length} page requests, ${proxied.length - fromExtension.length} ` +
      `Chromium housekeeping requests, ${fromExtension.length} others`,
  );
  expect(fromExtension).toEqual([]);
  // The pages themselves were loaded, so the request log was working.
  expect(requests.some((url) => url.endsWith('demo-article.html'))).toBe(true);
});
