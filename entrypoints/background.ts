import knowledge from 'virtual:summit-lens/knowledge';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entryData } from '../knowledge/query';
import {
  isSummitLensMessage,
  type ContentRequest,
  type PageStatus,
} from '../utils/messages';
import {
  readSettings,
  settingsItem,
  withSite,
  isSiteEnabled,
} from '../utils/settings';
import { commandShortcut } from '../utils/shortcut';

/** The tab a command applies to: the one it came with, else the active tab. */
async function targetTab(tab?: { id?: number }): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({
    active: true,
    currentWindow: true,
  });
  return active?.id;
}

function askTab<T>(
  tabId: number,
  message: ContentRequest,
): Promise<T | undefined> {
  return (browser.tabs.sendMessage(tabId, message) as Promise<T>).catch(
    () => undefined,
  );
}

/** Switches the site shown in a tab off or back on. */
async function toggleSite(tabId: number): Promise<void> {
  const status = await askTab<PageStatus>(tabId, {
    type: 'summit-lens:status',
  });
  if (!status?.site) return;
  const settings = await readSettings();
  await settingsItem.setValue(
    withSite(settings, status.site, !isSiteEnabled(settings, status.site)),
  );
}

/** Runs a keyboard command for a tab (from the shortcut or a message). */
async function runCommand(command: string, tabId: number): Promise<void> {
  if (command === 'next-mention')
    await askTab(tabId, { type: 'summit-lens:next-mention' });
  else if (command === 'toggle-site') await toggleSite(tabId);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isSummitLensMessage(message)) return undefined;
    switch (message.type) {
      case 'summit-lens:ping':
        return Promise.resolve({
          ok: true,
          version: browser.runtime.getManifest().version,
        });
      case 'summit-lens:entry':
        return Promise.resolve(entryData(knowledge, message.entity) ?? null);
      case 'summit-lens:shortcut':
        return commandShortcut('next-mention').then((s) => s ?? null);
      case 'summit-lens:open-entry': {
        const tab = sender.tab?.id;
        const query = new URLSearchParams({ entity: message.entity });
        if (tab !== undefined) query.set('tab', String(tab));
        return browser.tabs
          .create({ url: browser.runtime.getURL(`/popup.html?${query}`) })
          .then(() => undefined);
      }
      case 'summit-lens:run-command':
        return targetTab({ id: message.tabId }).then((tabId) =>
          tabId === undefined ? undefined : runCommand(message.command, tabId),
        );
      case 'summit-lens:mentions': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const text = message.total > 0 ? String(message.total) : '';
        return Promise.all([
          browser.action.setBadgeText({ tabId, text }),
          browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' }),
        ]).then(() => undefined);
      }
      default:
        return undefined;
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = await targetTab(tab);
    if (tabId === undefined) return;
    if (command === 'next-mention')
      await askTab(tabId, { type: 'summit-lens:next-mention' });
    else if (command === 'toggle-site') await toggleSite(tabId);
  });
});
