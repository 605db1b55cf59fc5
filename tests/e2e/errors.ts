/**
 * Collects every uncaught exception and console error in a page, in all of
 * its JavaScript worlds (the page's own and the extension's isolated one).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ErrorLog {
  errors: string[];
  stop(): Promise<void>;
}

export async function collectErrors(
  context: BrowserContext,
  page: Page,
): Promise<ErrorLog> {
  const errors: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    errors.push(details.exception?.description ?? details.text);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' || event.type === 'assert')
      errors.push(event.args.map((a) => a.value ?? a.description).join(' '));
  });
  await cdp.send('Runtime.enable');
  return {
    errors,
    stop: () => cdp.detach().catch(() => undefined),
  };
}
