import type { EntryData } from '../knowledge/query';
import type { Comparison, Fact } from '../knowledge/schema';
import { ComparisonList } from './ComparisonList';
import { EntityLinks } from './EntityLinks';
import { FactList, type Props as FactListProps } from './FactList';

interface Props {
  /** The heading of the facts: "Key facts" in the popup, "More facts" in the card. */
  factsTitle: string;
  facts: readonly Fact[];
  comparisons: readonly Comparison[];
  related: EntryData['related'];
  sources: EntryData['sources'];
  onSelectRelated?: (id: string) => void;
  /** The date to show beside each fact, where the card shows dates. */
  dateOf?: FactListProps['dateOf'];
}

/**
 * The body of an entry, each part under its own heading and left out when
 * empty: facts with their sources, how the sources compare (each comparison
 * collapsed to one line until pressed), and related entries.
 */
export function EntrySections({
  factsTitle,
  facts,
  comparisons,
  related,
  sources,
  onSelectRelated,
  dateOf,
}: Props) {
  return (
    <>
      {facts.length > 0 && (
        <section aria-label={factsTitle}>
          <h3 class="sl-section-title">{factsTitle}</h3>
          <FactList facts={facts} sources={sources} dateOf={dateOf} />
        </section>
      )}
      {comparisons.length > 0 && (
        <section aria-label="How the sources compare">
          <h3 class="sl-section-title">How the sources compare</h3>
          <ComparisonList
            comparisons={comparisons}
            sources={sources}
            level={4}
          />
        </section>
      )}
      {related.length > 0 && (
        <section aria-label="Related">
          <h3 class="sl-section-title">Related</h3>
          <EntityLinks entities={related} onSelect={onSelectRelated} />
        </section>
      )}
    </>
  );
}
