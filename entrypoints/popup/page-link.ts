/**
 * The popup's line to the page it works for. The popup has no `tabs`
 * permission, so it never reads a tab's URL: it asks the content script in
 * the tab, and a tab that does not answer is a page it cannot annotate.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { sendToTab, type PageStatus } from '../../utils/messages';

/**
 * What the tab's content script reports, or undefined when none answers (a
 * browser page, the extension store, a page still loading): the popup shows
 * such a page as one it cannot read.
 */
export async function requestStatus(
  tabId: number,
): Promise<PageStatus | undefined> {
  try {
    return await sendToTab(tabId, 'status', {});
  } catch (error) {
    if (v.isValiError(error))
      console.error('Summit Lens: the page sent a malformed status', error);
    return undefined;
  }
}

/**
 * Asks the page to scroll to the next mention (of one entity) and open its
 * card. Resolves to whether the page found one.
 */
export async function showNextMention(
  tabId: number,
  entity: string,
): Promise<boolean> {
  try {
    return await sendToTab(tabId, 'nextMention', { entity });
  } catch (error) {
    console.warn('Summit Lens: the page did not show the mention', error);
    return false;
  }
}

/** Brings a tab to the front (used when the popup UI runs in a tab). */
export async function activateTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.update(tabId, { active: true });
  } catch (error) {
    console.warn('Summit Lens: could not bring the page forward', error);
  }
}

export const wait = (ms: number) =>
  new Promise<void>((done) => setTimeout(done, ms));
