import type { Entity } from '../knowledge/schema';
import { formatDates, KIND_LABELS } from './format';
import { KindSwatch } from './KindSwatch';

/** An entity's name as a heading, with its kind (and mark colour) and dates. */
export function EntityHeading({ entity }: { entity: Entity }) {
  return (
    <>
      <h2 class="sl-name">{entity.name}</h2>
      <p class="sl-meta">
        <span class={`sl-kind sl-kind-${entity.kind}`}>
          <KindSwatch kind={entity.kind} />
          {KIND_LABELS[entity.kind]}
        </span>
        {entity.dates && (
          <span class="sl-dates"> · {formatDates(entity.dates)}</span>
        )}
      </p>
    </>
  );
}
