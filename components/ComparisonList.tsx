import type { ComponentChildren } from 'preact';
import type { Comparison, Source } from '../knowledge/schema';
import { ComparisonItem } from './ComparisonItem';

interface Props {
  comparisons: readonly Comparison[];
  sources: Readonly<Record<string, Source>>;
  /** Heading level for each question. */
  level: 3 | 4;
  /** The id of the comparison that starts expanded, with the focus on it. */
  opened?: string;
  /** What a comparison shows when expanded, after its claims. */
  details?: (comparison: Comparison) => ComponentChildren;
}

/** Comparisons one after another, each collapsed to one line until pressed. */
export function ComparisonList({
  comparisons,
  sources,
  level,
  opened,
  details,
}: Props) {
  return (
    <>
      {comparisons.map((c) => (
        <ComparisonItem
          key={c.id}
          comparison={c}
          sources={sources}
          level={level}
          initiallyOpen={c.id === opened}
        >
          {details?.(c)}
        </ComparisonItem>
      ))}
    </>
  );
}
