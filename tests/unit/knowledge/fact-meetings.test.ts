import knowledge from 'virtual:summit-lens/knowledge';
import { expect, test } from 'vitest';
import { factMeeting } from '../../../knowledge/fact-meetings';
import type { Source } from '../../../knowledge/schema';

const byYear = new Map([
  ['2019', 'summit-2019-vladivostok'],
  ['2023', 'summit-2023-vostochny'],
]);
const source = (published: string): Source => ({
  id: `s${published}`,
  outlet: 'Outlet',
  title: 't',
  byline: '',
  published,
  kind: 'news article',
  seedFile: 'f',
});
const npr = source('2019-04-24');
const sun = source('2023-09-11');

test('a fact that names one meeting’s year is about that meeting', () => {
  expect(factMeeting('They first met in 2019.', [sun], byYear)).toBe(
    'summit-2019-vladivostok',
  );
  expect(factMeeting('In September 2023 Kim left.', [npr], byYear)).toBe(
    'summit-2023-vostochny',
  );
});

test('otherwise, the year its sources were published decides', () => {
  expect(factMeeting('Kim left on Sunday.', [sun, sun], byYear)).toBe(
    'summit-2023-vostochny',
  );
  expect(factMeeting('Putin flew east.', [npr], byYear)).toBe(
    'summit-2019-vladivostok',
  );
});

test('both years, or sources of both years, tie the fact to neither', () => {
  expect(factMeeting('Met in 2019, and again in 2023.', [sun], byYear)).toBe(
    undefined,
  );
  expect(factMeeting('Kim travels by train.', [npr, sun], byYear)).toBe(
    undefined,
  );
});

test('the compiled knowledge tags facts of both covered meetings', () => {
  const tags = new Set(
    knowledge.entities.flatMap((e) => e.facts.map((f) => f.meeting)),
  );
  expect(tags).toContain('summit-2019-vladivostok');
  expect(tags).toContain('summit-2023-vostochny');
  const putin = knowledge.entities.find((e) => e.id === 'vladimir-putin');
  expect(
    putin?.facts.some((f) => f.meeting === 'summit-2019-vladivostok'),
  ).toBe(true);
});
