import type { Ref } from 'preact';
import { EntityCard } from '../../components/EntityCard';
import type { EntryData } from '../../knowledge/query';

interface Props {
  name: string;
  entry: EntryData | undefined;
  cardRef: Ref<HTMLDivElement>;
  onClose(): void;
  onSelectRelated(id: string): void;
  onOpenEntry(id: string): void;
}

/** The hover card: a dialog named after the entity, with its entry inside. */
export function CardView({
  name,
  entry,
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
      ) : (
        <p class="sl-loading">{name}…</p>
      )}
    </div>
  );
}
