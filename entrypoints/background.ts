import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isSummitLensMessage } from '../utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isSummitLensMessage(message)) return undefined;
    switch (message.type) {
      case 'summit-lens:ping':
        return Promise.resolve({
          ok: true,
          version: browser.runtime.getManifest().version,
        });
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
});
