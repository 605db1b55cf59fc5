/**
 * What the content script tells the background about its page: how many
 * mentions it marked (for the toolbar button), and which entry to open.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../utils/messages';
import { isInvalidatedError } from './invalidation';

/**
 * Tells the background something. A failure is logged, not thrown; one that
 * says the extension is gone (updated or removed) invalidates `ctx`.
 */
export async function tellBackground(
  ctx: ContentScriptContext,
  ...[name, data]:
    | ['mentions', { total: number; enabled: boolean }]
    | ['openEntry', { entity: string }]
): Promise<void> {
  if (ctx.isInvalid) return;
  try {
    await sendToBackground(name, data);
  } catch (error) {
    if (isInvalidatedError(error)) ctx.notifyInvalidated();
    else
      console.warn(`Summit Lens: the extension did not take "${name}"`, error);
  }
}
