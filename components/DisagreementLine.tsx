import { useId, useState } from 'preact/hooks';
import type { Comparison, Source } from '../knowledge/schema';
import { ClaimsTable } from './ClaimsTable';
import { answerGroups, disagreementLead } from './comparison-line';

interface Props {
  comparison: Comparison;
  sources: Readonly<Record<string, Source>>;
}

/**
 * The card's one line for the disagreement that matters most ("Sources
 * differ on when the train left: …"); pressing it opens the comparison in
 * place.
 */
export function DisagreementLine({ comparison, sources }: Props) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <div class="sl-disagreement" data-comparison-id={comparison.id}>
      <button
        type="button"
        class="sl-disagreement-line"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span class="sl-disagreement-lead">{disagreementLead(comparison)}</span>
        {': '}
        {answerGroups(comparison, sources).map((g, i) => (
          <span key={g.answer}>
            {i > 0 && '; '}
            <span class="sl-outlets">{g.outlets.join(', ')}</span> {g.answer}
          </span>
        ))}
      </button>
      <div id={bodyId} class="sl-disagreement-body" hidden={!open}>
        {open && <ClaimsTable comparison={comparison} sources={sources} />}
      </div>
    </div>
  );
}
