/**
 * The page's status as the popup and the toolbar button get it: the site
 * and its switch, whether the page is relevant, its entities with their
 * numbers of mentions, the meeting it reports and the claims it makes.
 */
import type { Lexicon } from '../../knowledge/lexicon';
import type { ClaimOnPage, PageStatus } from '../../utils/messages';
import type { PageClaim } from './article-reader';
import type { MeetingDecision } from './meeting-decision';
import type { MentionStore } from './mention-store';

export interface PageState {
  site: string | undefined;
  enabled: boolean;
  lexicon: Lexicon;
  /** The page's mentions, when it is relevant. */
  mentions: MentionStore | undefined;
  meeting: MeetingDecision | undefined;
  /** The claim sentences marked on the page, in document order. */
  claims: readonly PageClaim[];
  /** Each comparison's topic, by its id. */
  topics: Readonly<Record<string, string>>;
}

export function pageStatus(state: PageState): PageStatus {
  const counts = state.mentions?.counts() ?? new Map<number, number>();
  const entities = [...counts]
    .flatMap(([entity, count]) => {
      const id = state.lexicon.entities[entity]?.id;
      return id ? [{ id, count }] : [];
    })
    .sort((a, b) => b.count - a.count);
  return {
    site: state.site,
    enabled: state.enabled,
    relevant: state.mentions !== undefined,
    entities,
    total: entities.reduce((sum, e) => sum + e.count, 0),
    meeting: state.meeting && {
      id: state.meeting.id,
      covered: state.meeting.covered,
      label: state.meeting.label,
      why: state.meeting.why,
    },
    claims: claimsOnPage(state.claims, state.topics),
  };
}

/** The claims, one per comparison and answer, in the order first made. */
export function claimsOnPage(
  claims: readonly PageClaim[],
  topics: Readonly<Record<string, string>>,
): ClaimOnPage[] {
  const seen = new Map<string, ClaimOnPage>();
  for (const claim of claims) {
    const key = `${claim.comparison} ${claim.answers.join(' ')}`;
    if (seen.has(key)) continue;
    seen.set(key, {
      comparison: claim.comparison,
      topic: topics[claim.comparison] ?? claim.comparison,
      answer: claim.answer,
      agrees: claim.agrees,
    });
  }
  return [...seen.values()];
}
