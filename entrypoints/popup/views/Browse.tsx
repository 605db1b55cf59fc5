import { useId } from 'preact/hooks';
import {
  countLabel,
  KIND_LABELS,
  KIND_PLURALS,
} from '../../../components/format';
import { searchEntities } from '../../../knowledge/query';
import {
  entityKinds,
  type EntityKind,
  type Knowledge,
} from '../../../knowledge/schema';
import { ResultFilter, type FilterChoices } from './ResultFilter';
import { Separator } from './Separator';

interface Props {
  knowledge: Knowledge;
  query: string;
  kind: EntityKind | undefined;
  onQuery(query: string): void;
  onKind(kind: EntityKind | undefined): void;
  onOpen(id: string): void;
}

const KIND_CHOICES: FilterChoices<EntityKind> = {
  legend: 'Kind',
  allLabel: 'All',
  values: entityKinds,
  labelOf: (kind) => KIND_PLURALS[kind],
};

/** What the list of entries holds, or why it is empty. */
function resultStatus(
  count: number,
  query: string,
  kind: EntityKind | undefined,
): string {
  if (count > 0) return countLabel(count, 'entry');
  const words = query.trim();
  if (!words) return 'No entries of this kind.';
  const among = kind ? ` among ${KIND_PLURALS[kind].toLowerCase()}` : '';
  return `No entries match “${words}”${among}.`;
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
      <ResultFilter
        choices={KIND_CHOICES}
        selected={kind}
        onSelect={onKind}
        status={resultStatus(results.length, query, kind)}
      />
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
