import type { ComponentChildren } from 'preact';
import type { Comparison, Source } from '../knowledge/schema';
import { ArticleLink, hasUrl } from './ArticleLink';
import { Attribution } from './Attribution';
import { sourceLabel, VERDICT_LABELS } from './format';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
  /** Heading level for the question. */
  level?: 3 | 4;
  /** Shown at the end of the comparison, after its note. */
  children?: ComponentChildren;
}

/**
 * One question, with each source's answer and quote side by side, whom the
 * source relays and how firmly, and a link to each article that has one.
 */
export function ComparisonTable({
  comparison,
  sources,
  level = 4,
  children,
}: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section
      class={`sl-comparison sl-verdict-${comparison.verdict}`}
      aria-label={comparison.question}
    >
      <Heading class="sl-question">{comparison.question}</Heading>
      <p class="sl-verdict">{VERDICT_LABELS[comparison.verdict]}</p>
      <table class="sl-claims">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">What it says</th>
          </tr>
        </thead>
        <tbody>
          {comparison.claims.map((claim) => {
            const source = sources[claim.source];
            const name = source ? sourceLabel(source) : claim.source;
            return (
              <tr key={claim.source + claim.quote}>
                <th scope="row">
                  {hasUrl(source) ? (
                    <ArticleLink source={source} class="sl-source-name">
                      {name}
                      <span aria-hidden="true"> ↗</span>
                    </ArticleLink>
                  ) : (
                    name
                  )}
                </th>
                <td>
                  <p>{claim.answer}</p>
                  <Attribution
                    name={source?.outlet ?? claim.source}
                    via={claim.via}
                    certainty={claim.certainty}
                  />
                  <q class="sl-quote">{claim.quote}</q>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="sl-note">{comparison.note}</p>
      {children}
    </section>
  );
}
