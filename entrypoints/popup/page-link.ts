/**
 * The popup's line to the page it works for. The popup has no `tabs`
 * permission, so it never reads a tab's URL: it asks the content script in
 * the tab, and a tab that does not answer is a page it cannot annotate.
 */
import { browser } from 'wxt/browser';
import type { ContentRequest, PageStatus } from '../../utils/messages';

/** The tab to work for: the one given, else the active tab of this window. */
export async function resolveTab(
  given: number | undefined,
): Promise<number | undefined> {
  if (given !== undefined) return given;
  try {
    const [active] = await browser.tabs.query({
      active: true,
      currentWindow: true,
    });
    return active?.id;
  } catch {
    return undefined;
  }
}

function send(tabId: number, message: ContentRequest): Promise<unknown> {
  return Promise.resolve()
    .then(() => browser.tabs.sendMessage(tabId, message))
    .catch(() => undefined);
}

/** Whether a reply has the shape of a `PageStatus`. */
export function isPageStatus(value: unknown): value is PageStatus {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof PageStatus, unknown>>;
  return (
    (s.site === undefined || typeof s.site === 'string') &&
    typeof s.enabled === 'boolean' &&
    typeof s.relevant === 'boolean' &&
    typeof s.total === 'number' &&
    Array.isArray(s.entities) &&
    s.entities.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { id?: unknown }).id === 'string' &&
        typeof (e as { count?: unknown }).count === 'number',
    )
  );
}

/** What the tab's content script reports, or undefined when none answers. */
export async function requestStatus(
  tabId: number,
): Promise<PageStatus | undefined> {
  const reply = await send(tabId, { type: 'summit-lens:status' });
  return isPageStatus(reply) ? reply : undefined;
}

/**
 * Asks the page to scroll to the next mention (of one entity) and open its
 * card. Resolves to whether the page found one.
 */
export async function showNextMention(
  tabId: number,
  entity: string,
): Promise<boolean> {
  const reply = await send(tabId, {
    type: 'summit-lens:next-mention',
    entity,
  });
  return reply === true;
}

/** Brings a tab to the front (used when the popup UI runs in a tab). */
export async function activateTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.update(tabId, { active: true });
  } catch {
    // The tab may have closed; nothing to bring forward.
  }
}

export const wait = (ms: number) =>
  new Promise<void>((done) => setTimeout(done, ms));
