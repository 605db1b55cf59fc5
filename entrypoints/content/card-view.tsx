import type { RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { EntityHeading } from '../../components/EntityHeading';
import { EntityPreview } from '../../components/EntityPreview';
import { ReportProblem } from '../../components/ReportProblem';
import { WhyMarked, type WhyMarkedInfo } from '../../components/WhyMarked';
import type { EntryData } from '../../knowledge/query';
import { cycleFocus } from './focus-cycle';

/** What the card shows, as the content script hands it over. */
export interface CardContent {
  /** The entity's name (shown while its entry loads). */
  name: string;
  entry: EntryData | undefined;
  /** Why the mention was marked; undefined on an entry reached from the card. */
  why: WhyMarkedInfo | undefined;
  /** The "next mention" keyboard shortcut as the browser reports it, if set. */
  shortcut: string | undefined;
  /** The address of the page, for problem reports. */
  pageUrl: string;
  /** The name of the entry Back returns to, after a related link. */
  back?: string;
  /** The meeting the page reports, when known: its facts lead. */
  meeting?: string;
  /** Set when the entry could not be loaded: asks for it again. */
  failed?: () => void;
}

export interface CardHandlers {
  onClose(): void;
  onSelectRelated(id: string): void;
  onOpenEntry(id: string): void;
  onBack(): void;
}

interface Props extends CardContent, CardHandlers {
  cardRef: RefObject<HTMLDivElement>;
}

type Panel = 'why' | 'report' | undefined;

/**
 * The hover card: a dialog named after the entity. Its head (with Back and
 * Close) and its footer ("Why marked?", the next-mention shortcut, "Report a
 * problem") stay in place while the preview between them scrolls.
 */
export function CardView(props: Props) {
  const { name, entry, back, cardRef, onClose } = props;
  const [panel, setPanel] = useState<Panel>();
  const panelId = useId();
  const backRef = useRef<HTMLButtonElement>(null);
  /** Set when a related link or Back is pressed: the pressed button goes away. */
  const refocus = useRef(false);
  const entityId = entry?.entity.id;

  useEffect(() => {
    setPanel(undefined);
    if (!refocus.current) return;
    refocus.current = false;
    (backRef.current ?? cardRef.current)?.focus();
  }, [entityId, back, cardRef]);

  const onSelectRelated = (id: string) => {
    refocus.current = true;
    props.onSelectRelated(id);
  };
  const onBack = () => {
    refocus.current = true;
    props.onBack();
  };

  const toggle = (next: Panel) => setPanel(panel === next ? undefined : next);

  return (
    <div
      ref={cardRef}
      class="sl-theme sl-card"
      role="dialog"
      aria-label={name}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.currentTarget) cycleFocus(e.currentTarget, e);
      }}
    >
      <div class="sl-card-head">
        {back !== undefined && (
          <button
            type="button"
            class="sl-card-back"
            ref={backRef}
            onClick={onBack}
          >
            <span aria-hidden="true">← </span>Back to {back}
          </button>
        )}
        <div class="sl-card-title">
          {entry ? (
            <EntityHeading entity={entry.entity} />
          ) : (
            <h2 class="sl-name">{name}</h2>
          )}
        </div>
        <button
          type="button"
          class="sl-close"
          aria-label="Close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div class="sl-card-body">
        {entry ? (
          <EntityPreview
            key={entry.entity.id}
            entry={entry}
            meeting={props.meeting}
            onSelectRelated={onSelectRelated}
            onOpenEntry={props.onOpenEntry}
          />
        ) : props.failed ? (
          <div class="sl-failed" role="alert">
            <p>Summit Lens could not load this entry.</p>
            <button type="button" class="sl-button" onClick={props.failed}>
              Try again
            </button>
          </div>
        ) : (
          <p class="sl-loading">Loading…</p>
        )}
      </div>
      <CardFooter {...props} panel={panel} panelId={panelId} toggle={toggle} />
      {entry && panel === 'why' && props.why && (
        <WhyMarked {...props.why} name={entry.entity.name} id={panelId} />
      )}
      {entry && panel === 'report' && (
        <ReportProblem
          key={entry.entity.id}
          id={panelId}
          entity={entry.entity}
          facts={entry.entity.facts}
          pageUrl={props.pageUrl}
          alias={props.why?.alias}
        />
      )}
    </div>
  );
}

interface FooterProps extends Props {
  panel: Panel;
  panelId: string;
  toggle(panel: Panel): void;
}

/** "Why marked?", the next-mention shortcut and "Report a problem". */
function CardFooter({
  entry,
  why,
  shortcut,
  panel,
  panelId,
  toggle,
}: FooterProps) {
  if (!entry) return null;
  return (
    <div class="sl-card-footer">
      {why && (
        <button
          type="button"
          class="sl-link"
          aria-expanded={panel === 'why'}
          aria-controls={panelId}
          onClick={() => toggle('why')}
        >
          Why marked?
        </button>
      )}
      {shortcut && (
        <span class="sl-shortcut">
          Next<span class="sl-wide-only"> mention</span>: <kbd>{shortcut}</kbd>
        </span>
      )}
      <button
        type="button"
        class="sl-link"
        aria-expanded={panel === 'report'}
        aria-controls={panelId}
        onClick={() => toggle('report')}
      >
        Report a problem
      </button>
    </div>
  );
}
