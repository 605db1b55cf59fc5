import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../../utils/messages';
import { isSiteEnabled, type Settings } from '../../utils/settings';
import { tabOrActive } from '../../utils/tabs';
import { requestStatus, wait } from './page-link';

/** What the popup knows about the page it works for. */
export type PageState =
  | { kind: 'loading' }
  /** No tab, or its page has no content script (browser pages, the store). */
  | { kind: 'unavailable'; tabId: number | undefined }
  | { kind: 'ready'; tabId: number; status: PageStatus };

/** Whether a status already reflects the settings (after a switch flips). */
export function statusMatches(status: PageStatus, settings: Settings): boolean {
  return status.enabled === isSiteEnabled(settings, status.site);
}

export interface PollOptions {
  /** Questions asked at most. */
  attempts: number;
  /** Questions asked before a tab that never answers counts as silent. */
  silentAttempts: number;
  delayMs: number;
}

/**
 * Asks the tab for its status until `accept` agrees or attempts run out;
 * returns the last answer, or undefined if the tab never answered.
 */
export async function pollStatus(
  tabId: number,
  accept: (status: PageStatus) => boolean,
  { attempts, silentAttempts, delayMs }: PollOptions,
): Promise<PageStatus | undefined> {
  let last: PageStatus | undefined;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await wait(delayMs);
    last = (await requestStatus(tabId)) ?? last;
    if (last && accept(last)) return last;
    if (!last && i + 1 >= silentAttempts) return undefined;
  }
  return last;
}

/**
 * The page status of the tab (given, else the active one), asked again
 * whenever the settings change (until the page has applied them) and when
 * the popup is shown again (the page may have changed meanwhile).
 */
export function usePageStatus(
  givenTab: number | undefined,
  settings: Settings | undefined,
): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>();
  const [shown, setShown] = useState(0);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') setShown((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    let live = true;
    void tabOrActive(givenTab).then((id) => {
      if (live) setTabId(id ?? null);
    });
    return () => {
      live = false;
    };
  }, [givenTab]);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ kind: 'unavailable', tabId: undefined });
      return;
    }
    let live = true;
    // A just-opened page may not have its content script yet, and a page
    // applies new settings a moment after they are written: ask again.
    const accept = (status: PageStatus) =>
      settings === undefined || statusMatches(status, settings);
    void pollStatus(tabId, accept, {
      attempts: 15,
      silentAttempts: 4,
      delayMs: 150,
    }).then((status) => {
      if (!live) return;
      setState(
        status
          ? { kind: 'ready', tabId, status }
          : { kind: 'unavailable', tabId },
      );
    });
    return () => {
      live = false;
    };
  }, [tabId, settings, shown]);

  return state;
}
