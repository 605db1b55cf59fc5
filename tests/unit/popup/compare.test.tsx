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

const sorted = sortComparisons(knowledge.comparisons);

function renderCompare() {
  const onOpen = vi.fn();
  const view = render(<Compare knowledge={knowledge} onOpen={onOpen} />);
  return { ...view, onOpen };
}

/** Expands a comparison by pressing its question. */
function expand(question: string): HTMLElement {
  const section = screen.getByRole('region', { name: question });
  fireEvent.click(within(section).getByRole('button', { expanded: false }));
  return section;
}

describe('Compare', () => {
  test('lists every comparison, disagreements first, each collapsed to question, verdict and one line', () => {
    const { container } = renderCompare();
    const sections = [...container.querySelectorAll('.sl-comparison')];
    expect(sections).toHaveLength(knowledge.comparisons.length);
    const order = sections.map((s) =>
      verdicts.findIndex((v) => s.classList.contains(`sl-verdict-${v}`)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(0);
    expect(
      sections.map((s) => s.querySelector('h3 .sl-question-text')?.textContent),
    ).toEqual(sorted.map((c) => c.question));
    for (const s of sections) {
      expect(s.querySelector('table')).toBeNull();
      expect(s.querySelector('.sl-verdict')?.textContent).toMatch(/^Sources /);
      expect(s.querySelector('.sl-one-line')?.textContent).not.toBe('');
    }
  });

  test('a comparison expands on click: one row per source with its answer and quote', () => {
    renderCompare();
    for (const comparison of knowledge.comparisons) {
      const section = expand(comparison.question);
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
      fireEvent.click(within(section).getByRole('button', { expanded: true }));
      expect(within(section).queryByRole('table')).toBeNull();
    }
  });

  test('the verdict pills filter the questions', () => {
    const counts = verdictCounts(knowledge.comparisons);
    const { container } = renderCompare();
    const pills = screen.getByRole('group', { name: 'Show' });
    expect(counts.differ + counts.complement + counts.agree).toBe(
      knowledge.comparisons.length,
    );
    for (const verdict of verdicts) {
      fireEvent.click(
        within(pills).getByRole('radio', {
          name: new RegExp(`^${counts[verdict]} ${verdict}`),
        }),
      );
      const shown = [...container.querySelectorAll('.sl-comparison')];
      expect(shown).toHaveLength(counts[verdict]);
      expect(
        shown.every((s) => s.classList.contains(`sl-verdict-${verdict}`)),
      ).toBe(true);
      expect(screen.getByRole('status').textContent).toContain(
        String(counts[verdict]),
      );
    }
    fireEvent.click(
      within(pills).getByRole('radio', {
        name: `All ${knowledge.comparisons.length}`,
      }),
    );
    expect(container.querySelectorAll('.sl-comparison')).toHaveLength(
      knowledge.comparisons.length,
    );
  });

  test('the entries a question is about open on choice', () => {
    const { onOpen } = renderCompare();
    const first = sorted[0]!;
    const section = expand(first.question);
    const about = knowledge.entities.find((e) => e.id === first.about[0])!;
    fireEvent.click(within(section).getByRole('button', { name: about.name }));
    expect(onOpen).toHaveBeenCalledWith(about.id);
  });
});
