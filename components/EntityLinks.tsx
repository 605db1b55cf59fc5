interface Props {
  entities: readonly { id: string; name: string }[];
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
          {onSelect ? (
            <button
              type="button"
              class="sl-link"
              onClick={() => onSelect(e.id)}
            >
              {e.name}
            </button>
          ) : (
            e.name
          )}
        </li>
      ))}
    </ul>
  );
}
