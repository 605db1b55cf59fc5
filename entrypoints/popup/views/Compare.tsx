import { ComparisonTable } from '../../../components/ComparisonTable';
import { EntityLinks } from '../../../components/EntityLinks';
import { sortComparisons } from '../../../knowledge/query';
import {
  verdicts,
  type Comparison,
  type Knowledge,
  type Verdict,
} from '../../../knowledge/schema';
import { namedEntities, sourceIndex } from '../lookup';

interface Props {
  knowledge: Knowledge;
  onOpen(id: string): void;
}

const COUNT_LABELS: Record<Verdict, string> = {
  differ: 'differ',
  complement: 'complement each other',
  agree: 'agree',
};

/** How many comparisons have each verdict. */
export function verdictCounts(
  comparisons: readonly Comparison[],
): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    differ: 0,
    complement: 0,
    agree: 0,
  };
  for (const c of comparisons) counts[c.verdict] += 1;
  return counts;
}

/** Every comparison, disagreements first, as source × answer tables. */
export function Compare({ knowledge, onOpen }: Props) {
  const comparisons = sortComparisons(knowledge.comparisons);
  const sources = sourceIndex(knowledge);
  const counts = verdictCounts(comparisons);
  return (
    <div class="sl-compare">
      <p class="sl-lead">
        How the articles answer the same questions, disagreements first.
      </p>
      <ul class="sl-verdict-counts" aria-label="Questions by verdict">
        {verdicts.map((v) => (
          <li key={v} class={`sl-verdict-count-${v}`}>
            {counts[v]} {COUNT_LABELS[v]}
          </li>
        ))}
      </ul>
      {comparisons.map((c) => (
        <ComparisonTable key={c.id} comparison={c} sources={sources} level={3}>
          <div class="sl-about">
            <span class="sl-about-label">About </span>
            <EntityLinks
              entities={namedEntities(knowledge, c.about)}
              onSelect={onOpen}
              label={`Entries this question is about`}
            />
          </div>
        </ComparisonTable>
      ))}
    </div>
  );
}
