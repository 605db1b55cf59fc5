import type { ComponentChildren } from 'preact';
import type { EntryData } from '../knowledge/query';
import { ComparisonItem } from './ComparisonItem';
import { EntityHeading } from './EntityHeading';
import { EntityLinks } from './EntityLinks';
import { FactList } from './FactList';

interface Props {
  entry: EntryData;
  onSelectRelated?: (id: string) => void;
  /** Shown under the summary (the popup puts the page's mentions here). */
  children?: ComponentChildren;
}

/**
 * Everything known about one entity: what it is, every fact with its
 * sources, how the sources compare (each comparison collapsed to one line
 * until pressed), and related entries.
 */
export function EntityCard({ entry, onSelectRelated, children }: Props) {
  const { entity, comparisons, related, sources } = entry;
  return (
    <article class="sl-entity">
      <header class="sl-entity-header">
        <EntityHeading entity={entity} />
        <p class="sl-summary">{entity.summary}</p>
      </header>
      {children}
      <section aria-label="Key facts">
        <h3 class="sl-section-title">Key facts</h3>
        <FactList facts={entity.facts} sources={sources} />
      </section>
      {comparisons.length > 0 && (
        <section aria-label="How the sources compare">
          <h3 class="sl-section-title">How the sources compare</h3>
          {comparisons.map((c) => (
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
    </article>
  );
}
