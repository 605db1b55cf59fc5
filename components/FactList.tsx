import type { Fact, Source } from '../knowledge/schema';
import { groupCitations, SourceChip } from './SourceChip';

interface Props {
  facts: readonly Fact[];
  sources: Readonly<Record<string, Source>>;
}

/** Facts in our words, each followed by chips for the sources it cites. */
export function FactList({ facts, sources }: Props) {
  return (
    <ul class="sl-facts">
      {facts.map((fact) => (
        <li key={fact.text}>
          <span>{fact.text}</span>{' '}
          {groupCitations(fact.citations).map((c) => (
            <SourceChip
              key={c.source}
              source={sources[c.source]}
              sourceId={c.source}
              quote={c.quotes}
            />
          ))}
        </li>
      ))}
    </ul>
  );
}
