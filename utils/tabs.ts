/**
 * Finding the tab a command or the popup works for. The extension has no
 * `tabs` permission: it never reads a tab's address, only its id.
 */
import { browser } from 'wxt/browser';

/**
 * The tab given, else the active tab of the current window; undefined when
 * there is none (a window without tabs, or a query the browser refused).
 */
export async function tabOrActive(
  given: number | undefined,
): Promise<number | undefined> {
  if (given !== undefined) return given;
  try {
    const [active] = await browser.tabs.query({
      active: true,
      currentWindow: true,
    });
    return active?.id;
  } catch (error) {
    console.warn('Summit Lens: could not find the active tab', error);
    return undefined;
  }
}
