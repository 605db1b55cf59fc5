import type { Ref } from 'preact';
import { EntityCard } from '../../components/EntityCard';
import type { CardHandlers, CardState } from './card-host';

interface Props extends CardState, CardHandlers {
  cardRef: Ref<HTMLDivElement>;
}

/** The hover card: a dialog named after the entity, with its entry inside. */
export function CardView({
  name,
  entry,
  failed,
  cardRef,
  onClose,
  onSelectRelated,
  onOpenEntry,
}: Props) {
  return (
    <div
      ref={cardRef}
      class="sl-theme sl-card"
      role="dialog"
      aria-label={name}
      tabIndex={-1}
    >
      <button
        type="button"
        class="sl-close"
        aria-label="Close"
        onClick={onClose}
      >
        ×
      </button>
      {entry ? (
        <EntityCard
          entry={entry}
          factLimit={4}
          comparisonLimit={2}
          onSelectRelated={onSelectRelated}
          onOpenEntry={onOpenEntry}
        />
      ) : failed ? (
        <div class="sl-failed" role="alert">
          <h2 class="sl-name">{name}</h2>
          <p>Summit Lens could not load this entry.</p>
          <button type="button" class="sl-button" onClick={failed}>
            Try again
          </button>
        </div>
      ) : (
        <p class="sl-loading">{name}…</p>
      )}
    </div>
  );
}
