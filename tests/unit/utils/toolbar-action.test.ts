import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  declareToolbarButton,
  showToolbarState,
  TOOLBAR_ICON,
  TOOLBAR_ICON_OFF,
  toolbarButton,
  toolbarLook,
  type ToolbarHost,
} from '../../../utils/toolbar-action';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The fake's `action` implements the badge; `setIcon` is recorded here. */
function fakeButton() {
  const button = fakeBrowser.action;
  const setIcon = vi.spyOn(button, 'setIcon').mockResolvedValue(undefined);
  return { button, setIcon };
}

async function openTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
  return tab.id!;
}

describe('toolbarLook', () => {
  test('the badge counts the mentions; none shows no badge', () => {
    expect(toolbarLook({ total: 67, enabled: true })).toEqual({
      badgeText: '67',
      icon: TOOLBAR_ICON,
    });
    expect(toolbarLook({ total: 0, enabled: true })).toEqual({
      badgeText: '',
      icon: TOOLBAR_ICON,
    });
  });

  test('a switched-off site gets the grey icon and no badge', () => {
    expect(toolbarLook({ total: 12, enabled: false })).toEqual({
      badgeText: '',
      icon: TOOLBAR_ICON_OFF,
    });
  });
});

describe.each([
  ['Manifest V3 (Chrome): action', 'action'],
  ['Manifest V2 (Firefox): browserAction', 'browserAction'],
] as const)('%s', (_name, key) => {
  test('the badge, its colour and the icon are set for the tab', async () => {
    const { button, setIcon } = fakeButton();
    const host: ToolbarHost = { [key]: button, tabs: fakeBrowser.tabs };
    const tabId = await openTab();
    await showToolbarState(host, tabId, { total: 9, enabled: true });
    expect(await button.getBadgeText({ tabId })).toBe('9');
    expect(await button.getBadgeBackgroundColor({ tabId })).toEqual([
      0xb4, 0x53, 0x09, 255,
    ]);
    expect(setIcon).toHaveBeenLastCalledWith({ tabId, path: TOOLBAR_ICON });

    await showToolbarState(host, tabId, { total: 9, enabled: false });
    expect(await button.getBadgeText({ tabId })).toBe('');
    expect(setIcon).toHaveBeenLastCalledWith({
      tabId,
      path: TOOLBAR_ICON_OFF,
    });
  });

  test('the button is found under its own name only', () => {
    const { button } = fakeButton();
    expect(toolbarButton({ [key]: button, tabs: fakeBrowser.tabs })).toBe(
      button,
    );
  });
});

test('without a toolbar button in the manifest, the error says so and is logged', async () => {
  const host: ToolbarHost = { tabs: fakeBrowser.tabs };
  expect(() => toolbarButton(host)).toThrow(
    /neither "action" nor "browser_action"/,
  );
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  await expect(
    showToolbarState(host, await openTab(), { total: 3, enabled: true }),
  ).resolves.toBeUndefined();
  expect(logged).toHaveBeenCalledOnce();
  expect(String(logged.mock.calls[0]![1])).toMatch(/browser_action/);
});

test('a tab that closed before the badge was set is not an error', async () => {
  const { button } = fakeButton();
  vi.spyOn(button, 'setBadgeText').mockRejectedValue(
    new Error('No tab with id: 7.'),
  );
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const host: ToolbarHost = {
    action: button,
    tabs: { get: () => Promise.reject(new Error('No tab with id: 7.')) },
  };
  await showToolbarState(host, 7, { total: 3, enabled: true });
  expect(logged).not.toHaveBeenCalled();
});

test('a message from outside a tab changes nothing', async () => {
  const { button, setIcon } = fakeButton();
  await showToolbarState(
    { action: button, tabs: fakeBrowser.tabs },
    undefined,
    { total: 3, enabled: true },
  );
  expect(setIcon).not.toHaveBeenCalled();
  expect(await button.getBadgeText({})).toBe('');
});

describe('declareToolbarButton', () => {
  test.each(['action', 'browser_action'] as const)(
    'gives the %s its title and icon',
    (key) => {
      const manifest = { [key]: { default_popup: 'popup.html' } };
      declareToolbarButton(manifest);
      expect(manifest[key]).toEqual({
        default_popup: 'popup.html',
        default_title: 'Summit Lens',
        default_icon: TOOLBAR_ICON,
      });
    },
  );

  test('a manifest without a button fails the build', () => {
    expect(() => declareToolbarButton({})).toThrow(/no toolbar button/);
  });
});
