import type { Source } from '../knowledge/schema';
import { ArticleLink, hasUrl } from './ArticleLink';
import { formatDate, NO_ADDRESS, siteOf } from './format';

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

/** A link to the article, or a note that it has no known address. */
export function SourceAddress({ source }: { source: Source }) {
  return (
    <p class="sl-source-address">
      {hasUrl(source) ? (
        <ArticleLink source={source} class="sl-link sl-article-link">
          Read the article on {siteOf(source.url)}
          <span aria-hidden="true"> ↗</span>
        </ArticleLink>
      ) : (
        NO_ADDRESS
      )}
    </p>
  );
}

/**
 * The sources the knowledge cites: outlet, title, byline, date, how many
 * facts each supports and a link to the article. With `onSelect`, each title
 * opens the source.
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
            <SourceAddress source={source} />
          </li>
        );
      })}
    </ul>
  );
}
