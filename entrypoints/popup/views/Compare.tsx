import { useState } from 'preact/hooks';
import { ComparisonItem } from '../../../components/ComparisonItem';
import { EntityLinks } from '../../../components/EntityLinks';
import { countLabel } from '../../../components/format';
import {
  namedEntities,
  sortComparisons,
  sourceIndex,
} from '../../../knowledge/query';
import {
  verdicts,
  type Comparison,
  type Knowledge,
  type Verdict,
} from '../../../knowledge/schema';
import { ResultFilter, type Pill } from './ResultFilter';

interface Props {
  knowledge: Knowledge;
  onOpen(id: string): void;
  /** The comparison to show expanded (one a claim on the page led to). */
  opened?: string;
}

const FILTER_LABELS: Record<Verdict, string> = {
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

/**
 * Every comparison, disagreements first, each collapsed to its question,
 * verdict and one line until pressed; the verdict pills filter them.
 */
export function Compare({ knowledge, onOpen, opened }: Props) {
  const [filter, setFilter] = useState<Verdict>();
  const comparisons = sortComparisons(knowledge.comparisons);
  const shown = filter
    ? comparisons.filter((c) => c.verdict === filter)
    : comparisons;
  const sources = sourceIndex(knowledge);
  const counts = verdictCounts(comparisons);
  const options: Pill<Verdict>[] = [
    { value: undefined, label: `All ${comparisons.length}` },
    ...verdicts.map((v) => ({
      value: v,
      label: `${counts[v]} ${FILTER_LABELS[v]}`,
    })),
  ];
  return (
    <div class="sl-compare">
      <h2 class="sl-visually-hidden">Compare the sources</h2>
      <p class="sl-lead">
        How the articles answer the same questions, disagreements first. Choose
        a question to see each answer and its quote.
      </p>
      <ResultFilter
        legend="Show"
        pills={options}
        selected={filter}
        onSelect={setFilter}
        status={
          filter
            ? `${countLabel(shown.length, 'question')} where the sources ${FILTER_LABELS[filter]}`
            : countLabel(shown.length, 'question')
        }
        class="sl-verdict-filter"
      />
      {shown.map((c) => (
        <ComparisonItem
          key={c.id}
          comparison={c}
          sources={sources}
          level={3}
          initiallyOpen={c.id === opened}
        >
          <div class="sl-about">
            <span class="sl-about-label">About </span>
            <EntityLinks
              entities={namedEntities(knowledge, c.about)}
              onSelect={onOpen}
              label="Entries this question is about"
            />
          </div>
        </ComparisonItem>
      ))}
    </div>
  );
}
