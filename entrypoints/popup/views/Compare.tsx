import { useState } from 'preact/hooks';
import { ComparisonItem } from '../../../components/ComparisonItem';
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

/** "1 question", "6 questions". */
function questionsLabel(count: number): string {
  return `${count} ${count === 1 ? 'question' : 'questions'}`;
}

/**
 * Every comparison, disagreements first, each collapsed to its question,
 * verdict and one line until pressed; the verdict pills filter them.
 */
export function Compare({ knowledge, onOpen }: Props) {
  const [filter, setFilter] = useState<Verdict>();
  const comparisons = sortComparisons(knowledge.comparisons);
  const shown = filter
    ? comparisons.filter((c) => c.verdict === filter)
    : comparisons;
  const sources = sourceIndex(knowledge);
  const counts = verdictCounts(comparisons);
  const options: { value: Verdict | undefined; label: string }[] = [
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
      <fieldset class="sl-filter sl-verdict-filter">
        <legend>Show</legend>
        {options.map((o) => (
          <label key={o.label} class={`sl-pill sl-pill-${o.value ?? 'all'}`}>
            <input
              type="radio"
              name="sl-verdict"
              checked={filter === o.value}
              onChange={() => setFilter(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <p class="sl-result-count" role="status">
        {filter
          ? `${questionsLabel(shown.length)} where the sources ${FILTER_LABELS[filter]}`
          : questionsLabel(shown.length)}
      </p>
      {shown.map((c) => (
        <ComparisonItem key={c.id} comparison={c} sources={sources} level={3}>
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
