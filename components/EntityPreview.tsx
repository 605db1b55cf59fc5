import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EntryData } from '../knowledge/query';
import { leadDisagreement, leadFacts, moreLabel } from './card-lead';
import { ComparisonItem } from './ComparisonItem';
import { DisagreementLine } from './DisagreementLine';
import { EntityLinks } from './EntityLinks';
import { FactList } from './FactList';

interface Props {
  entry: EntryData;
  /** The meeting the page reports, when known: its facts lead. */
  meeting?: string;
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
  onSelectRelated,
  onOpenEntry,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
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

  useEffect(() => {
    if (expanded) moreRef.current?.scrollIntoView({ block: 'nearest' });
  }, [expanded]);

  return (
    <div class="sl-preview">
      <p class={expanded ? 'sl-summary' : 'sl-summary sl-summary-line'}>
        {entity.summary}
      </p>
      <section aria-label="Key facts">
        <FactList facts={facts} sources={sources} />
      </section>
      {disagreement && (
        <DisagreementLine comparison={disagreement} sources={sources} />
      )}
      <p class="sl-more-row">
        {more && (
          <button
            type="button"
            class="sl-link"
            aria-expanded={expanded}
            aria-controls={moreId}
            onClick={() => setExpanded(!expanded)}
          >
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
      <div id={moreId} ref={moreRef} hidden={!expanded}>
        {expanded && (
          <>
            {moreFacts.length > 0 && (
              <section aria-label="More facts">
                <h3 class="sl-section-title">More facts</h3>
                <FactList facts={moreFacts} sources={sources} />
              </section>
            )}
            {moreComparisons.length > 0 && (
              <section aria-label="How the sources compare">
                <h3 class="sl-section-title">How the sources compare</h3>
                {moreComparisons.map((c) => (
                  <ComparisonItem
                    key={c.id}
                    comparison={c}
                    sources={sources}
                    level={4}
                  />
                ))}
              </section>
            )}
            {related.length > 0 && (
              <section aria-label="Related">
                <h3 class="sl-section-title">Related</h3>
                <EntityLinks entities={related} onSelect={onSelectRelated} />
              </section>
            )}
          </>
        )}
      </div>
    </div>
  );
}
