import { EntityCard } from '../../../components/EntityCard';
import { entryData } from '../../../knowledge/query';
import type { Knowledge } from '../../../knowledge/schema';
import { countLabel } from '../../../components/format';

interface Props {
  knowledge: Knowledge;
  id: string;
  /** Mentions on the current page; undefined when the page is unknown. */
  mentions: number | undefined;
  onOpen(id: string): void;
  onBack(): void;
  /** What the Back button returns to, e.g. "Browse". */
  backLabel: string;
  /** Go to the entity's next mention on the page. */
  onShowOnPage?: (id: string) => void;
}

/** One entry in full: summary, facts with sources, comparisons, related. */
export function Entry({
  knowledge,
  id,
  mentions,
  onOpen,
  onBack,
  backLabel,
  onShowOnPage,
}: Props) {
  const entry = entryData(knowledge, id);
  return (
    <div class="sl-entry">
      <button type="button" class="sl-back" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {backLabel}
      </button>
      {entry ? (
        <EntityCard entry={entry} onSelectRelated={onOpen}>
          <section class="sl-mentions" aria-label="On this page">
            <p>
              {mentions === undefined
                ? 'Mentions on this page: not available here.'
                : mentions === 0
                  ? 'Not mentioned on this page.'
                  : `${countLabel(mentions, 'mention')} on this page.`}
            </p>
            {onShowOnPage && mentions !== undefined && mentions > 0 && (
              <button
                type="button"
                class="sl-secondary"
                onClick={() => onShowOnPage(id)}
              >
                Show next on page
              </button>
            )}
          </section>
        </EntityCard>
      ) : (
        <p class="sl-empty">There is no entry “{id}”.</p>
      )}
    </div>
  );
}
