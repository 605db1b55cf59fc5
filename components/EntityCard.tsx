import type { ComponentChildren } from 'preact';
import type { EntryData } from '../knowledge/query';
import { EntityHeading } from './EntityHeading';
import { EntrySections } from './EntrySections';

interface Props {
  entry: EntryData;
  onSelectRelated?: (id: string) => void;
  /** Shown under the summary (the popup puts the page's mentions here). */
  children?: ComponentChildren;
}

/**
 * Everything known about one entity: what it is, every fact with its
 * sources, how the sources compare, and related entries.
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
      <EntrySections
        factsTitle="Key facts"
        facts={entity.facts}
        comparisons={comparisons}
        related={related}
        sources={sources}
        onSelectRelated={onSelectRelated}
      />
    </article>
  );
}
