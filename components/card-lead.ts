/**
 * What a card leads with, before the reader asks for more: the facts and the
 * one disagreement between the sources that matter most for the page. Pure;
 * the order of the knowledge is kept wherever nothing is preferred.
 */
import type { EntryData } from '../knowledge/query';
import type { Comparison, Fact } from '../knowledge/schema';
import { countLabel } from './format';

export interface LeadOptions {
  /** The meeting the page reports (its entity id), when known. */
  meeting?: string;
  /** How many facts lead; 2 by default. */
  count?: number;
}

/** Longer than this, a fact fills much of a preview: shorter ones lead. */
export const PREVIEW_FACT_LENGTH = 170;

/**
 * The first `count` facts of the entry: those about `meeting` first, then
 * the others; within each, those short enough for a preview first, each
 * group in the knowledge's order.
 */
export function leadFacts(
  entry: EntryData,
  { meeting, count = 2 }: LeadOptions = {},
): Fact[] {
  const rank = (fact: Fact) =>
    (meeting !== undefined && fact.meeting === meeting ? 0 : 2) +
    (fact.text.length <= PREVIEW_FACT_LENGTH ? 0 : 1);
  return entry.entity.facts
    .map((fact, order) => ({ fact, order, rank: rank(fact) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, count)
    .map(({ fact }) => fact);
}

/**
 * The comparison where the sources differ that the card shows on one line:
 * the first one about `meeting` (when given and there is one), else the
 * first one. Undefined when the sources agree on everything about the entry.
 */
export function leadDisagreement(
  entry: EntryData,
  { meeting }: Pick<LeadOptions, 'meeting'> = {},
): Comparison | undefined {
  const differ = entry.comparisons.filter((c) => c.verdict === 'differ');
  return (
    (meeting !== undefined && differ.find((c) => c.about.includes(meeting))) ||
    differ[0]
  );
}

export interface MoreCounts {
  facts: number;
  comparisons: number;
  related: number;
}

/**
 * What "more" holds, said briefly: "5 facts · 8 comparisons · 7 related".
 * Undefined when there is nothing more.
 */
export function moreLabel({
  facts,
  comparisons,
  related,
}: MoreCounts): string | undefined {
  const parts = [
    facts > 0 && countLabel(facts, 'fact'),
    comparisons > 0 && countLabel(comparisons, 'comparison'),
    related > 0 && `${related} related`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
