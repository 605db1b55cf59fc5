import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Fact } from '../knowledge/schema';
import { copyText } from './copy-text';
import { reportText, type ProblemReport } from './problem-report';

interface Props {
  entity: { id: string; name: string };
  facts: readonly Fact[];
  pageUrl: string;
  alias: string | undefined;
  id: string;
}

type Outcome = 'copied' | 'failed' | undefined;

/**
 * A short form for reporting a wrong fact: the reader picks the fact and
 * writes a note, and the plain-text report goes to the clipboard. Nothing
 * is sent anywhere.
 */
export function ReportProblem({ entity, facts, pageUrl, alias, id }: Props) {
  const [fact, setFact] = useState(-1);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const factId = useId();
  const noteId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const report: ProblemReport = {
    entity,
    fact: facts[fact]?.text,
    pageUrl,
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
      <label for={factId}>Which fact is wrong?</label>
      <select
        id={factId}
        ref={firstRef}
        value={String(fact)}
        onChange={(e) => setFact(Number(e.currentTarget.value))}
      >
        <option value="-1">None in particular</option>
        {facts.map((f, i) => (
          <option key={f.text} value={String(i)}>
            {f.text}
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
