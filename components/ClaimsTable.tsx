import type { Comparison, Source } from '../knowledge/schema';
import { sourceLabel } from './format';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
}

/** Each source's answer to a comparison's question, with its quote, and the note. */
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
            return (
              <tr key={claim.source + claim.quote}>
                <th scope="row">
                  {source ? sourceLabel(source) : claim.source}
                </th>
                <td>
                  <p>{claim.answer}</p>
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
