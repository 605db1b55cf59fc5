import { useState } from 'preact/hooks';
import type { Source } from '../knowledge/schema';
import { sourceLabel } from './format';

interface Props {
  source: Source | undefined;
  sourceId: string;
  quote: string;
}

/** A source's outlet and date; pressing it shows the quoted evidence. */
export function SourceChip({ source, sourceId, quote }: Props) {
  const [open, setOpen] = useState(false);
  const label = source ? sourceLabel(source) : sourceId;
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
      {open && (
        <q class="sl-quote" cite={source?.title}>
          {quote}
        </q>
      )}
    </span>
  );
}
