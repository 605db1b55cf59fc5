import type { ComparisonData } from '../knowledge/query';
import { claimSides } from './claim-sides';
import { ClaimsTable } from './ClaimsTable';

interface Props {
  data: ComparisonData;
  /** The answer the page gives, in words: "On Sunday evening". */
  answer: string;
  /** Ids of the sources that gave the same answer. */
  agrees: readonly string[];
}

/**
 * The body of a claim card: the answer the article gives to a compared
 * question, the sources that gave the same answer and those that gave
 * another (each with its quote, whom it relays and how firmly), and the
 * comparison's note.
 */
export function ClaimPreview({ data, answer, agrees }: Props) {
  const { comparison, sources } = data;
  const { same, others, line } = claimSides(comparison, sources, agrees);
  const othersTitle =
    comparison.verdict === 'differ' ? 'Another answer' : 'The other sources';
  return (
    <div class="sl-preview sl-claim-preview">
      <p class="sl-page-answer">
        <span class="sl-page-answer-label">This article:</span> {answer}
      </p>
      <p class="sl-claim-line">{line}</p>
      {same.length > 0 && (
        <section aria-label="Same answer as this article">
          <h3 class="sl-section-title">Same answer as this article</h3>
          <ClaimsTable
            comparison={comparison}
            sources={sources}
            claims={same}
            note={false}
          />
        </section>
      )}
      {others.length > 0 && (
        <section aria-label={othersTitle}>
          <h3 class="sl-section-title">{othersTitle}</h3>
          <ClaimsTable
            comparison={comparison}
            sources={sources}
            claims={others}
            note={false}
          />
        </section>
      )}
      <p class="sl-note">{comparison.note}</p>
    </div>
  );
}
