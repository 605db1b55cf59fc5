import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { copyText } from './copy-text';
import { reportText, type ProblemReport } from './problem-report';

interface Props {
  subject: ProblemReport['subject'];
  /** What the reader may point at: the facts, or the answers compared. */
  statements: readonly string[];
  pageUrl: string;
  pageAnswer?: string;
  alias: string | undefined;
  id: string;
}

const CHOICE_LABELS = {
  entry: 'Which fact is wrong?',
  comparison: 'Which statement is wrong?',
};

type Outcome = 'copied' | 'failed' | undefined;

/**
 * A short form for reporting a wrong fact or answer: the reader picks it and
 * writes a note, and the plain-text report goes to the clipboard. Nothing
 * is sent anywhere.
 */
export function ReportProblem({
  subject,
  statements,
  pageUrl,
  pageAnswer,
  alias,
  id,
}: Props) {
  const [chosen, setChosen] = useState(-1);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const choiceId = useId();
  const noteId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const report: ProblemReport = {
    subject,
    statement: statements[chosen],
    pageUrl,
    pageAnswer,
    alias,
    note,
  };
  const copy = async (event: Event) => {
    event.preventDefault();
    const form = formRef.current;
    if (!form) return;
    setOutcome(
      (await copyText(reportText(report), form)) ? 'copied' : 'failed',
    );
  };

  return (
    <form class="sl-panel-report" id={id} ref={formRef} onSubmit={copy}>
      <label for={choiceId}>{CHOICE_LABELS[subject.kind]}</label>
      <select
        id={choiceId}
        ref={firstRef}
        value={String(chosen)}
        onChange={(e) => setChosen(Number(e.currentTarget.value))}
      >
        <option value="-1">None in particular</option>
        {statements.map((text, i) => (
          <option key={text} value={String(i)}>
            {text}
          </option>
        ))}
      </select>
      <label for={noteId}>What is wrong?</label>
      <textarea
        id={noteId}
        rows={2}
        value={note}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          setOutcome(undefined);
        }}
      />
      <p class="sl-report-actions">
        <button type="submit" class="sl-button">
          Copy report
        </button>
        <span role="status" class="sl-report-status">
          {outcome === 'copied' &&
            'Copied to the clipboard, with this page’s address. Nothing was sent.'}
          {outcome === 'failed' && 'Could not copy. Select the report below.'}
        </span>
      </p>
      {outcome === 'failed' && (
        <textarea
          class="sl-report-text"
          readOnly
          aria-label="Report"
          value={reportText(report)}
        />
      )}
    </form>
  );
}
