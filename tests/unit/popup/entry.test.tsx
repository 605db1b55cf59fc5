import {
  cleanup,
  fireEvent,
  render,
  screen,
  within,
} from '@testing-library/preact';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Entry } from '../../../entrypoints/popup/views/Entry';
import { entityById, comparisonsAbout } from '../../../knowledge/query';

afterEach(cleanup);

const shoigu = entityById(knowledge, 'sergei-shoigu')!;

function renderEntry(props: Partial<Parameters<typeof Entry>[0]> = {}): {
  onOpen: ReturnType<typeof vi.fn>;
  onBack: ReturnType<typeof vi.fn>;
} {
  const onOpen = vi.fn();
  const onBack = vi.fn();
  render(
    <Entry
      knowledge={knowledge}
      id="sergei-shoigu"
      mentions={undefined}
      onOpen={onOpen}
      onBack={onBack}
      backLabel="Back to Browse"
      {...props}
    />,
  );
  return { onOpen, onBack };
}

describe('Entry', () => {
  test('shows the name, kind and summary', () => {
    renderEntry();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Sergei Shoigu' }),
    ).toBeTruthy();
    expect(screen.getByText(shoigu.summary)).toBeTruthy();
    expect(screen.getByText('Person')).toBeTruthy();
  });

  test('lists every fact with a chip per source; a chip shows its quote', () => {
    renderEntry();
    const facts = screen.getByRole('region', { name: 'Key facts' });
    const items = within(facts).getAllByRole('listitem');
    expect(items).toHaveLength(shoigu.facts.length);
    const first = shoigu.facts[0]!;
    const citation = first.citations[0]!;
    const outlet = knowledge.sources.find(
      (s) => s.id === citation.source,
    )!.outlet;
    const chip = within(items[0]!).getAllByRole('button', {
      name: new RegExp(`^${outlet}`),
    })[0]!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(within(items[0]!).queryByText(citation.quote)).toBeNull();
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(within(items[0]!).getByText(citation.quote)).toBeTruthy();
    fireEvent.click(chip);
    expect(within(items[0]!).queryByText(citation.quote)).toBeNull();
  });

  test('shows the comparisons about it, disagreements first', () => {
    renderEntry({ id: 'kim-jong-un' });
    const expected = comparisonsAbout(knowledge, 'kim-jong-un');
    const region = screen.getByRole('region', {
      name: 'How the sources compare',
    });
    const questions = within(region)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.querySelector('.sl-question-text')?.textContent);
    expect(questions).toEqual(expected.map((c) => c.question));
    expect(expected[0]!.verdict).toBe('differ');
    // Collapsed until pressed: no table, then the claims in place.
    const first = within(region).getByRole('region', {
      name: expected[0]!.question,
    });
    expect(within(first).queryByRole('table')).toBeNull();
    fireEvent.click(within(first).getByRole('button', { expanded: false }));
    expect(within(first).getAllByRole('row')).toHaveLength(
      expected[0]!.claims.length + 1,
    );
  });

  test('related entries open on choice, and Back goes back', () => {
    const { onOpen, onBack } = renderEntry();
    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(
      within(related).getByRole('button', { name: 'Kim Jong Un' }),
    );
    expect(onOpen).toHaveBeenCalledWith('kim-jong-un');
    fireEvent.click(screen.getByRole('button', { name: /Back to Browse/ }));
    expect(onBack).toHaveBeenCalled();
  });

  test('shows the mentions on the current page and goes to the next one', () => {
    const onShowOnPage = vi.fn();
    renderEntry({ mentions: 2, onShowOnPage });
    expect(screen.getByText('2 mentions on this page.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show next on page' }));
    expect(onShowOnPage).toHaveBeenCalledWith('sergei-shoigu');
  });

  test('an entity absent from the page offers no "show next"', () => {
    renderEntry({ mentions: 0, onShowOnPage: vi.fn() });
    expect(screen.getByText('Not mentioned on this page.')).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: 'Show next on page' }),
    ).toBeNull();
  });

  test('an unknown id says there is no such entry', () => {
    renderEntry({ id: 'nobody-at-all' });
    expect(screen.getByText(/There is no entry/)).toBeTruthy();
  });
});
