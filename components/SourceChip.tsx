import { useState } from 'preact/hooks';
import type { Citation, Source } from '../knowledge/schema';
import { sourceLabel } from './format';

interface Props {
  source: Source | undefined;
  sourceId: string;
  /** The quoted evidence: one quote, or several from the same source. */
  quote: string | readonly string[];
}

/** Citations merged per source, in order of first appearance. */
export function groupCitations(
  citations: readonly Citation[],
): { source: string; quotes: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const c of citations) {
    const quotes = groups.get(c.source);
    if (quotes) quotes.push(c.quote);
    else groups.set(c.source, [c.quote]);
  }
  return [...groups].map(([source, quotes]) => ({ source, quotes }));
}

/** A source's outlet and date; pressing it shows the quoted evidence. */
export function SourceChip({ source, sourceId, quote }: Props) {
  const [open, setOpen] = useState(false);
  const label = source ? sourceLabel(source) : sourceId;
  const quotes = typeof quote === 'string' ? [quote] : quote;
  return (
    <span class="sl-chip-wrap">
      <button
        type="button"
        class="sl-chip"
        aria-expanded={open}
        title={source?.title}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open &&
        quotes.map((q) => (
          <q key={q} class="sl-quote" cite={source?.title}>
            {q}
          </q>
        ))}
    </span>
  );
}
