import type { Fact, Source } from '../knowledge/schema';
import { CitationChips } from './SourceChip';

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
          <CitationChips citations={fact.citations} sources={sources} />
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
