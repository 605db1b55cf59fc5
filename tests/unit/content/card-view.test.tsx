import {
  cleanup,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { createRef } from 'preact';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { leadDisagreement, leadFacts } from '../../../components/card-lead';
import { disagreementText } from '../../../components/comparison-line';
import {
  CardView,
  type CardContent,
} from '../../../entrypoints/content/card-view';
import { entryData } from '../../../knowledge/query';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const kim = entryData(knowledge, 'kim-jong-un')!;

function renderCard(content: Partial<CardContent> = {}) {
  const handlers = {
    onClose: vi.fn(),
    onSelectRelated: vi.fn(),
    onOpenEntry: vi.fn(),
    onBack: vi.fn(),
  };
  const cardRef = createRef<HTMLDivElement>();
  const view = render(
    <CardView
      name="Kim Jong Un"
      entry={kim}
      why={{ alias: 'Kim', licensedBy: 'Kim Jong Un' }}
      shortcut="Alt+Shift+M"
      pageUrl="https://news.example/a"
      {...content}
      {...handlers}
      cardRef={cardRef}
    />,
  );
  return { ...view, ...handlers, cardRef };
}

describe('the card', () => {
  test('a dialog named after the entity, leading with two facts and one disagreement', () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: 'Kim Jong Un' });
    expect(
      within(dialog).getByRole('heading', { level: 2, name: 'Kim Jong Un' }),
    ).toBeTruthy();
    expect(within(dialog).getByText('Person')).toBeTruthy();
    const facts = within(
      within(dialog).getByRole('region', { name: 'Key facts' }),
    ).getAllByRole('listitem');
    expect(facts.map((li) => li.firstChild?.textContent)).toEqual(
      leadFacts(kim).map((f) => f.text),
    );
    const lead = leadDisagreement(kim)!;
    // happy-dom lays spans out as blocks, so the computed name has a space
    // where each span ends; the text is what a reader sees.
    const line = within(dialog).getByRole('button', {
      name: (name) =>
        name.replace(/ ([:;])/g, '$1') === disagreementText(lead, kim.sources),
    });
    expect(line.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(line);
    expect(line.getAttribute('aria-expanded')).toBe('true');
    expect(within(dialog).getAllByRole('row')).toHaveLength(
      lead.claims.length + 1,
    );
  });

  test('"More" unfolds the other facts, comparisons and related entries in place', () => {
    const { onSelectRelated, onOpenEntry } = renderCard();
    const more = screen.getByRole('button', { name: /^More: / });
    expect(more.textContent).toBe(
      `More: ${kim.entity.facts.length - 2} facts · ${kim.comparisons.length - 1} comparisons · ${kim.related.length} related`,
    );
    expect(screen.queryByRole('region', { name: 'More facts' })).toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const moreFacts = screen.getByRole('region', { name: 'More facts' });
    expect(within(moreFacts).getAllByRole('listitem')).toHaveLength(
      kim.entity.facts.length - 2,
    );
    const compared = screen.getByRole('region', {
      name: 'How the sources compare',
    });
    expect(compared.querySelectorAll('.sl-comparison')).toHaveLength(
      kim.comparisons.length - 1,
    );
    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(within(related).getAllByRole('button')[0]!);
    expect(onSelectRelated).toHaveBeenCalledWith(kim.related[0]!.id);
    fireEvent.click(screen.getByRole('button', { name: 'Full entry' }));
    expect(onOpenEntry).toHaveBeenCalledWith('kim-jong-un');
  });

  test('a related entry gets a Back button, and no "Why marked?"', () => {
    const { onBack } = renderCard({
      name: 'Pyongyang',
      entry: entryData(knowledge, 'pyongyang'),
      why: undefined,
      back: 'Kim Jong Un',
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Back to Kim Jong Un' }),
    );
    expect(onBack).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Why marked?' })).toBeNull();
  });

  test('"Why marked?" gives the alias and the full name that licensed it', () => {
    renderCard();
    const why = screen.getByRole('button', { name: 'Why marked?' });
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    // <q> adds the quotation marks.
    expect([...panel.querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'Kim',
      'Kim Jong Un',
    ]);
    expect(panel.textContent).toContain(
      'The page says Kim, a short form of Kim Jong Un.',
    );
    expect(panel.textContent).toContain(
      'only where the page also gives the full name, as it does here: Kim Jong Un.',
    );
    fireEvent.click(why);
    expect(document.getElementById(panel.id)).toBeNull();
  });

  test('"Why marked?" for a full name or another name of the entity', () => {
    renderCard({ why: { alias: 'Kim Jong-un' } });
    fireEvent.click(screen.getByRole('button', { name: 'Why marked?' }));
    expect(screen.getByText(/^The page says/).textContent).toBe(
      'The page says Kim Jong-un, the name of this entry.',
    );
    cleanup();
    renderCard({ why: { alias: 'Chairman Kim' } });
    fireEvent.click(screen.getByRole('button', { name: 'Why marked?' }));
    expect(screen.getByText(/^The page says/).textContent).toBe(
      'The page says Chairman Kim, another name for Kim Jong Un.',
    );
  });

  test('the footer shows the next-mention shortcut, or nothing when none is set', () => {
    renderCard();
    expect(screen.getByText('Alt+Shift+M').localName).toBe('kbd');
    cleanup();
    renderCard({ shortcut: undefined });
    expect(screen.queryByText(/^Next/)).toBeNull();
  });

  test('"Report a problem" copies a plain-text report and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    const fact = kim.entity.facts[3]!;
    fireEvent.change(screen.getByLabelText('Which fact is wrong?'), {
      target: { value: '3' },
    });
    fireEvent.input(screen.getByLabelText('What is wrong?'), {
      target: { value: 'Wrong trip count.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toContain('Entry: Kim Jong Un (kim-jong-un)');
    expect(text).toContain(`Fact: ${fact.text}`);
    expect(text).toContain('Page: https://news.example/a');
    expect(text).toContain('Note: Wrong trip count.');
    await screen.findByText(/Copied to the clipboard/);
  });

  test('Tab from the last control goes to the first, Shift+Tab back round', () => {
    const { cardRef } = renderCard();
    const card = cardRef.current!;
    const buttons = [...card.querySelectorAll('button')];
    const first = buttons[0]!;
    const last = buttons[buttons.length - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    card.focus();
    fireEvent.keyDown(card, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  test('Close calls its handler; while loading only the name shows', () => {
    const { onClose } = renderCard({ entry: undefined });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Kim Jong Un' }),
    ).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: 'Report a problem' }),
    ).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
