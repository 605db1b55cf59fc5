import type { Certainty } from '../knowledge/schema';
import { attributionLabel, certaintyOf } from './format';

interface Props {
  /** How the source is named (outlet, or outlet and date). */
  name: string;
  via?: string;
  certainty?: Certainty;
}

/** How firm a statement is, as a small tag; nothing when plainly stated. */
export function CertaintyTag({ certainty }: { certainty?: Certainty }) {
  const firm = certaintyOf(certainty);
  if (!firm) return null;
  return (
    <>
      {' '}
      <span class="sl-certainty" title={firm.hint}>
        {firm.label}
      </span>
    </>
  );
}

/**
 * Who says it and how firmly: "The New York Sun, citing analysts" with an
 * "expected" tag. Renders nothing when the source states it in its own name.
 */
export function Attribution({ name, via, certainty }: Props) {
  if (!via && !certaintyOf(certainty)) return null;
  return (
    <p class="sl-attribution">
      {attributionLabel(name, via)}
      <CertaintyTag certainty={certainty} />
    </p>
  );
}
