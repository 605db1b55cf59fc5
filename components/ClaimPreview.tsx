import type { ComparisonData } from '../knowledge/query';
import type { Claim } from '../knowledge/schema';
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
      <ClaimsSection
        title="Same answer as this article"
        claims={same}
        data={data}
      />
      <ClaimsSection title={othersTitle} claims={others} data={data} />
      <p class="sl-note">{comparison.note}</p>
    </div>
  );
}

/** Some of the comparison's claims under a heading; nothing when none. */
function ClaimsSection({
  title,
  claims,
  data,
}: {
  title: string;
  claims: readonly Claim[];
  data: ComparisonData;
}) {
  if (claims.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 class="sl-section-title">{title}</h3>
      <ClaimsTable
        comparison={data.comparison}
        sources={data.sources}
        claims={claims}
        note={false}
      />
    </section>
  );
}
