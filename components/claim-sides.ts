/**
 * How the sources stand to an answer a page gives on a compared point:
 * which gave the same answer, which gave another, said in a line. Pure.
 */
import type { Claim, Comparison, Source } from '../knowledge/schema';
import { answerGroups, shortOutlet } from './comparison-line';

/**
 * Made on first use: creating an `Intl` formatter loads locale data, tens
 * of milliseconds that a page whose cards are never opened should not pay.
 */
let listFormat: Intl.ListFormat | undefined;
const list = (): Intl.ListFormat =>
  (listFormat ??= new Intl.ListFormat('en', {
    style: 'long',
    type: 'conjunction',
  }));

/** "New York Sun", "BBN and Time News": short outlet names in a phrase. */
export function outletList(
  ids: readonly string[],
  sources: Readonly<Record<string, Source>>,
): string {
  return list().format([
    ...new Set(ids.map((id) => shortOutlet(sources[id], id))),
  ]);
}

export interface ClaimSides {
  /** The claims of the sources that gave the page's answer. */
  same: Claim[];
  /** The claims of the other sources. */
  others: Claim[];
  /** "Same answer as New York Sun. Differs from BBN and Time News (Sunday afternoon)." */
  line: string;
}

/**
 * The comparison's claims split by whether their source is among `agrees`
 * (the sources whose answer the page gives), and a line saying so. For a
 * comparison whose sources do not contradict each other, the others are
 * said to add, not to differ.
 */
export function claimSides(
  comparison: Comparison,
  sources: Readonly<Record<string, Source>>,
  agrees: readonly string[],
): ClaimSides {
  const same = comparison.claims.filter((c) => agrees.includes(c.source));
  const others = comparison.claims.filter((c) => !agrees.includes(c.source));
  const parts: string[] = [];
  if (same.length > 0)
    parts.push(
      `Same answer as ${outletList(
        same.map((c) => c.source),
        sources,
      )}.`,
    );
  if (others.length > 0) {
    const groups = answerGroups({ ...comparison, claims: others }, sources);
    const said = list().format(
      groups.map((g) => `${list().format(g.outlets)} (${g.answer})`),
    );
    parts.push(
      comparison.verdict === 'differ'
        ? `Differs from ${said}.`
        : `The other sources add: ${said}.`,
    );
  }
  return { same, others, line: parts.join(' ') };
}
