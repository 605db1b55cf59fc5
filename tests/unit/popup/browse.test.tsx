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
import { Browse } from '../../../entrypoints/popup/views/Browse';
import type { EntityKind } from '../../../knowledge/schema';

afterEach(cleanup);

/** Browse with its state held, as the App holds it. */
function Harness({
  onOpen = () => undefined,
}: {
  onOpen?: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntityKind>();
  return (
    <Browse
      knowledge={knowledge}
      query={query}
      kind={kind}
      onQuery={setQuery}
      onKind={setKind}
      onOpen={onOpen}
    />
  );
}

function resultNames(): string[] {
  const list = screen.queryByRole('list', { name: 'Entries' });
  if (!list) return [];
  return within(list)
    .getAllByRole('button')
    .map((b) => b.querySelector('.sl-item-name')?.textContent ?? '');
}

function search(text: string) {
  fireEvent.input(screen.getByLabelText('Search entries'), {
    target: { value: text },
  });
}

describe('Browse', () => {
  test('lists every entry before a search', () => {
    render(<Harness />);
    expect(resultNames()).toHaveLength(knowledge.entities.length);
    expect(screen.getByRole('status').textContent).toBe(
      `${knowledge.entities.length} entries`,
    );
  });

  test.each([
    ['Shoigu', 'Sergei Shoigu'],
    ['Khassan', 'Khasan'],
    ['Choe Sun Hui', 'Choe Son Hui'],
    ['choe-sun-hui', 'Choe Son Hui'],
  ])('a search for %j finds %s first', (query, name) => {
    render(<Harness />);
    search(query);
    const names = resultNames();
    expect(names[0]).toBe(name);
    expect(names.length).toBeLessThan(knowledge.entities.length);
  });

  test('a search matches fact text, not only names', () => {
    render(<Harness />);
    search('Wagner');
    expect(resultNames()).toContain('Wagner Group');
    search('ammunition');
    expect(resultNames()).toContain('Artillery shells');
  });

  test('a nonsense query says no entries match', () => {
    render(<Harness />);
    search('zzqxv');
    expect(resultNames()).toEqual([]);
    expect(screen.getByRole('status').textContent).toMatch(
      /No entries match “zzqxv”/,
    );
  });

  test('the kind filter keeps only that kind', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('radio', { name: 'Places' }));
    const places = knowledge.entities.filter((e) => e.kind === 'place');
    expect(resultNames().sort()).toEqual(places.map((e) => e.name).sort());
    // Combined with a search.
    search('Kim');
    expect(resultNames()).not.toContain('Kim Jong Un');
    fireEvent.click(screen.getByRole('radio', { name: 'People' }));
    expect(resultNames()[0]).toBe('Kim Jong Un');
    fireEvent.click(screen.getByRole('radio', { name: 'All' }));
    expect(resultNames()).toContain("Kim's armored train");
  });

  test('a filter with a query and no match names the kind', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('radio', { name: 'Events' }));
    search('Shoigu');
    expect(screen.getByRole('status').textContent).toBe(
      'No entries match “Shoigu” among events.',
    );
  });

  test('choosing an entry opens it', () => {
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    search('Shoigu');
    fireEvent.click(screen.getByRole('button', { name: /^Sergei Shoigu/ }));
    expect(onOpen).toHaveBeenCalledWith('sergei-shoigu');
  });
});
