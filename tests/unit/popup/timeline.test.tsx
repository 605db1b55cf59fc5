import {
  cleanup,
  fireEvent,
  render,
  screen,
  within,
} from '@testing-library/preact';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { groupByYear, Timeline } from '../../../components/Timeline';
import { TimelineView } from '../../../entrypoints/popup/views/TimelineView';

afterEach(cleanup);

describe('Timeline', () => {
  test('shows every dated event in date order', () => {
    const { container } = render(
      <TimelineView knowledge={knowledge} onOpen={() => undefined} />,
    );
    const dates = [...container.querySelectorAll('li time')].map(
      (t) => t.getAttribute('datetime') ?? '',
    );
    expect(dates).toHaveLength(knowledge.timeline.length);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(knowledge.timeline.map((e) => e.date));
    const titles = [...container.querySelectorAll('.sl-timeline-title')].map(
      (t) => t.textContent,
    );
    expect(titles).toEqual(knowledge.timeline.map((e) => e.title));
  });

  test('covers the 2019 and 2023 meetings, grouped by year', () => {
    render(<TimelineView knowledge={knowledge} onOpen={() => undefined} />);
    const years = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(years).toContain('2019');
    expect(years).toContain('2023');
    expect(years).toEqual(groupByYear(knowledge.timeline).map((g) => g.year));
  });

  test('events name their entities and cite their sources', () => {
    const onOpen = vi.fn();
    render(<TimelineView knowledge={knowledge} onOpen={onOpen} />);
    const event = knowledge.timeline.find((e) =>
      e.title.startsWith('First Kim–Putin summit'),
    )!;
    const item = screen.getByText(event.title).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Vladivostok' }));
    expect(onOpen).toHaveBeenCalledWith('vladivostok');
    const quote = event.citations[0]!.quote;
    expect(within(item).queryByText(quote)).toBeNull();
    // NPR's chip, marked "expected".
    fireEvent.click(
      within(item).getByRole('button', {
        name: /^NPR, \d+ \w+ \d{4} ?expected$/,
      }),
    );
    expect(within(item).getByText(quote)).toBeTruthy();
  });

  test('one chip per source, holding all its quotes', () => {
    const sources = Object.fromEntries(knowledge.sources.map((s) => [s.id, s]));
    render(
      <Timeline
        events={[
          {
            date: '2019-04-25',
            title: 'A test event',
            entities: ['khasan', 'not-an-entity'],
            citations: [
              { source: 'npr-2019', quote: 'first quote' },
              { source: 'npr-2019', quote: 'second quote' },
              { source: 'bbn-2023', quote: 'third quote' },
            ],
          },
        ]}
        sources={sources}
        entityName={(id) => (id === 'khasan' ? 'Khasan' : undefined)}
      />,
    );
    const chips = screen.getAllByRole('button', { name: /\d{4}$/ });
    expect(chips).toHaveLength(2);
    fireEvent.click(chips[0]!);
    expect(screen.getByText('first quote')).toBeTruthy();
    expect(screen.getByText('second quote')).toBeTruthy();
    expect(screen.queryByText('third quote')).toBeNull();
    // Without a handler, names are text, and unknown ids are left out.
    expect(screen.getByText('Khasan').tagName).toBe('LI');
    expect(screen.queryByText('not-an-entity')).toBeNull();
  });
});
