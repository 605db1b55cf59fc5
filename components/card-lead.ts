/**
 * What a card leads with, before the reader asks for more: the facts and the
 * one disagreement between the sources that matter most for the page. Pure;
 * the order of the knowledge is kept wherever nothing is preferred.
 */
import type { EntryData } from '../knowledge/query';
import type { Comparison, Fact } from '../knowledge/schema';

export interface LeadOptions {
  /** The meeting the page reports (its entity id), when known. */
  meeting?: string;
  /** How many facts lead; 2 by default. */
  count?: number;
}

/**
 * The first `count` facts of the entry, those about `meeting` first (in
 * their order), then the others in order.
 */
export function leadFacts(
  entry: EntryData,
  { meeting, count = 2 }: LeadOptions = {},
): Fact[] {
  const { facts } = entry.entity;
  const about = (fact: Fact) =>
    meeting !== undefined && fact.meeting === meeting;
  return [...facts.filter(about), ...facts.filter((f) => !about(f))].slice(
    0,
    count,
  );
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
    facts > 0 && `${facts} ${facts === 1 ? 'fact' : 'facts'}`,
    comparisons > 0 &&
      `${comparisons} ${comparisons === 1 ? 'comparison' : 'comparisons'}`,
    related > 0 && `${related} related`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
