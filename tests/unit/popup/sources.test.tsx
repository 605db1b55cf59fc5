import {
  cleanup,
  fireEvent,
  render,
  screen,
  within,
} from '@testing-library/preact';
import { useState } from 'preact/hooks';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NO_ADDRESS } from '../../../components/format';
import { Sources } from '../../../entrypoints/popup/views/Sources';
import { factCountsBySource, factsBySource } from '../../../knowledge/query';

afterEach(cleanup);

function Harness({ onOpen }: { onOpen: (id: string) => void }) {
  const [selected, setSelected] = useState<string>();
  return (
    <Sources
      knowledge={knowledge}
      selected={selected}
      onSelect={setSelected}
      onOpen={onOpen}
    />
  );
}

describe('Sources', () => {
  test('lists the four articles with outlet, title, byline, date and fact count', () => {
    const { container } = render(<Harness onOpen={() => undefined} />);
    const counts = factCountsBySource(knowledge);
    const cards = [...container.querySelectorAll('.sl-source')];
    expect(cards).toHaveLength(4);
    knowledge.sources.forEach((source, i) => {
      const card = cards[i]!;
      expect(card.textContent).toContain(source.outlet);
      expect(card.textContent).toContain(source.title);
      expect(card.textContent).toContain(source.byline);
      expect(card.querySelector('time')?.getAttribute('datetime')).toBe(
        source.published,
      );
      expect(card.querySelector('.sl-source-count')?.textContent).toBe(
        `${counts[source.id]} facts`,
      );
      expect(counts[source.id]).toBeGreaterThan(0);
    });
  });

  test('choosing a source lists what it contributes', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const npr = knowledge.sources.find((s) => s.id === 'npr-2019')!;
    fireEvent.click(screen.getByRole('button', { name: npr.title }));
    expect(
      screen.getByRole('heading', { level: 2, name: npr.title }),
    ).toBeTruthy();
    const facts = factsBySource(knowledge, 'npr-2019');
    const region = screen.getByRole('region', { name: 'Facts it supports' });
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe(
      `Supports ${facts.length} facts`,
    );
    for (const { fact } of facts)
      expect(within(region).getByText(fact.text)).toBeTruthy();
    // Every quote shown is one NPR is cited for.
    const quotes = [...region.querySelectorAll('q')].map((q) => q.textContent);
    const nprQuotes = new Set(
      facts.flatMap(({ fact }) =>
        fact.citations
          .filter((c) => c.source === 'npr-2019')
          .map((c) => c.quote),
      ),
    );
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => nprQuotes.has(q ?? ''))).toBe(true);

    fireEvent.click(
      within(region).getByRole('button', { name: '2019 Vladivostok summit' }),
    );
    expect(onOpen).toHaveBeenCalledWith('summit-2019-vladivostok');

    fireEvent.click(screen.getByRole('button', { name: /All sources/ }));
    expect(screen.getAllByRole('button', { name: npr.title })).toHaveLength(1);
  });

  test('each article links to its address in a new tab, or says it has none', () => {
    const { container } = render(<Harness onOpen={() => undefined} />);
    const cards = [...container.querySelectorAll('.sl-source')];
    knowledge.sources.forEach((source, i) => {
      const link = cards[i]!.querySelector('a');
      if (source.url) {
        expect(link?.getAttribute('href')).toBe(source.url);
        expect(link?.getAttribute('target')).toBe('_blank');
        expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
      } else {
        expect(link).toBeNull();
        expect(cards[i]!.textContent).toContain('No public address found');
      }
    });
    expect(knowledge.sources.some((s) => s.url)).toBe(true);
  });

  test('a source shows whom it relays and how firmly, beside each quote', () => {
    render(<Harness onOpen={() => undefined} />);
    const nysun = knowledge.sources.find((s) => s.id === 'nysun-2023')!;
    fireEvent.click(screen.getByRole('button', { name: nysun.title }));
    expect(screen.getByText(NO_ADDRESS)).toBeTruthy();
    const region = screen.getByRole('region', { name: 'Facts it supports' });
    expect(region.textContent).toContain('The New York Sun, citing analysts');
    const answers = screen.getByRole('region', {
      name: 'Its answers in comparisons',
    });
    expect(answers.textContent).toContain(
      'The New York Sun, citing Chosun Ilbo, citing unnamed South Korean government sources',
    );
  });
});
