/**
 * The Chromium end-to-end harness: starts Debian's Chromium with the built
 * extension loaded, serves `tests/fixtures/` on 127.0.0.1 (no test touches
 * the network), and tells tests the extension's id.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Page,
  type Worker,
} from 'playwright-core';
import { chromiumFlags, findChromium } from '../shared/chromium';
import type { CommandName, PageStatus } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { SETTINGS_VERSION } from '../../utils/settings-version';
import { CHROME_E2E_BUILD, FIXTURES_DIR } from '../shared/paths';
import { serveFolder } from '../shared/serve';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /**
   * Every error the background logged since launch: `console.error`, and
   * uncaught exceptions and unhandled rejections in its service worker.
   */
  backgroundErrors: string[];
  /** Fixture server origin on 127.0.0.1. */
  origin: string;
  /** The same server reached as `localhost`: another site for the extension. */
  otherOrigin: string;
  /** Opens a fixture page and waits until it has loaded. */
  open(path: string): Promise<Page>;
  /** The popup UI for a tab, opened in an ordinary tab. */
  openPopup(tabId?: number): Promise<Page>;
  /** The id of the tab showing `page`, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** What the content script in `page` reports (entities found, switches). */
  status(page: Page): Promise<PageStatus>;
  /** The text of the toolbar button's badge on a tab. */
  badge(tabId: number): Promise<string>;
  /**
   * Runs a manifest keyboard command for the tab showing `page`, through the
   * background's own command handler. (Chromium does not route synthetic key
   * events to extension shortcuts, so tests enter one step later.)
   */
  runCommand(page: Page, command: CommandName): Promise<void>;
  /**
   * Changes the reader's settings in storage, as the options page would:
   * the fields given replace the stored ones; open pages follow.
   */
  changeSettings(fields: Partial<Settings>): Promise<void>;
  close(): Promise<void>;
}

/** The part of the `chrome` global the harness uses inside the extension. */
interface ChromeTabsGlobal {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: object): Promise<unknown>;
    };
    runtime: { sendMessage(message: object): Promise<unknown> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

export interface LaunchOptions {
  /** Reuse a profile folder (to test persistence across restarts). */
  userDataDir?: string;
  /** Show the browser window (needs a display). */
  headed?: boolean;
  /** More Chromium flags. */
  extraArgs?: string[];
  /** Emulate a touch screen. */
  hasTouch?: boolean;
  /** The unpacked extension to load; the e2e build by default. */
  extensionDir?: string;
  /** Settings stored before any page opens (the rest stay the defaults). */
  settings?: Partial<Settings>;
}

/**
 * Records what a service worker logs as errors. Uncaught exceptions and
 * unhandled rejections are not console messages, so the worker is given
 * listeners that log them.
 */
async function recordErrors(worker: Worker): Promise<string[]> {
  const errors: string[] = [];
  worker.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'assert')
      errors.push(message.text());
  });
  await worker.evaluate(() => {
    self.addEventListener('error', (event) =>
      console.error('Uncaught', event.message),
    );
    self.addEventListener('unhandledrejection', (event) =>
      console.error('Unhandled rejection', String(event.reason)),
    );
  });
  return errors;
}

interface ChromeStorageGlobal {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
      };
    };
  };
}

/** Starts Chromium with the production build of the extension. */
export async function launchExtension(
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? CHROME_E2E_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No build in ${extensionDir}: run "npx wxt build${extensionDir === CHROME_E2E_BUILD ? ' --mode e2e' : ''}" first`,
    );
  }
  const { server, origin } = await serveFolder(FIXTURES_DIR);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir =
    options.userDataDir ?? mkdtempSync(join(tmpdir(), 'summit-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    args: [
      ...chromiumFlags(extensionDir, options.headed),
      ...(options.extraArgs ?? []),
    ],
    viewport: { width: 1280, height: 900 },
    hasTouch: options.hasTouch,
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const backgroundErrors = await recordErrors(worker);
  const otherOrigin = origin.replace('127.0.0.1', 'localhost');

  /** Sends a message from an extension page (as the popup would). */
  const fromExtensionPage = async <T>(message: object): Promise<T> => {
    const probe = await session.openPopup();
    try {
      return (await probe.evaluate(
        (m) =>
          (
            globalThis as unknown as ChromeTabsGlobal
          ).chrome.runtime.sendMessage(m),
        message,
      )) as T;
    } finally {
      await probe.close();
    }
  };

  const session: ExtensionSession = {
    context,
    extensionId,
    worker,
    backgroundErrors,
    origin,
    otherOrigin,
    async open(path) {
      const page = await context.newPage();
      await page.goto(
        path.startsWith('http') ? path : `${origin}/${path.replace(/^\//, '')}`,
      );
      return page;
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async tabIdOf(page) {
      // Without the `tabs` permission the extension cannot read tab URLs, so
      // the page is brought to the front and the active tab is asked for.
      await page.bringToFront();
      return worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeTabsGlobal;
        const [tab] = await chrome.tabs.query({
          active: true,
          lastFocusedWindow: true,
        });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    badge: (tabId) =>
      worker.evaluate(
        (id) =>
          (
            globalThis as unknown as ChromeTabsGlobal
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    async status(page) {
      const tabId = await session.tabIdOf(page);
      const probe = await session.openPopup();
      try {
        return (await probe.evaluate(
          (id) =>
            (globalThis as unknown as ChromeTabsGlobal).chrome.tabs.sendMessage(
              id,
              { type: 'summit-lens:status', data: {} },
            ),
          tabId,
        )) as PageStatus;
      } finally {
        await probe.close();
      }
    },
    async changeSettings(fields) {
      await worker.evaluate(
        async ([changed, version]) => {
          const { chrome } = globalThis as unknown as ChromeStorageGlobal;
          const { settings } = await chrome.storage.local.get('settings');
          // The storage item's version, as WXT keeps it beside the value.
          await chrome.storage.local.set({
            settings: { ...(settings as object | undefined), ...changed },
            settings$: { v: version },
          });
        },
        [fields, SETTINGS_VERSION] as const,
      );
    },
    async runCommand(page, command) {
      const tabId = await session.tabIdOf(page);
      await fromExtensionPage({
        type: 'summit-lens:runCommand',
        data: { command, tabId },
      });
      await page.bringToFront();
    },
    async close() {
      await context.close();
      server.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  if (options.settings) await session.changeSettings(options.settings);
  return session;
}
