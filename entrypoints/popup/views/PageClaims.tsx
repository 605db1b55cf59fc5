import { useId } from 'preact/hooks';
import { outletList } from '../../../components/claim-sides';
import type { Knowledge } from '../../../knowledge/schema';
import type { ClaimOnPage } from '../../../utils/messages';
import { sourceIndex } from '../../../knowledge/query';
import { Separator } from './Separator';

interface Props {
  knowledge: Knowledge;
  claims: readonly ClaimOnPage[];
  /** Open the comparison in Compare. */
  onCompare(id: string): void;
}

/** "when the train left" → "When the train left". */
const sentenceCase = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The points on which the sources differ where the article takes a side:
 * the topic, the article's answer and the sources it agrees with; each
 * opens its comparison.
 */
export function PageClaims({ knowledge, claims, onCompare }: Props) {
  const titleId = useId();
  if (claims.length === 0) return null;
  const sources = sourceIndex(knowledge);
  return (
    <section class="sl-page-claims" aria-labelledby={titleId}>
      <h3 class="sl-section-title" id={titleId}>
        Where this article takes a side
      </h3>
      <p class="sl-lead">
        Points the sources report differently. Choose one to compare what each
        reported.
      </p>
      <ul class="sl-list" aria-label="Claims in this article">
        {claims.map((claim) => {
          const known = knowledge.comparisons.some(
            (c) => c.id === claim.comparison,
          );
          const content = (
            <>
              <span class="sl-item-name">{sentenceCase(claim.topic)}</span>
              <Separator />
              <span class="sl-claim-answer">{claim.answer}</span>
              {claim.agrees.length > 0 && (
                <span class="sl-item-summary">
                  <Separator />
                  agrees with {outletList(claim.agrees, sources)}
                </span>
              )}
            </>
          );
          return (
            <li
              key={`${claim.comparison}:${claim.answer}`}
              class="sl-list-row"
              data-comparison={claim.comparison}
            >
              {known ? (
                <button
                  type="button"
                  class="sl-list-item"
                  onClick={() => onCompare(claim.comparison)}
                >
                  {content}
                </button>
              ) : (
                <p class="sl-list-item sl-list-static">{content}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
