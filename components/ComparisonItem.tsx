import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Comparison, Source } from '../knowledge/schema';
import { ClaimsTable } from './ClaimsTable';
import { comparisonLine } from './comparison-line';
import { VERDICT_LABELS } from './format';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
  /** Heading level for the question. */
  level: 3 | 4;
  /** Shown when expanded, after the note. */
  children?: ComponentChildren;
}

/**
 * One comparison, collapsed to its question, verdict and one line; pressing
 * it shows each source's answer and quote in place.
 */
export function ComparisonItem({
  comparison,
  sources,
  level,
  children,
}: Props) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section
      class={`sl-comparison sl-verdict-${comparison.verdict}`}
      aria-label={comparison.question}
      data-comparison-id={comparison.id}
    >
      <Heading class="sl-question">
        <button
          type="button"
          class="sl-disclosure"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span class="sl-question-text">{comparison.question}</span>
          <span class="sl-verdict">{VERDICT_LABELS[comparison.verdict]}</span>
          <span class="sl-one-line">{comparisonLine(comparison, sources)}</span>
        </button>
      </Heading>
      <div id={bodyId} class="sl-comparison-body" hidden={!open}>
        {open && (
          <>
            <ClaimsTable comparison={comparison} sources={sources} />
            {children}
          </>
        )}
      </div>
    </section>
  );
}
