import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ClaimPreview } from '../../components/ClaimPreview';
import { ClaimWhyMarked } from '../../components/ClaimWhyMarked';
import { EntityHeading } from '../../components/EntityHeading';
import { EntityPreview } from '../../components/EntityPreview';
import { VERDICT_LABELS } from '../../components/format';
import { isUncovered, MeetingNotice } from '../../components/MeetingNotice';
import { ReportProblem } from '../../components/ReportProblem';
import { WhyMarked, type WhyMarkedInfo } from '../../components/WhyMarked';
import type { ComparisonData, EntryData } from '../../knowledge/query';
import { cycleFocus } from './focus-cycle';
import { UNKNOWN_MEETING } from './meeting-decision';

/**
 * The meeting the page reports (a `MeetingDecision` without its reason).
 * The card's root carries `data-meeting` (its id, or `unknown` when there
 * is none) and `data-covered`; on a page about a meeting the sources do not
 * cover, the card starts with a line saying so, and facts show their dates.
 */
export interface CardMeeting {
  /** A meeting id, or `unknown`. */
  id: string;
  covered: boolean;
  label: string;
}

/** What every card gets from the content script, whatever it shows. */
interface CardCommon {
  /** The "next mention" keyboard shortcut as the browser reports it, if set. */
  shortcut: string | undefined;
  /** The address of the page, for problem reports. */
  pageUrl: string;
  /** The meeting the page reports, when decided. */
  meeting?: CardMeeting;
  /** Set when what the card shows could not be loaded: asks for it again. */
  failed?: () => void;
}

/** An entity's card, as the content script hands it over. */
export interface CardContent extends CardCommon {
  kind?: 'entity';
  /** The entity's name (shown while its entry loads). */
  name: string;
  entry: EntryData | undefined;
  /** Why the mention was marked; undefined on an entry reached from the card. */
  why: WhyMarkedInfo | undefined;
  /** The name of the entry Back returns to, after a related link. */
  back?: string;
}

/**
 * The card of a sentence that states an answer to a compared question (a
 * `ClaimMark`): the question, "This article: <answer>", the sources with
 * the same answer and those with another, and the note. Its body holds
 * `[data-comparison="<id>"]` with `data-agrees="<source ids, space-separated>"`
 * from the moment it opens, before the comparison has loaded.
 */
export interface ClaimCardContent extends CardCommon {
  kind: 'claim';
  /** The comparison's id (`ClaimMark.comparison`). */
  comparison: string;
  /** The comparison and its sources (the `comparison` message); undefined while loading. */
  data: ComparisonData | undefined;
  /** The answer the sentence gives, in words (`ClaimMark.answer`). */
  answer: string;
  /** Ids of the answers it gives (`ClaimMark.answers`). */
  answers: string[];
  /** Ids of the sources that gave the same answer (`ClaimMark.agrees`). */
  agrees: string[];
  /** The words of the sentence that stated the answer, for "Why marked?". */
  signal?: string;
}

/** Anything the card can show. */
export type AnyCardContent = CardContent | ClaimCardContent;

export interface CardHandlers {
  onClose(): void;
  onSelectRelated(id: string): void;
  onOpenEntry(id: string): void;
  onBack(): void;
}

type Props = AnyCardContent &
  CardHandlers & {
    cardRef: RefObject<HTMLDivElement>;
  };

type Panel = 'why' | 'report' | undefined;

/** What the head names the card after: the entity, or the compared question. */
function cardName(props: Props): string {
  if (props.kind !== 'claim') return props.name;
  return props.data?.comparison.question ?? 'What this article says';
}

/**
 * The hover card: a dialog named after the entity (or the question, for a
 * claim). Its head (with Back and Close) and its footer ("Why marked?", the
 * next-mention shortcut, "Report a problem") stay in place while the
 * preview between them scrolls.
 */
export function CardView(props: Props) {
  const { cardRef, onClose, meeting } = props;
  const [panel, setPanel] = useState<Panel>();
  const panelId = useId();
  const backRef = useRef<HTMLButtonElement>(null);
  /** Set when a related link or Back is pressed: the pressed button goes away. */
  const refocus = useRef(false);
  const name = cardName(props);
  const back = props.kind === 'claim' ? undefined : props.back;
  /** What the card is about: a new subject closes an open panel. */
  const subject =
    props.kind === 'claim'
      ? `claim:${props.comparison}`
      : props.entry?.entity.id;

  useEffect(() => {
    setPanel(undefined);
    if (!refocus.current) return;
    refocus.current = false;
    (backRef.current ?? cardRef.current)?.focus();
  }, [subject, back, cardRef]);

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
      data-meeting={meeting?.id ?? UNKNOWN_MEETING}
      data-covered={String(meeting?.covered ?? false)}
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
          <CardHeading {...props} name={name} />
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
        {isUncovered(meeting) && <MeetingNotice label={meeting.label} />}
        {props.kind === 'claim' ? (
          <ClaimBody {...props} />
        ) : (
          <EntityBody
            {...props}
            onSelectRelated={(id) => {
              refocus.current = true;
              props.onSelectRelated(id);
            }}
          />
        )}
      </div>
      <CardFooter {...props} panel={panel} panelId={panelId} toggle={toggle} />
      {panel && (
        <CardPanel {...props} panel={panel} panelId={panelId} name={name} />
      )}
    </div>
  );
}

