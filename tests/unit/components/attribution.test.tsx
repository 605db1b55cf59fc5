import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import knowledge from 'virtual:summit-lens/knowledge';
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimsTable } from '../../../components/ClaimsTable';
import { FactList } from '../../../components/FactList';
import {
  attributionLabel,
  certaintyOf,
  siteOf,
} from '../../../components/format';
import { groupCitations } from '../../../components/SourceChip';
import { Timeline } from '../../../components/Timeline';
import type { Comparison, Fact, Source } from '../../../knowledge/schema';

afterEach(cleanup);

const sun: Source = {
  id: 'sun',
  outlet: 'The New York Sun',
  title: 'A train',
  byline: '',
  published: '2023-09-11',
  kind: 'news article',
  seedFile: 'sun.txt',
};
const npr: Source = {
  ...sun,
  id: 'npr',
  outlet: 'NPR',
  title: 'An interview',
  published: '2019-04-24',
  url: 'https://www.example.org/npr',
};
const sources = { sun, npr };

describe('attribution labels', () => {
  test('name whom the outlet relays', () => {
    expect(attributionLabel('The New York Sun', 'analysts')).toBe(
      'The New York Sun, citing analysts',
    );
    expect(attributionLabel('BBN')).toBe('BBN');
  });

  test('say how firm a statement is unless it is plainly stated', () => {
    expect(certaintyOf('stated')).toBeUndefined();
    expect(certaintyOf(undefined)).toBeUndefined();
    expect(certaintyOf('expected')?.label).toBe('expected');
    expect(certaintyOf('reported')?.label).toBe('reported');
    expect(certaintyOf('speculated')?.label).toBe('speculation');
  });

  test('name an article by its site', () => {
    expect(siteOf('https://www.keranews.org/2019-04-24/a')).toBe(
      'keranews.org',
    );
  });

  test('citations group by source and attribution', () => {
    expect(
      groupCitations([
        { source: 'sun', quote: 'a', via: 'analysts' },
        { source: 'sun', quote: 'b', via: 'analysts' },
        { source: 'sun', quote: 'c' },
        { source: 'npr', quote: 'd', certainty: 'expected' },
      ]),
    ).toEqual([
      { source: 'sun', via: 'analysts', quotes: ['a', 'b'] },
      { source: 'sun', quotes: ['c'] },
      { source: 'npr', certainty: 'expected', quotes: ['d'] },
    ]);
  });
});

describe('FactList', () => {
  const facts: Fact[] = [
    {
      text: 'Kim could seek aid.',
      citations: [
        {
          source: 'sun',
          quote: 'Mr. Kim could seek aid',
          via: 'analysts',
          certainty: 'expected',
        },
      ],
    },
    {
      text: 'He took the train.',
      citations: [{ source: 'npr', quote: 'taking a train' }],
    },
    {
      text: 'The meeting was on 13 September.',
      outside: 'The date is from later reporting.',
      citations: [],
    },
  ];

  test('a chip names whom the source relays and how firm it is', () => {
    render(<FactList facts={facts} sources={sources} />);
    const chip = screen.getByRole('button', {
      name: /^The New York Sun, 11 Sep 2023 ?, citing analysts expected$/,
    });
    expect(chip.querySelector('.sl-certainty')?.textContent).toBe('expected');
    fireEvent.click(chip);
    expect(screen.getByText('Mr. Kim could seek aid').tagName).toBe('Q');
  });

  test('a source with an address links to it in a new tab; one without does not', () => {
    const { container } = render(<FactList facts={facts} sources={sources} />);
    const links = [...container.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(npr.url);
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('aria-label')).toContain('NPR');
  });

  test('a detail from outside the sources says so, with its note', () => {
    const { container } = render(<FactList facts={facts} sources={sources} />);
    const items = container.querySelectorAll('li');
    expect(items[2]!.textContent).toContain(
      'Not from the sources: The date is from later reporting.',
    );
    expect(items[0]!.querySelector('.sl-outside')).toBeNull();
  });
});

describe('ClaimsTable', () => {
  const comparison: Comparison = {
    id: 'c',
    question: 'What did Kim want?',
    topic: 'what Kim wanted',
    about: ['kim-jong-un'],
    verdict: 'agree',
    note: 'A note.',
    claims: [
      {
        source: 'sun',
        answer: 'Aid, say analysts.',
        short: 'Aid',
        quote: 'Mr. Kim could seek aid',
        via: 'analysts',
        certainty: 'expected',
      },
      {
        source: 'npr',
        answer: 'Money.',
        short: 'Money',
        quote: 'which is what Kim needs',
      },
    ],
  };

  test('shows the attribution of a relayed answer, and links the outlet to its article', () => {
    render(<ClaimsTable comparison={comparison} sources={sources} />);
    const [, relayed, plain] = screen.getAllByRole('row');
    expect(relayed!.querySelector('.sl-attribution')?.textContent).toBe(
      'The New York Sun, citing analysts expected',
    );
    expect(relayed!.querySelector('a')).toBeNull();
    expect(plain!.querySelector('.sl-attribution')).toBeNull();
    const link = plain!.querySelector('th a');
    expect(link?.getAttribute('href')).toBe(npr.url);
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('every claim of the knowledge that relays someone shows it', () => {
    for (const c of knowledge.comparisons) {
      const index = Object.fromEntries(knowledge.sources.map((s) => [s.id, s]));
      const { container, unmount } = render(
        <ClaimsTable comparison={c} sources={index} />,
      );
      const shown = [...container.querySelectorAll('.sl-attribution')].map(
        (p) => p.textContent,
      );
      for (const claim of c.claims.filter((x) => x.via))
        expect(shown.some((t) => t?.includes(`citing ${claim.via}`))).toBe(
          true,
        );
      unmount();
    }
  });
});

describe('Timeline', () => {
  test('its chips name whom a source relays', () => {
    render(
      <Timeline
        events={[
          {
            date: '2023-09-10',
            title: 'The train leaves',
            entities: [],
            citations: [
              {
                source: 'sun',
                quote: 'the train likely left',
                via: 'Chosun Ilbo',
                certainty: 'reported',
              },
            ],
          },
        ]}
        sources={sources}
        entityName={() => undefined}
      />,
    );
    expect(
      screen.getByRole('button', {
        name: /The New York Sun, 11 Sep 2023 ?, citing Chosun Ilbo reported$/,
      }),
    ).toBeTruthy();
  });
});
