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
import { COVERED_MEETINGS } from '../../../components/MeetingNotice';
import {
  CardView,
  type AnyCardContent,
  type CardContent,
  type ClaimCardContent,
} from '../../../entrypoints/content/card-view';
import { comparisonData, entryData } from '../../../knowledge/query';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const kim = entryData(knowledge, 'kim-jong-un')!;

const entityContent: CardContent = {
  name: 'Kim Jong Un',
  entry: kim,
  why: { alias: 'Kim', licensedBy: 'Kim Jong Un' },
  shortcut: 'Alt+Shift+M',
  pageUrl: 'https://news.example/a',
};

function show(content: AnyCardContent) {
  const handlers = {
    onClose: vi.fn(),
    onSelectRelated: vi.fn(),
    onOpenEntry: vi.fn(),
    onBack: vi.fn(),
  };
  const cardRef = createRef<HTMLDivElement>();
  const view = render(
    <CardView {...content} {...handlers} cardRef={cardRef} />,
  );
  return { ...view, ...handlers, cardRef };
}

function renderCard(content: Partial<CardContent> = {}) {
  return show({ ...entityContent, ...content });
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

const putin = entryData(knowledge, 'vladimir-putin')!;
const pyongyang2024 = knowledge.meetings.find((m) => !m.covered)!;
const vostochny = knowledge.meetings.find(
  (m) => m.id === 'summit-2023-vostochny',
)!;
const noticeOf = (label: string) =>
  `This article is about ${label}. Summit Lens's sources cover the April 2019 and September 2023 meetings.`;

describe('the card and the meeting the page reports', () => {
  test('the root says which meeting, and whether the sources cover it', () => {
    const { cardRef } = renderCard({ meeting: vostochny });
    expect(cardRef.current!.dataset).toMatchObject({
      meeting: 'summit-2023-vostochny',
      covered: 'true',
    });
    cleanup();
    const unknown = renderCard({
      meeting: { id: 'unknown', covered: false, label: 'not clear' },
    });
    expect(unknown.cardRef.current!.dataset).toMatchObject({
      meeting: 'unknown',
      covered: 'false',
    });
    expect(document.querySelector('.sl-meeting-notice')).toBeNull();
    cleanup();
    const undecided = renderCard();
    expect(undecided.cardRef.current!.dataset).toMatchObject({
      meeting: 'unknown',
      covered: 'false',
    });
  });

  test('a covered meeting leads with its facts, with no notice and no dates', () => {
    const { cardRef } = renderCard({
      name: 'Vladimir Putin',
      entry: putin,
      meeting: vostochny,
    });
    const facts = within(
      screen.getByRole('region', { name: 'Key facts' }),
    ).getAllByRole('listitem');
    expect(facts.map((li) => li.firstChild?.textContent)).toEqual(
      leadFacts(putin, { meeting: vostochny.id }).map((f) => f.text),
    );
    expect(putin.entity.facts[0]!.meeting).not.toBe(vostochny.id);
    expect(facts[0]!.firstChild?.textContent).toBe(
      putin.entity.facts.find((f) => f.meeting === vostochny.id)!.text,
    );
    expect(cardRef.current!.querySelector('.sl-meeting-notice')).toBeNull();
    expect(cardRef.current!.querySelector('.sl-fact-date')).toBeNull();
  });

  test('on a page about a meeting the sources do not cover, every card starts with one line saying so, and facts show their dates', () => {
    const { cardRef } = renderCard({
      name: 'Vladimir Putin',
      entry: putin,
      meeting: pyongyang2024,
    });
    const card = cardRef.current!;
    expect(card.dataset).toMatchObject({
      meeting: pyongyang2024.id,
      covered: 'false',
    });
    const body = card.querySelector('.sl-card-body')!;
    const notices = body.querySelectorAll('.sl-meeting-notice');
    expect(notices).toHaveLength(1);
    expect(body.firstElementChild).toBe(notices[0]);
    expect(notices[0]!.textContent).toBe(noticeOf(pyongyang2024.label));
    const facts = within(
      screen.getByRole('region', { name: 'Key facts' }),
    ).getAllByRole('listitem');
    expect(
      facts.map((li) => li.querySelector('.sl-fact-date')?.textContent),
    ).toEqual(
      leadFacts(putin).map((f) =>
        f.meeting === 'summit-2019-vladivostok' ? 'Apr 2019' : 'Sep 2023',
      ),
    );
    // A claim card on that page starts with the same line.
    cleanup();
    const claim = show({ ...trainClaim(), meeting: pyongyang2024 });
    expect(
      claim.cardRef.current!.querySelector('.sl-card-body')!.firstElementChild
        ?.textContent,
    ).toBe(noticeOf(pyongyang2024.label));
  });

  test('the notice names the meetings the knowledge covers', () => {
    const months = knowledge.meetings
      .filter((m) => m.covered)
      .map((m) =>
        new Date(m.dates.start).toLocaleString('en', {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
    expect(COVERED_MEETINGS).toBe(`the ${months.join(' and ')} meetings`);
  });
});

const train = comparisonData(knowledge, 'train-departure-time')!;

function trainClaim(parts: Partial<ClaimCardContent> = {}): ClaimCardContent {
  return {
    kind: 'claim',
    comparison: 'train-departure-time',
    data: train,
    answer: 'On Sunday evening',
    answers: ['sunday-evening'],
    agrees: ['nysun-2023'],
    signal: 'left Pyongyang on Sunday evening',
    shortcut: 'Alt+Shift+M',
    pageUrl: 'https://news.example/train',
    meeting: vostochny,
    ...parts,
  };
}

describe('the claim card', () => {
  test('holds the comparison, with the ids of the sources that agree', () => {
    const { cardRef } = show(trainClaim());
    const card = cardRef.current!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.dataset).toMatchObject({
      meeting: 'summit-2023-vostochny',
      covered: 'true',
    });
    const marked = card.querySelectorAll('[data-comparison]');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.getAttribute('data-comparison')).toBe(
      'train-departure-time',
    );
    expect(marked[0]!.getAttribute('data-agrees')).toBe('nysun-2023');
    cleanup();
    const two = show(
      trainClaim({
        answer: 'On Sunday afternoon',
        answers: ['sunday-afternoon'],
        agrees: ['bbn-2023', 'timenews-2023'],
      }),
    );
    expect(
      two.cardRef
        .current!.querySelector('[data-comparison="train-departure-time"]')!
        .getAttribute('data-agrees'),
    ).toBe('bbn-2023 timenews-2023');
  });

  test('asks the question, gives the article’s answer, and who agrees and who does not', () => {
    show(trainClaim());
    const dialog = screen.getByRole('dialog', {
      name: train.comparison.question,
    });
    expect(
      within(dialog).getByRole('heading', {
        level: 2,
        name: train.comparison.question,
      }),
    ).toBeTruthy();
    expect(dialog.querySelector('.sl-page-answer')!.textContent).toBe(
      'This article: On Sunday evening',
    );
    expect(dialog.querySelector('.sl-claim-line')!.textContent).toBe(
      'Same answer as New York Sun. Differs from BBN and Time News (Sunday afternoon).',
    );
    const same = within(dialog).getByRole('region', {
      name: 'Same answer as this article',
    });
    const sameRows = within(same).getAllByRole('row').slice(1);
    expect(sameRows.map((r) => r.querySelector('th')!.textContent)).toEqual([
      expect.stringMatching(/^The New York Sun/),
    ]);
    const nysun = train.comparison.claims.find(
      (c) => c.source === 'nysun-2023',
    )!;
    expect(same.querySelector('q')!.textContent).toBe(nysun.quote);
    const others = within(dialog).getByRole('region', {
      name: 'Another answer',
    });
    expect(
      within(others)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('th')!.textContent),
    ).toEqual([
      expect.stringMatching(/^BBN/),
      expect.stringMatching(/^Time News/),
    ]);
    expect(dialog.querySelectorAll('.sl-note')).toHaveLength(1);
    expect(dialog.querySelector('.sl-note')!.textContent).toBe(
      train.comparison.note,
    );
  });

  test('an attributed claim keeps whom its source relays and how firmly', () => {
    const venue = comparisonData(knowledge, 'expected-venue-2023')!;
    show(
      trainClaim({
        comparison: venue.comparison.id,
        data: venue,
        answer: 'At the Vostochny Cosmodrome',
        answers: ['vostochny'],
        agrees: ['bbn-2023'],
      }),
    );
    const same = screen.getByRole('region', {
      name: 'Same answer as this article',
    });
    const bbn = venue.comparison.claims.find((c) => c.source === 'bbn-2023')!;
    expect(bbn.certainty ?? bbn.via).toBeTruthy();
    expect(same.querySelector('.sl-attribution')).not.toBeNull();
  });

  test('while the comparison loads, the contract and the answer are there already', () => {
    const { cardRef } = show(trainClaim({ data: undefined }));
    const card = cardRef.current!;
    expect(card.getAttribute('aria-label')).toBe('What this article says');
    expect(
      card
        .querySelector('[data-comparison="train-departure-time"]')!
        .getAttribute('data-agrees'),
    ).toBe('nysun-2023');
    expect(card.querySelector('.sl-page-answer')!.textContent).toBe(
      'This article: On Sunday evening',
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(
      screen.queryByRole('button', { name: 'Report a problem' }),
    ).toBeNull();
  });

  test('"Why marked?" gives the words that stated the answer', () => {
    show(trainClaim());
    const why = screen.getByRole('button', { name: 'Why marked?' });
    fireEvent.click(why);
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel.querySelector('q')!.textContent).toBe(
      'left Pyongyang on Sunday evening',
    );
    expect(panel.textContent).toContain(
      'which answers when the train left Pyongyang: On Sunday evening.',
    );
    cleanup();
    show(trainClaim({ signal: undefined }));
    fireEvent.click(screen.getByRole('button', { name: 'Why marked?' }));
    expect(
      screen.getByText(/^The sentence names when the train left Pyongyang/),
    ).toBeTruthy();
  });

  test('"Report a problem" reports the comparison and the answer found', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    show(trainClaim());
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    fireEvent.change(screen.getByLabelText('Which statement is wrong?'), {
      target: { value: '0' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toContain(
      `Comparison: ${train.comparison.question} (train-departure-time)`,
    );
    expect(text).toContain(
      'Statement: This article’s answer: On Sunday evening',
    );
    expect(text).toContain('Answer found on the page: On Sunday evening');
    expect(text).toContain('Page: https://news.example/train');
  });

  test('a comparison that failed to load can be asked for again', () => {
    const failed = vi.fn();
    show(trainClaim({ data: undefined, failed }));
    expect(screen.getByRole('alert').textContent).toContain(
      'could not load this comparison',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(failed).toHaveBeenCalled();
  });
});
