import { useId } from 'preact/hooks';
import { KIND_LABELS, KIND_PLURALS } from '../../../components/format';
import { searchEntities } from '../../../knowledge/query';
import {
  entityKinds,
  type EntityKind,
  type Knowledge,
} from '../../../knowledge/schema';
import { entriesLabel } from '../lookup';
import { Separator } from './Separator';

interface Props {
  knowledge: Knowledge;
  query: string;
  kind: EntityKind | undefined;
  onQuery(query: string): void;
  onKind(kind: EntityKind | undefined): void;
  onOpen(id: string): void;
}

/** Every entry, searchable by name, alias or fact text, filterable by kind. */
export function Browse({
  knowledge,
  query,
  kind,
  onQuery,
  onKind,
  onOpen,
}: Props) {
  const searchId = useId();
  const results = searchEntities(knowledge, query, kind);
  const filters: { value: EntityKind | undefined; label: string }[] = [
    { value: undefined, label: 'All' },
    ...entityKinds.map((k) => ({ value: k, label: KIND_PLURALS[k] })),
  ];
  return (
    <div class="sl-browse">
      <h2 class="sl-visually-hidden">Browse the entries</h2>
      <div class="sl-search">
        <label for={searchId}>Search entries</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder="Name, alias or fact"
          autoComplete="off"
          spellcheck={false}
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </div>
      <fieldset class="sl-filter">
        <legend>Kind</legend>
        {filters.map((f) => (
          <label key={f.label} class="sl-pill">
            <input
              type="radio"
              name="sl-kind"
              checked={kind === f.value}
              onChange={() => onKind(f.value)}
            />
            <span>{f.label}</span>
          </label>
        ))}
      </fieldset>
      <p class="sl-result-count" role="status">
        {results.length === 0
          ? query.trim()
            ? `No entries match “${query.trim()}”${kind ? ` among ${KIND_PLURALS[kind].toLowerCase()}` : ''}.`
            : 'No entries of this kind.'
          : entriesLabel(results.length)}
      </p>
      {results.length > 0 && (
        <ul class="sl-list" aria-label="Entries">
          {results.map((entity) => (
            <li key={entity.id}>
              <button
                type="button"
                class="sl-list-item sl-list-item-wide"
                onClick={() => onOpen(entity.id)}
              >
                <span class="sl-item-name">{entity.name}</span>
                <Separator />
                <span class="sl-item-meta">{KIND_LABELS[entity.kind]}</span>
                <Separator />
                <span class="sl-item-summary">{entity.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
