/**
 * The messages the parts of the extension exchange, and type guards for
 * them. Every message is a plain object with a `type`.
 */

/** An entity found on a page with its number of mentions. */
export interface PageEntity {
  id: string;
  count: number;
}

/** What the content script reports about its page. */
export interface PageStatus {
  site: string | undefined;
  /** Whether annotation is switched on for this site. */
  enabled: boolean;
  /** Whether the page is about the summits. */
  relevant: boolean;
  entities: PageEntity[];
  total: number;
}

/** Sent to a tab's content script. */
export type ContentRequest =
  | { type: 'summit-lens:status' }
  | { type: 'summit-lens:next-mention'; entity?: string };

/** Sent to the background. */
export type BackgroundRequest =
  | { type: 'summit-lens:ping' }
  | { type: 'summit-lens:mentions'; total: number }
  | { type: 'summit-lens:entry'; entity: string }
  | { type: 'summit-lens:open-entry'; entity: string }
  /** Answered with the "next mention" shortcut as a string, or null if unset. */
  | { type: 'summit-lens:shortcut' }
  | { type: 'summit-lens:run-command'; command: CommandName; tabId?: number };

/** The keyboard commands declared in the manifest. */
export type CommandName = 'next-mention' | 'toggle-site';

/** Whether a runtime message is one of ours (its `type` starts `summit-lens:`). */
export function isSummitLensMessage(
  value: unknown,
): value is ContentRequest | BackgroundRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('summit-lens:')
  );
}
