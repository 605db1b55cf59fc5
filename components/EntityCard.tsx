import type { ComponentChildren } from 'preact';
import type { EntryData } from '../knowledge/query';
import { ComparisonTable } from './ComparisonTable';
import { FactList } from './FactList';
import { formatDates, KIND_LABELS } from './format';

interface Props {
  entry: EntryData;
  /** Facts shown before "more"; all when omitted. */
  factLimit?: number;
  /** Comparisons shown; all when omitted. */
  comparisonLimit?: number;
  onSelectRelated?: (id: string) => void;
  onOpenEntry?: (id: string) => void;
  /** Shown under the summary (the popup puts the page's mentions here). */
  children?: ComponentChildren;
}

/**
 * Everything known about one entity: what it is, key facts with their
 * sources, how the sources compare, and related entries.
 */
export function EntityCard({
  entry,
  factLimit,
  comparisonLimit,
  onSelectRelated,
  onOpenEntry,
  children,
}: Props) {
  const { entity, comparisons, related, sources } = entry;
  const facts = entity.facts.slice(0, factLimit);
  const shownComparisons = comparisons.slice(0, comparisonLimit);
  return (
    <article class="sl-entity">
      <header class="sl-entity-header">
        <h2 class="sl-name">{entity.name}</h2>
        <p class="sl-meta">
          <span class={`sl-kind sl-kind-${entity.kind}`}>
            {KIND_LABELS[entity.kind]}
          </span>
          {entity.dates && (
            <span class="sl-dates"> · {formatDates(entity.dates)}</span>
          )}
        </p>
        <p class="sl-summary">{entity.summary}</p>
      </header>
      {children}
      <section aria-label="Key facts">
        <h3 class="sl-section-title">Key facts</h3>
        <FactList facts={facts} sources={sources} />
        {facts.length < entity.facts.length && (
          <p class="sl-more">
            {entity.facts.length - facts.length} more in the full entry
          </p>
        )}
      </section>
      {shownComparisons.length > 0 && (
        <section aria-label="How the sources compare">
          <h3 class="sl-section-title">How the sources compare</h3>
          {shownComparisons.map((c) => (
            <ComparisonTable key={c.id} comparison={c} sources={sources} />
          ))}
          {shownComparisons.length < comparisons.length && (
            <p class="sl-more">
              {comparisons.length - shownComparisons.length} more comparisons in
              the full entry
            </p>
          )}
        </section>
      )}
      {related.length > 0 && (
        <section aria-label="Related">
          <h3 class="sl-section-title">Related</h3>
          <ul class="sl-related">
            {related.map((r) => (
              <li key={r.id}>
                {onSelectRelated ? (
                  <button
                    type="button"
                    class="sl-link"
                    onClick={() => onSelectRelated(r.id)}
                  >
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {onOpenEntry && (
        <footer class="sl-entity-footer">
          <button
            type="button"
            class="sl-button"
            onClick={() => onOpenEntry(entity.id)}
          >
            Open full entry in Summit Lens
          </button>
        </footer>
      )}
    </article>
  );
}
