import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  ResultFilter,
  type FilterChoices,
} from '../../../entrypoints/popup/views/ResultFilter';

afterEach(cleanup);

type Colour = 'red' | 'blue';

const choices: FilterChoices<Colour> = {
  legend: 'Colour',
  allLabel: 'Any colour',
  values: ['red', 'blue'],
  labelOf: (colour) => `Only ${colour}`,
  class: 'sl-colour-filter',
};

/** The colour filter with `selected` chosen, saying it shows "3 things". */
function renderFilter(
  selected: Colour | undefined,
  onSelect: (value: Colour | undefined) => void = () => undefined,
  filterChoices: FilterChoices<Colour> = choices,
) {
  return render(
    <ResultFilter
      choices={filterChoices}
      selected={selected}
      onSelect={onSelect}
      status="3 things"
    />,
  );
}

describe('ResultFilter', () => {
  test('offers "all" first, then one pill per value, in a group named by the legend', () => {
    const { container } = renderFilter(undefined);
    const group = screen.getByRole('group', { name: 'Colour' });
    expect(group.classList.contains('sl-filter')).toBe(true);
    expect(group.classList.contains('sl-colour-filter')).toBe(true);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      'Any colour',
      'Only red',
      'Only blue',
    ]);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(
      [...container.querySelectorAll('.sl-pill')].map((p) => p.className),
    ).toEqual([
      'sl-pill sl-pill-all',
      'sl-pill sl-pill-red',
      'sl-pill sl-pill-blue',
    ]);
    expect(screen.getByRole('status').textContent).toBe('3 things');
  });

  test('marks the selected value and reports a choice, undefined for all', () => {
    const onSelect = vi.fn();
    renderFilter('blue', onSelect);
    const blue = screen.getByRole('radio', { name: 'Only blue' });
    expect((blue as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Only red' }));
    expect(onSelect).toHaveBeenLastCalledWith('red');
    fireEvent.click(screen.getByRole('radio', { name: 'Any colour' }));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });

  test('a fieldset without an extra class is classed sl-filter alone', () => {
    renderFilter(undefined, undefined, { ...choices, class: undefined });
    expect(screen.getByRole('group', { name: 'Colour' }).className).toBe(
      'sl-filter',
    );
  });
});
