import { KIND_LABELS } from '../../../components/format';
import { KindLegend } from '../../../components/KindLegend';
import { KindSwatch } from '../../../components/KindSwatch';
import { entityById } from '../../../knowledge/query';
import type { Knowledge } from '../../../knowledge/schema';
import {
  isSiteEnabled,
  withKind,
  type Settings,
} from '../../../utils/settings';
import { entriesLabel, mentionsLabel } from '../lookup';
import type { PageState } from '../usePageStatus';
import { Separator } from './Separator';

interface Props {
  knowledge: Knowledge;
  page: PageState;
  settings: Settings | undefined;
  /** Scroll the page to the entity's next mention and open its card. */
  onShow(id: string): void;
  /** Open the entity's entry in the popup. */
  onOpen(id: string): void;
  onBrowse(): void;
  /** The outcome of the last "show on page", announced politely. */
  feedback: string | undefined;
  onSaveSettings(next: Settings): void;
}

/**
 * The entities found on the current tab, with their mention counts, and
 * the legend of the marks' colours with a switch for each kind.
 */
export function OnThisPage(props: Props) {
  const { settings, onSaveSettings } = props;
  return (
    <>
      <h2 class="sl-visually-hidden">On this page</h2>
      {settings && (
        <KindLegend
          level={3}
          kinds={settings.kinds}
          onChange={(kind, on) => onSaveSettings(withKind(settings, kind, on))}
        />
      )}
      <PageFindings {...props} />
    </>
  );
}

/** What the page holds, or why nothing is listed. */
function PageFindings({
  knowledge,
  page,
  settings,
  onShow,
  onOpen,
  onBrowse,
  feedback,
}: Props) {
  if (page.kind === 'loading')
    return <p class="sl-empty">Looking at this page…</p>;
  if (page.kind === 'unavailable')
    return (
      <div class="sl-empty">
        <p>
          Summit Lens can only read ordinary web pages, not browser pages or the
          extension store. You can still browse every entry, compare the sources
          and read the timeline.
        </p>
        <p>
          <button type="button" class="sl-button" onClick={onBrowse}>
            Browse all entries
          </button>
        </p>
      </div>
    );
  const { status } = page;
  if (settings && !isSiteEnabled(settings, status.site))
    return (
      <p class="sl-empty">
        {settings.enabled
          ? `Annotation is off for ${status.site ?? 'this site'}. Turn on the switch above to mark this page.`
          : 'Annotation is off for all sites. Turn on “Annotate all sites” above to mark this page.'}
      </p>
    );
  if (status.entities.length === 0)
    return (
      <p class="sl-empty">
        {status.relevant
          ? 'Nothing from the summits is mentioned on this page.'
          : 'This page does not look like it is about the Kim–Putin summits, so nothing is marked.'}
      </p>
    );
  return (
    <div class="sl-on-page">
      <p class="sl-lead">
        {mentionsLabel(status.total)} of {entriesLabel(status.entities.length)}{' '}
        on this page. Choose one to go to its next mention, or use the shortcut
        below on the page.
      </p>
      <ul class="sl-list" aria-label="Found on this page">
        {status.entities.map(({ id, count }) => {
          const entity = entityById(knowledge, id);
          const name = entity?.name ?? id;
          return (
            <li key={id} class="sl-list-row">
              <button
                type="button"
                class="sl-list-item"
                onClick={() => onShow(id)}
              >
                <span class="sl-item-name">{name}</span>
                {entity && (
                  <>
                    <Separator />
                    <span class="sl-item-meta">
                      <KindSwatch kind={entity.kind} />
                      {KIND_LABELS[entity.kind]}
                    </span>
                  </>
                )}
                <Separator />
                <span class="sl-count">{mentionsLabel(count)}</span>
              </button>
              {entity && (
                <button
                  type="button"
                  class="sl-secondary"
                  aria-label={`Entry for ${name}`}
                  onClick={() => onOpen(id)}
                >
                  Entry
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p class="sl-feedback" role="status">
        {feedback}
      </p>
    </div>
  );
}
