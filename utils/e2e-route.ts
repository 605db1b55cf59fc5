/**
 * A way in for the end-to-end tests, built only into the e2e build
 * (`wxt build --mode e2e`), never into the packages readers install.
 * Chromium does not route synthetic key presses to extension shortcuts, so
 * the tests ask the background to run a command, through the same function
 * the shortcut runs.
 */
import * as v from 'valibot';
import { commandNames, handleMessages } from './messages';

export function answerCommandsFromTests(
  runCommand: (command: string, tab?: number) => Promise<void>,
): void {
  handleMessages(
    {
      runCommand: {
        data: v.object({
          command: v.picklist(commandNames),
          tabId: v.optional(v.number()),
        }),
        reply: v.void(),
      },
    },
    { runCommand: ({ command, tabId }) => runCommand(command, tabId) },
  );
}