/** The entity's name and kind, or the compared question and its verdict. */
function CardHeading(props: Props & { name: string }) {
  if (props.kind === 'claim') {
    const comparison = props.data?.comparison;
    return (
      <>
        <h2 class="sl-name sl-claim-question">{props.name}</h2>
        <p class="sl-meta">
          <span class="sl-kind">Claim in this article</span>
          {comparison && (
            <span class={`sl-verdict-${comparison.verdict}`}>
              {' · '}
              <span class="sl-verdict">
                {VERDICT_LABELS[comparison.verdict]}
              </span>
            </span>
          )}
        </p>
      </>
    );
  }
  return props.entry ? (
    <EntityHeading entity={props.entry.entity} />
  ) : (
    <h2 class="sl-name">{props.name}</h2>
  );
}

interface PendingProps {
  /** What is loading: "entry", "comparison". */
  what: string;
  failed: (() => void) | undefined;
}

/** While loading, or when loading failed: say so, and offer to try again. */
function Pending({ what, failed }: PendingProps) {
  return failed ? (
    <div class="sl-failed" role="alert">
      <p>Summit Lens could not load this {what}.</p>
      <button type="button" class="sl-button" onClick={failed}>
        Try again
      </button>
    </div>
  ) : (
    <p class="sl-loading">Loading…</p>
  );
}

function EntityBody(props: CardContent & CardHandlers) {
  const { entry, meeting } = props;
  if (!entry) return <Pending what="entry" failed={props.failed} />;
  return (
    <EntityPreview
      key={entry.entity.id}
      entry={entry}
      meeting={meeting?.id}
      dated={isUncovered(meeting)}
      onSelectRelated={props.onSelectRelated}
      onOpenEntry={props.onOpenEntry}
    />
  );
}

function ClaimBody(props: ClaimCardContent) {
  const { data, answer, agrees } = props;
  return (
    <div
      class="sl-claim"
      data-comparison={props.comparison}
      data-agrees={agrees.join(' ')}
    >
      {data ? (
        <ClaimPreview data={data} answer={answer} agrees={agrees} />
      ) : (
        <>
          <p class="sl-page-answer">
            <span class="sl-page-answer-label">This article:</span> {answer}
          </p>
          <Pending what="comparison" failed={props.failed} />
        </>
      )}
    </div>
  );
}

interface PanelProps {
  panel: Panel;
  panelId: string;
}

/** Whether the card has loaded what it shows. */
function loaded(props: AnyCardContent): boolean {
  return props.kind === 'claim' ? props.data !== undefined : !!props.entry;
}

/** Whether the card has a "Why marked?" to give. */
function hasWhy(props: AnyCardContent): boolean {
  return props.kind === 'claim' || props.why !== undefined;
}

type ToggleProps = PanelProps & { toggle(panel: Panel): void };

/** "Why marked?", the next-mention shortcut and "Report a problem". */
function CardFooter(props: Props & ToggleProps) {
  const { shortcut, panel, panelId, toggle } = props;
  if (!loaded(props)) return null;
  const toggles = { panel, panelId, toggle };
  return (
    <div class="sl-card-footer">
      {hasWhy(props) && (
        <PanelToggle {...toggles} opens="why">
          Why marked?
        </PanelToggle>
      )}
      {shortcut && (
        <span class="sl-shortcut">
          Next<span class="sl-wide-only"> mention</span>: <kbd>{shortcut}</kbd>
        </span>
      )}
      <PanelToggle {...toggles} opens="report">
        Report a problem
      </PanelToggle>
    </div>
  );
}

/** A footer link that opens the panel `opens`, or closes it when open. */
function PanelToggle({
  opens,
  panel,
  panelId,
  toggle,
  children,
}: ToggleProps & {
  opens: Exclude<Panel, undefined>;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="sl-link"
      aria-expanded={panel === opens}
      aria-controls={panelId}
      onClick={() => toggle(opens)}
    >
      {children}
    </button>
  );
}

/** The open footer panel: why the mark was made, or the problem report. */
function CardPanel(props: Props & PanelProps & { name: string }) {
  const { panel, panelId, pageUrl } = props;
  if (props.kind === 'claim') {
    const { data, answer } = props;
    if (!data) return null;
    const { comparison, sources } = data;
    if (panel === 'why')
      return (
        <ClaimWhyMarked
          id={panelId}
          signal={props.signal}
          topic={comparison.topic}
          answer={answer}
          disputed={comparison.verdict === 'differ'}
        />
      );
    return (
      <ReportProblem
        key={comparison.id}
        id={panelId}
        subject={{
          kind: 'comparison',
          id: comparison.id,
          name: comparison.question,
        }}
        statements={[
          `This article’s answer: ${answer}`,
          ...comparison.claims.map(
            (c) => `${sources[c.source]?.outlet ?? c.source}: ${c.answer}`,
          ),
        ]}
        pageUrl={pageUrl}
        pageAnswer={answer}
        alias={props.signal}
      />
    );
  }
  const { entry, why } = props;
  if (!entry) return null;
  if (panel === 'why')
    return why ? (
      <WhyMarked {...why} name={entry.entity.name} id={panelId} />
    ) : null;
  return (
    <ReportProblem
      key={entry.entity.id}
      id={panelId}
      subject={{ kind: 'entry', id: entry.entity.id, name: entry.entity.name }}
      statements={entry.entity.facts.map((f) => f.text)}
      pageUrl={pageUrl}
      alias={why?.alias}
    />
  );
}
