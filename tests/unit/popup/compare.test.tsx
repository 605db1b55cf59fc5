import {
  cleanup,
  fireEvent,
  render,
  screen,
  within,
} from '@testing-library/preact';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  Compare,
  verdictCounts,
} from '../../../entrypoints/popup/views/Compare';
import { sortComparisons } from '../../../knowledge/query';
import { verdicts } from '../../../knowledge/schema';

afterEach(cleanup);

describe('Compare', () => {
  test('shows every comparison, disagreements first', () => {
    const { container } = render(
      <Compare knowledge={knowledge} onOpen={() => undefined} />,
    );
    const sections = [...container.querySelectorAll('.sl-comparison')];
    expect(sections).toHaveLength(knowledge.comparisons.length);
    const order = sections.map((s) =>
      verdicts.findIndex((v) => s.classList.contains(`sl-verdict-${v}`)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(0);
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual(
      sortComparisons(knowledge.comparisons).map((c) => c.question),
    );
  });

  test('one row per source with its answer and quote', () => {
    render(<Compare knowledge={knowledge} onOpen={() => undefined} />);
    for (const comparison of knowledge.comparisons) {
      const section = screen.getByRole('region', { name: comparison.question });
      const rows = within(within(section).getByRole('table')).getAllByRole(
        'row',
      );
      // The header row, then one per claim.
      expect(rows).toHaveLength(comparison.claims.length + 1);
      comparison.claims.forEach((claim, i) => {
        const row = rows[i + 1]!;
        const outlet = knowledge.sources.find(
          (s) => s.id === claim.source,
        )!.outlet;
        expect(within(row).getByRole('rowheader').textContent).toContain(
          outlet,
        );
        expect(row.textContent).toContain(claim.answer);
        expect(row.querySelector('q')?.textContent).toBe(claim.quote);
      });
    }
  });

  test('counts the verdicts', () => {
    const counts = verdictCounts(knowledge.comparisons);
    render(<Compare knowledge={knowledge} onOpen={() => undefined} />);
    const summary = screen.getByRole('list', { name: 'Questions by verdict' });
    expect(summary.textContent).toContain(`${counts.differ} differ`);
    expect(counts.differ + counts.complement + counts.agree).toBe(
      knowledge.comparisons.length,
    );
  });

  test('the entries a question is about open on choice', () => {
    const onOpen = vi.fn();
    render(<Compare knowledge={knowledge} onOpen={onOpen} />);
    const first = sortComparisons(knowledge.comparisons)[0]!;
    const section = screen.getByRole('region', { name: first.question });
    const about = knowledge.entities.find((e) => e.id === first.about[0])!;
    fireEvent.click(within(section).getByRole('button', { name: about.name }));
    expect(onOpen).toHaveBeenCalledWith(about.id);
  });
});
