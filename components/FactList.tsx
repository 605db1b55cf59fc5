import type { Fact, Source } from '../knowledge/schema';
import { groupCitations, SourceChip } from './SourceChip';

interface Props {
  facts: readonly Fact[];
  sources: Readonly<Record<string, Source>>;
}

/**
 * Facts in our words, each followed by chips for the sources it cites, and a
 * note where a detail comes from outside the sources.
 */
export function FactList({ facts, sources }: Props) {
  return (
    <ul class="sl-facts">
      {facts.map((fact) => (
        <li key={fact.text}>
          <span>{fact.text}</span>{' '}
          {groupCitations(fact.citations).map((c) => (
            <SourceChip
              key={JSON.stringify([c.source, c.via, c.certainty])}
              source={sources[c.source]}
              sourceId={c.source}
              quote={c.quotes}
              via={c.via}
              certainty={c.certainty}
            />
          ))}
          {fact.outside && (
            <span class="sl-outside">
              <span class="sl-outside-label">Not from the sources</span>:{' '}
              {fact.outside}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
