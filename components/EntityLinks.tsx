interface Named {
  id: string;
  name: string;
}

/** An entity's name as a link-styled button that opens its entry. */
export function EntityLink({
  entity,
  onSelect,
  class: className,
}: {
  entity: Named;
  onSelect(id: string): void;
  /** Classes besides `sl-link`. */
  class?: string;
}) {
  return (
    <button
      type="button"
      class={className ? `sl-link ${className}` : 'sl-link'}
      onClick={() => onSelect(entity.id)}
    >
      {entity.name}
    </button>
  );
}

interface Props {
  entities: readonly Named[];
  /** Called with an entity's id; without it the names are plain text. */
  onSelect?: (id: string) => void;
  /** Accessible name of the list. */
  label?: string;
}

/** A wrapping, dot-separated list of entity names that open their entries. */
export function EntityLinks({ entities, onSelect, label }: Props) {
  if (entities.length === 0) return null;
  return (
    <ul class="sl-related" aria-label={label}>
      {entities.map((e) => (
        <li key={e.id}>
          {onSelect ? <EntityLink entity={e} onSelect={onSelect} /> : e.name}
        </li>
      ))}
    </ul>
  );
}
