/**
 * The Firefox end-to-end harness: starts Firefox ESR headless through
 * Puppeteer over WebDriver BiDi, installs the production build the way a
 * reader's "Load Temporary Add-on" does, serves `tests/fixtures/` on
 * 127.0.0.1, and reads every error the extension reports from Firefox's own
 * output (background errors never reach a page).
 *
 * Extension pages are reached at a fixed `moz-extension://` address (the
 * `extensions.webextensions.uuids` pref); `--remote-allow-system-access`
 * lets a test open them. One of them stays open as the harness's probe, to
 * call extension APIs the way the popup does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageStatus } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { SETTINGS_VERSION } from '../../utils/settings-version';
import { FIREFOX_BUILD, FIXTURES_DIR } from '../shared/paths';
import { serveFolder } from '../shared/serve';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on's fixed internal address, so tests can open its pages. */
const EXTENSION_UUID = '5a1e5c3e-0000-4000-8000-000000000031';

/** What the tests call inside the extension (Firefox's `browser` global). */
export interface ExtensionGlobal {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: object): Promise<unknown>;
    };
    browserAction?: {
      getBadgeText(details: { tabId: number }): Promise<string>;
    };
    action?: unknown;
    storage: {
      local: {
        clear(): Promise<void>;
        get(key: string): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
      };
    };
  };
}

export interface FirefoxSession {
  /** Fixture server origin on 127.0.0.1. */
  origin: string;
  /** The same server reached as `localhost`: another site for the extension. */
  otherOrigin: string;
  /**
   * Every line of Firefox's output since launch that reports an error from
   * the extension (see `isExtensionError`): from its background, its content
   * script and its pages.
   */
  extensionErrors: string[];
  /** Opens a fixture page (a path under tests/fixtures/, or a URL). */
  open(path: string): Promise<Page>;
  /** The popup UI for a tab, opened in an ordinary tab. */
  openPopup(tabId: number): Promise<Page>;
  /** The id of the tab showing `page`, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** What the content script in `page` reports. */
  status(page: Page): Promise<PageStatus>;
  /** The text of the toolbar button's badge on a tab. */
  badge(tabId: number): Promise<string>;
  /**
   * Runs `fn` in an extension page, where the global `browser` is the
   * WebExtension API (see `ExtensionGlobal`).
   */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Changes the reader's settings in storage, as the options page would:
   * the fields given replace the stored ones; open pages follow.
   */
  changeSettings(fields: Partial<Settings>): Promise<void>;
  /**
   * Reloads the add-on, as an update does while pages stay open; resolves
   * once its pages can be opened again.
   */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Whether a line of Firefox's output reports an error from the extension:
 * an uncaught error or rejection in one of its scripts (the line names the
 * `moz-extension://` script), or a document's `console.error` with a message
 * (printed quoted, without its origin; the fixture pages never call it).
 * Firefox's own modules log as `console.error: Prefix: …`, unquoted, and
 * are left out.
 */
export function isExtensionError(line: string): boolean {
  return (
    (line.startsWith('JavaScript error: ') &&
      line.includes('moz-extension://')) ||
    line.startsWith('console.error: "')
  );
}

/**
 * Waits until `page` shows `url` fully loaded. Navigating a tab to a
 * `moz-extension://` page never settles Puppeteer's `goto`, so it is started
 * and the page is polled.
 */
async function navigateToExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => [location.href, document.readyState] as const)
      .catch(() => undefined);
    if (state?.[0] === url && state[1] === 'complete') return;
    await sleep(50);
  }
  throw new Error(`${url} did not load within 15 s`);
}

/** Starts Firefox ESR headless, ready to install the add-on at a known address. */
function launch(geckoId: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [geckoId]: EXTENSION_UUID,
      }),
      // Documents' console (extension pages and the background included) to
      // Firefox's output; not the console of Firefox's own code.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
    },
  });
}

/** Starts Firefox ESR with the production build of the extension installed. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const manifestPath = join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(
      `No build in ${FIREFOX_BUILD}: run "npm run build:firefox" first`,
    );
  if (!existsSync(FIREFOX_PATH))
    throw new Error(
      `Firefox ESR is not at ${FIREFOX_PATH}: install it with "apt-get install -y firefox-esr", or set FIREFOX_PATH`,
    );
  const geckoId = (
    JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    }
  ).browser_specific_settings.gecko.id;
  const { server, origin } = await serveFolder(FIXTURES_DIR);
  const browser = await launch(geckoId).catch((error: unknown) => {
    server.close();
    throw error;
  });

  const extensionErrors: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines)
        if (isExtensionError(line)) extensionErrors.push(line);
    });
  }
  await browser.installExtension(FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await navigateToExtensionPage(page, `${extensionOrigin}/${path}`);
    return page;
  };
  let probe = await openExtensionPage('popup.html');
  const inExtension: FirefoxSession['inExtension'] = (fn, arg) =>
    // Puppeteer types the argument through its handle types; a plain value
    // passes through unchanged.
    probe.evaluate(fn as (value: unknown) => ReturnType<typeof fn>, arg);

  const session: FirefoxSession = {
    origin,
    otherOrigin: origin.replace('127.0.0.1', 'localhost'),
    extensionErrors,
    async open(path) {
      const page = await browser.newPage();
      await page.goto(
        path.includes(':') ? path : `${origin}/${path.replace(/^\//, '')}`,
      );
      return page;
    },
    openPopup: (tabId) => openExtensionPage(`popup.html?tab=${tabId}`),
    async tabIdOf(page) {
      // Without the `tabs` permission the extension cannot read tab URLs, so
      // the page is brought to the front and the active tab is asked for
      // (the probe shares its window and stays in the background).
      await page.bringToFront();
      return session.inExtension(async () => {
        const api = (globalThis as unknown as ExtensionGlobal).browser;
        const [tab] = await api.tabs.query({
          active: true,
          currentWindow: true,
        });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      }, undefined);
    },
    badge: (tabId) =>
      session.inExtension(
        (id) =>
          (
            globalThis as unknown as ExtensionGlobal
          ).browser.browserAction!.getBadgeText({ tabId: id }),
        tabId,
      ),
    async status(page) {
      const tabId = await session.tabIdOf(page);
      return (await session.inExtension(
        (id) =>
          (globalThis as unknown as ExtensionGlobal).browser.tabs.sendMessage(
            id,
            { type: 'summit-lens:status', data: {} },
          ),
        tabId,
      )) as PageStatus;
    },
    inExtension,
    async changeSettings(fields) {
      await inExtension(
        async ([changed, version]) => {
          const { local } = (globalThis as unknown as ExtensionGlobal).browser
            .storage;
          const { settings } = await local.get('settings');
          // The storage item's version, as WXT keeps it beside the value.
          await local.set({
            settings: { ...(settings as object | undefined), ...changed },
            settings$: { v: version },
          });
        },
        [fields, SETTINGS_VERSION] as const,
      );
    },
    async reloadExtension() {
      const old = probe;
      await old.evaluate(() => {
        // Once this answer is out: the page goes with the add-on.
        const { runtime } = (
          globalThis as unknown as { browser: { runtime: { reload(): void } } }
        ).browser;
        setTimeout(() => runtime.reload(), 10);
      });
      await sleep(1000);
      probe = await openExtensionPage('popup.html');
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
  return session;
}
