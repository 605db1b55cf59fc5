/**
 * A comparison said in one line, from the short labels of the knowledge
 * (`topic`, `short`): who answered what, outlets with the same answer
 * grouped: "Sources differ on when the train left: New York Sun Sunday
 * evening; BBN, Time News Sunday afternoon".
 */
import type { Comparison, Source } from '../knowledge/schema';

export interface AnswerGroup {
  /** Short outlet names, in the order of the claims. */
  outlets: string[];
  answer: string;
}

/** An outlet's name without a leading "The" or a subtitle after a dash. */
export function shortOutlet(source: Source | undefined, id: string): string {
  if (!source) return id;
  const [name = source.outlet] = source.outlet
    .replace(/^the\s+/i, '')
    .split(/\s+[–—-]\s+/);
  return name.trim();
}

/** Claims grouped by their short answer (case aside), in order of first appearance. */
export function answerGroups(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): AnswerGroup[] {
  const groups = new Map<string, AnswerGroup>();
  for (const claim of comparison.claims) {
    const key = claim.short.toLowerCase();
    const outlet = shortOutlet(sources[claim.source], claim.source);
    const group = groups.get(key);
    if (!group) groups.set(key, { outlets: [outlet], answer: claim.short });
    else if (!group.outlets.includes(outlet)) group.outlets.push(outlet);
  }
  return [...groups.values()];
}

/** "New York Sun Sunday evening; BBN, Time News Sunday afternoon". */
export function comparisonLine(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): string {
  return answerGroups(comparison, sources)
    .map((g) => `${g.outlets.join(', ')} ${g.answer}`)
    .join('; ');
}

/** "Sources differ on <topic>": the lead of the card's disagreement line. */
export function disagreementLead(comparison: Comparison): string {
  return `Sources differ on ${comparison.topic}`;
}

/** The text a reader sees in the disagreement line. */
export function disagreementText(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): string {
  return `${disagreementLead(comparison)}: ${comparisonLine(comparison, sources)}`;
}
