import { useEffect, useRef } from 'preact/hooks';
import type { EntryData } from '../knowledge/query';
import type { Fact } from '../knowledge/schema';
import { leadDisagreement, leadFacts, moreLabel } from './card-lead';
import { DisagreementLine } from './DisagreementLine';
import { EntrySections } from './EntrySections';
import { factDate } from './fact-date';
import { FactList } from './FactList';
import { useDisclosure } from './useDisclosure';

interface Props {
  entry: EntryData;
  /** The meeting the page reports, when known: its facts lead. */
  meeting?: string;
  /** Whether each fact shows its date (on a page about another meeting). */
  dated?: boolean;
  onSelectRelated(id: string): void;
  onOpenEntry(id: string): void;
}

/**
 * The body of the hover card, a preview taken in at a glance: a one-line
 * summary, the two facts that matter most, and one line for the
 * disagreement between the sources that matters most. "More" unfolds the
 * rest in place; the full entry opens in Summit Lens.
 */
export function EntityPreview({
  entry,
  meeting,
  dated = false,
  onSelectRelated,
  onOpenEntry,
}: Props) {
  const { open: expanded, button, region } = useDisclosure();
  const moreRef = useRef<HTMLDivElement>(null);
  const { entity, comparisons, related, sources } = entry;
  const facts = leadFacts(entry, { meeting });
  const disagreement = leadDisagreement(entry, { meeting });
  const moreFacts = entity.facts.filter((f) => !facts.includes(f));
  const moreComparisons = comparisons.filter((c) => c !== disagreement);
  const more = moreLabel({
    facts: moreFacts.length,
    comparisons: moreComparisons.length,
    related: related.length,
  });
  const dateOf = dated ? (fact: Fact) => factDate(fact, entry) : undefined;

  useEffect(() => {
    if (expanded) moreRef.current?.scrollIntoView({ block: 'nearest' });
  }, [expanded]);

  return (
    <div class="sl-preview">
      <p class={expanded ? 'sl-summary' : 'sl-summary sl-summary-line'}>
        {entity.summary}
      </p>
      {disagreement && (
        <DisagreementLine comparison={disagreement} sources={sources} />
      )}
      <section aria-label="Key facts">
        <FactList facts={facts} sources={sources} dateOf={dateOf} />
      </section>
      <p class="sl-more-row">
        {more && (
          <button type="button" class="sl-link" {...button}>
            {expanded ? 'Show less' : `More: ${more}`}
          </button>
        )}
        <button
          type="button"
          class="sl-link"
          onClick={() => onOpenEntry(entity.id)}
        >
          Full entry
        </button>
      </p>
      <div ref={moreRef} {...region}>
        {expanded && (
          <EntrySections
            factsTitle="More facts"
            facts={moreFacts}
            comparisons={moreComparisons}
            related={related}
            sources={sources}
            onSelectRelated={onSelectRelated}
            dateOf={dateOf}
          />
        )}
      </div>
    </div>
  );
}
