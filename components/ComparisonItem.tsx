import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Comparison, Source } from '../knowledge/schema';
import { ClaimsTable } from './ClaimsTable';
import { comparisonLine } from './comparison-line';
import { VERDICT_LABELS } from './format';
import { useDisclosure } from './useDisclosure';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
  /** Heading level for the question. */
  level: 3 | 4;
  /** Shown when expanded, after the note. */
  children?: ComponentChildren;
  /** Whether it starts expanded, with the focus on its question. */
  initiallyOpen?: boolean;
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
  initiallyOpen = false,
}: Props) {
  const { open, button, region } = useDisclosure(initiallyOpen);
  const questionRef = useRef<HTMLButtonElement>(null);
  // Only when it first shows: a later change leaves the reader's focus be.
  useEffect(() => {
    if (initiallyOpen) questionRef.current?.focus();
  }, []);
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section
      class={`sl-comparison sl-verdict-${comparison.verdict}`}
      aria-label={comparison.question}
      data-comparison-id={comparison.id}
    >
      <Heading class="sl-question">
        <button
          ref={questionRef}
          type="button"
          class="sl-disclosure"
          {...button}
        >
          <span class="sl-question-text">{comparison.question}</span>
          <span class="sl-verdict">{VERDICT_LABELS[comparison.verdict]}</span>
          <span class="sl-one-line">{comparisonLine(comparison, sources)}</span>
        </button>
      </Heading>
      <div class="sl-comparison-body" {...region}>
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
