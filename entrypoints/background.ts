import knowledge from 'virtual:summit-lens/knowledge';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { comparisonData, entryData } from '../knowledge/query';
import { answerCommandsFromTests } from '../utils/e2e-route';
import { entryMessages } from '../utils/entry-messages';
import {
  backgroundMessages,
  handleMessages,
  sendToTab,
} from '../utils/messages';
import {
  isSiteEnabled,
  readSettings,
  settingsItem,
  withSite,
} from '../utils/settings';
import { commandShortcut } from '../utils/shortcut';
import { tabOrActive } from '../utils/tabs';
import { showToolbarState } from '../utils/toolbar-action';

/** Switches the site shown in a tab off or back on. */
async function toggleSite(tabId: number): Promise<void> {
  const { site } = await sendToTab(tabId, 'status', {});
  if (!site) return;
  const settings = await readSettings();
  await settingsItem.setValue(
    withSite(settings, site, !isSiteEnabled(settings, site)),
  );
}

/**
 * Runs a keyboard command for a tab (the one it came with, else the active
 * one). A page without the content script (a browser page) cannot take it.
 */
async function runCommand(command: string, tab?: number): Promise<void> {
  const tabId = await tabOrActive(tab);
  if (tabId === undefined) return;
  try {
    if (command === 'next-mention') await sendToTab(tabId, 'nextMention', {});
    else if (command === 'toggle-site') await toggleSite(tabId);
  } catch (error) {
    console.warn(`Summit Lens: "${command}" found no page to act on`, error);
  }
}

export default defineBackground(() => {
  handleMessages(entryMessages, {
    entry: ({ entity }) => entryData(knowledge, entity) ?? null,
    comparison: ({ id }) => comparisonData(knowledge, id) ?? null,
  });
  handleMessages(backgroundMessages, {
    shortcut: async () => (await commandShortcut('next-mention')) ?? null,
    openEntry: async ({ entity }, sender) => {
      const query = new URLSearchParams({ entity });
      if (sender.tab?.id !== undefined) query.set('tab', String(sender.tab.id));
      await browser.tabs.create({
        url: browser.runtime.getURL(`/popup.html?${query}`),
      });
    },
    mentions: (state, sender) =>
      showToolbarState(browser, sender.tab?.id, state),
  });
  browser.commands.onCommand.addListener(
    (command, tab) => void runCommand(command, tab?.id),
  );
  if (import.meta.env.MODE === 'e2e') answerCommandsFromTests(runCommand);
});
