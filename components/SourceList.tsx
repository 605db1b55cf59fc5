import type { Source } from '../knowledge/schema';
import { formatDate } from './format';

interface Props {
  sources: readonly Source[];
  /** How many facts each source supports, by source id. */
  factCounts: Readonly<Record<string, number>>;
  onSelect?: (id: string) => void;
}

/** "1 fact", "12 facts". */
export function factCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'fact' : 'facts'}`;
}

/**
 * The sources the knowledge cites: outlet, title, byline, date and how many
 * facts each supports. With `onSelect`, each title opens the source.
 */
export function SourceList({ sources, factCounts, onSelect }: Props) {
  return (
    <ul class="sl-sources">
      {sources.map((source) => {
        const count = factCounts[source.id] ?? 0;
        return (
          <li key={source.id} class="sl-source">
            <p class="sl-source-outlet">{source.outlet}</p>
            <h3 class="sl-source-title">
              {onSelect ? (
                <button
                  type="button"
                  class="sl-link sl-stretch"
                  data-source-id={source.id}
                  onClick={() => onSelect(source.id)}
                >
                  {source.title}
                </button>
              ) : (
                source.title
              )}
            </h3>
            <p class="sl-source-meta">
              {source.byline && <span>{source.byline} · </span>}
              <time dateTime={source.published}>
                {formatDate(source.published)}
              </time>
              <span> · {source.kind}</span>
            </p>
            <p class="sl-source-count">{factCountLabel(count)}</p>
          </li>
        );
      })}
    </ul>
  );
}
