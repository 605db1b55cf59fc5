import type { Comparison, Source } from '../knowledge/schema';
import { ArticleLink, hasUrl } from './ArticleLink';
import { Attribution } from './Attribution';
import { sourceLabel } from './format';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
}

/**
 * Each source's answer to a comparison's question, with its quote, whom the
 * source relays and how firmly, a link to each article that has one, and
 * the note.
 */
export function ClaimsTable({ comparison, sources }: Props) {
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
    </>
  );
}
