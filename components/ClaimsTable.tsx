import type { Claim, Comparison, Source } from '../knowledge/schema';
import { ArticleLink, hasUrl } from './ArticleLink';
import { AttributedQuote } from './Attribution';
import { sourceLabel } from './format';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
  /** Some of the comparison's claims; all of them by default. */
  claims?: readonly Claim[];
  /** Whether the comparison's note follows the table (by default it does). */
  note?: boolean;
}

/**
 * Each source's answer to a comparison's question, with its quote, whom the
 * source relays and how firmly, a link to each article that has one, and
 * the note.
 */
export function ClaimsTable({
  comparison,
  sources,
  claims = comparison.claims,
  note = true,
}: Props) {
  return (
    <>
      <table class="sl-claims">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">What it says</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => {
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
                  <AttributedQuote
                    name={source?.outlet ?? claim.source}
                    statement={claim}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {note && <p class="sl-note">{comparison.note}</p>}
    </>
  );
}
