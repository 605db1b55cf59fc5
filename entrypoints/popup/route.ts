/**
 * What the popup's URL asks for: `popup.html?tab=<tabId>` works for that tab
 * (the popup opened in an ordinary tab), `&entity=<id>` opens straight on an
 * entry. Without `tab` the popup works for the active tab of its window.
 */
export interface Route {
  /** The tab to work for; undefined means the active tab. */
  tab: number | undefined;
  /** The entry to open first, if any. */
  entity: string | undefined;
  /** Whether the popup UI was opened in a tab rather than as the popup. */
  inTab: boolean;
}

/** Parses a `location.search` string; malformed values are ignored. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const rawTab = params.get('tab');
  const tab =
    rawTab !== null && /^\d+$/.test(rawTab) ? Number(rawTab) : undefined;
  const entity = params.get('entity')?.trim() || undefined;
  return {
    tab: tab !== undefined && Number.isSafeInteger(tab) ? tab : undefined,
    entity,
    inTab: params.has('tab') || params.has('entity'),
  };
}
