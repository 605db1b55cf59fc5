/**
 * The keyboard shortcut the reader has for a manifest command, as the
 * browser reports it ("Alt+Shift+M"). Readable only from extension pages
 * and the background; content scripts ask the background for it.
 */
import { browser } from 'wxt/browser';
import type { CommandName } from './messages';

/** The shortcut, or undefined when none is set or it cannot be read. */
export async function commandShortcut(
  command: CommandName,
): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === command)?.shortcut || undefined;
  } catch (error) {
    console.warn('Summit Lens: could not read the keyboard shortcuts', error);
    return undefined;
  }
}
