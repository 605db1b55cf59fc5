import {
  COVERED_MEETINGS,
  isUncovered,
} from '../../../components/MeetingNotice';
import type { MeetingOnPage } from '../../../utils/messages';

/**
 * Which meeting the article reports, and why Summit Lens thinks so; for a
 * meeting the sources do not cover, says so.
 */
export function PageMeeting({ meeting }: { meeting: MeetingOnPage }) {
  return (
    <div class="sl-page-meeting" data-meeting={meeting.id}>
      <p class="sl-page-meeting-line">This article: {meeting.label}</p>
      {isUncovered(meeting) && (
        <p class="sl-page-meeting-note">
          Summit Lens's sources do not cover this meeting; they cover{' '}
          {COVERED_MEETINGS}.
        </p>
      )}
      <p class="sl-page-meeting-why">Why: {meeting.why}</p>
    </div>
  );
}
