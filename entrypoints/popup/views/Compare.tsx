import { useState } from 'preact/hooks';
import { ComparisonList } from '../../../components/ComparisonList';
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
import { ResultFilter, type FilterChoices } from './ResultFilter';

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

/** How many questions are shown, and the verdict chosen if there is one. */
function questionStatus(count: number, verdict: Verdict | undefined): string {
  const questions = countLabel(count, 'question');
  return verdict
    ? `${questions} where the sources ${FILTER_LABELS[verdict]}`
    : questions;
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
  const choices: FilterChoices<Verdict> = {
    legend: 'Show',
    allLabel: `All ${comparisons.length}`,
    values: verdicts,
    labelOf: (verdict) => `${counts[verdict]} ${FILTER_LABELS[verdict]}`,
    class: 'sl-verdict-filter',
  };
  return (
    <div class="sl-compare">
      <h2 class="sl-visually-hidden">Compare the sources</h2>
      <p class="sl-lead">
        How the articles answer the same questions, disagreements first. Choose
        a question to see each answer and its quote.
      </p>
      <ResultFilter
        choices={choices}
        selected={filter}
        onSelect={setFilter}
        status={questionStatus(shown.length, filter)}
      />
      <ComparisonList
        comparisons={shown}
        sources={sources}
        level={3}
        opened={opened}
        details={(c) => (
          <div class="sl-about">
            <span class="sl-about-label">About </span>
            <EntityLinks
              entities={namedEntities(knowledge, c.about)}
              onSelect={onOpen}
              label="Entries this question is about"
            />
          </div>
        )}
      />
    </div>
  );
}
