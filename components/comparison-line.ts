/**
 * A comparison said in one line. With the short labels of the knowledge
 * (`topic`, `short`) that is who answered what, outlets with the same answer
 * grouped: "Sources differ on when the train left: New York Sun Sunday
 * evening; BBN, Time News Sunday afternoon". Where a claim has no short
 * answer, the full answers are too long for one line: the question, or the
 * first sentence of the note, stands in.
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
  return source.outlet
    .replace(/^the\s+/i, '')
    .split(/\s+[–—-]\s+/)[0]!
    .trim();
}

/**
 * Claims grouped by their short answer (case aside), in order of first
 * appearance; undefined when a claim has no short answer.
 */
export function answerGroups(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): AnswerGroup[] | undefined {
  const groups = new Map<string, AnswerGroup>();
  for (const claim of comparison.claims) {
    if (claim.short === undefined) return undefined;
    const key = claim.short.toLowerCase();
    const outlet = shortOutlet(sources[claim.source], claim.source);
    const group = groups.get(key);
    if (!group) groups.set(key, { outlets: [outlet], answer: claim.short });
    else if (!group.outlets.includes(outlet)) group.outlets.push(outlet);
  }
  return [...groups.values()];
}

/** "New York Sun Sunday evening; BBN, Time News Sunday afternoon". */
export function answersText(groups: readonly AnswerGroup[]): string {
  return groups.map((g) => `${g.outlets.join(', ')} ${g.answer}`).join('; ');
}

/** The first sentence of a text (up to a full stop, ? or ! and a space). */
export function firstSentence(text: string): string {
  const end = text.search(/[.?!](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The line under a collapsed comparison: the answers, or the note's first sentence. */
export function comparisonLine(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): string {
  const groups = answerGroups(comparison, sources);
  return groups ? answersText(groups) : firstSentence(comparison.note);
}

export interface DisagreementParts {
  /** "Sources differ on <topic>", or "Sources differ: <question>". */
  lead: string;
  /** The answers, when every claim has a short one. */
  groups: AnswerGroup[] | undefined;
}

/**
 * The card's line for a disagreement, in parts: "Sources differ on <topic>"
 * (without a topic "Sources differ: <question>") and the grouped answers.
 */
export function disagreementParts(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): DisagreementParts {
  return {
    lead: comparison.topic
      ? `Sources differ on ${comparison.topic}`
      : `Sources differ: ${comparison.question}`,
    groups: answerGroups(comparison, sources),
  };
}

/** The text a reader sees in the disagreement line (`disagreementParts` joined). */
export function disagreementText(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
): string {
  const { lead, groups } = disagreementParts(comparison, sources);
  if (!groups) return lead;
  return `${lead}${comparison.topic ? ':' : ''} ${answersText(groups)}`;
}
