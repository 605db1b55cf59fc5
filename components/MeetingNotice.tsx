import { UNKNOWN_MEETING } from '../entrypoints/content/meeting-decision';

/** The meetings the four sources report, as the notice names them. */
export const COVERED_MEETINGS = 'the April 2019 and September 2023 meetings';

/**
 * The line a card starts with on a page about a meeting the sources do not
 * cover: "This article is about Putin's June 2024 visit to Pyongyang. …"
 */
export function MeetingNotice({ label }: { label: string }) {
  return (
    <p class="sl-meeting-notice">
      This article is about {label}. Summit Lens's sources cover{' '}
      {COVERED_MEETINGS}.
    </p>
  );
}

/** Whether a page reports a meeting that the sources do not cover. */
export function isUncovered<M extends { id: string; covered: boolean }>(
  meeting: M | undefined,
): meeting is M {
  return (
    meeting !== undefined && !meeting.covered && meeting.id !== UNKNOWN_MEETING
  );
}
