import type { Fact, Source } from '../knowledge/schema';
import type { FactDate } from './fact-date';
import { CitationChips } from './SourceChip';

export interface Props {
  facts: readonly Fact[];
  sources: Readonly<Record<string, Source>>;
  /** When given, each fact is led by the date it gives (see `factDate`). */
  dateOf?: (fact: Fact) => FactDate | undefined;
}

/**
 * Facts in our words, each followed by chips for the sources it cites, and a
 * note where a detail comes from outside the sources.
 */
export function FactList({ facts, sources, dateOf }: Props) {
  return (
    <ul class="sl-facts">
      {facts.map((fact) => (
        <li key={fact.text}>
          <FactDateTag date={dateOf?.(fact)} />
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

function FactDateTag({ date }: { date: FactDate | undefined }) {
  if (!date) return null;
  return (
    <>
      <span class="sl-fact-date" title={date.title}>
        {date.text}
      </span>{' '}
    </>
  );
}
