/**
 * Everything about the extension's toolbar button: its icons, and the badge
 * and look it shows for a tab. The button's API is `action` in Manifest V3
 * (Chrome) and `browserAction` in Manifest V2 (Firefox); this is the only
 * module that touches either (ESLint forbids them elsewhere), and it uses
 * whichever the running manifest declares.
 */

/** The manifest's icons, by size in pixels (files in `public/icon/`). */
export const EXTENSION_ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  96: 'icon/96.png',
  128: 'icon/128.png',
} as const;

/** The toolbar button's icon, and its greyed look where annotation is off. */
export const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png' } as const;
export const TOOLBAR_ICON_OFF = {
  16: 'icon/off-16.png',
  32: 'icon/off-32.png',
} as const;

/** The toolbar button's entry in a manifest (`action` or `browser_action`). */
interface ManifestButton {
  default_title?: string;
  default_icon?: Record<number, string>;
}

/**
 * Gives the manifest's toolbar button its title and icon, under whichever
 * key the build made for it: `action` (MV3) or `browser_action` (MV2).
 * Throws when the manifest has no button (no popup entrypoint).
 */
export function declareToolbarButton(manifest: {
  action?: ManifestButton;
  browser_action?: ManifestButton;
}): void {
  const button = manifest.browser_action ?? manifest.action;
  if (!button)
    throw new Error(
      'Summit Lens: the manifest has no toolbar button to give an icon to',
    );
  button.default_title = 'Summit Lens';
  button.default_icon = { ...TOOLBAR_ICON };
}

/** The badge's background: the amber of the marks' underline. */
export const BADGE_COLOR = '#b45309';

/** What a tab's content script reports for the toolbar button. */
export interface ToolbarState {
  /** Mentions marked on the page. */
  total: number;
  /** Whether annotation is switched on for the page's site. */
  enabled: boolean;
}

/** How the toolbar button looks for a tab in a given state. */
export interface ToolbarLook {
  badgeText: string;
  icon: typeof TOOLBAR_ICON | typeof TOOLBAR_ICON_OFF;
}

/** The badge counts the mentions; a switched-off site gets the grey icon and no badge. */
export function toolbarLook(state: ToolbarState): ToolbarLook {
  if (!state.enabled) return { badgeText: '', icon: TOOLBAR_ICON_OFF };
  return {
    badgeText: state.total > 0 ? String(state.total) : '',
    icon: TOOLBAR_ICON,
  };
}

/**
 * The part of the toolbar button's API used here, alike in MV2 and MV3.
 * (Chrome's types give MV2's `browserAction` callbacks; browsers return
 * promises.)
 */
export interface ToolbarButtonApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: {
    tabId: number;
    color: string;
  }): Promise<void> | void;
  setIcon(details: {
    tabId: number;
    path: Record<number, string>;
  }): Promise<void> | void;
}

/** The extension APIs this module needs (the `browser` global fits it). */
export interface ToolbarHost {
  action?: ToolbarButtonApi;
  browserAction?: ToolbarButtonApi;
  tabs: { get(tabId: number): Promise<unknown> };
}

/**
 * The toolbar button's API: `action` under Manifest V3, `browserAction`
 * under V2. Throws when the manifest declares no button at all.
 */
export function toolbarButton(host: ToolbarHost): ToolbarButtonApi {
  const button = host.action ?? host.browserAction;
  if (!button)
    throw new Error(
      'Summit Lens: the manifest declares no toolbar button (neither "action" nor "browser_action")',
    );
  return button;
}

/**
 * Shows a tab's state on the toolbar button: the badge, its colour, and the
 * icon. Never rejects: a tab that closed meanwhile is not an error; any
 * other failure is logged to the extension's console.
 */
export async function showToolbarState(
  host: ToolbarHost,
  tabId: number | undefined,
  state: ToolbarState,
): Promise<void> {
  if (tabId === undefined) return;
  const look = toolbarLook(state);
  try {
    const button = toolbarButton(host);
    await Promise.all([
      button.setBadgeText({ tabId, text: look.badgeText }),
      button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      button.setIcon({ tabId, path: look.icon }),
    ]);
  } catch (error) {
    const tabIsOpen = await host.tabs.get(tabId).then(
      () => true,
      () => false,
    );
    if (tabIsOpen)
      console.error('Summit Lens: could not update the toolbar button', error);
  }
}
