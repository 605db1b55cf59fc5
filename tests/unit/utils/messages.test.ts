import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { entryMessages, requestEntry } from '../../../utils/entry-messages';
import { sendToBackground, tabMessages } from '../../../utils/messages';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Makes the background answer every message with `answer`. */
function backgroundAnswers(answer: unknown) {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue(answer as never);
}

test('a message answered with nothing takes Chrome’s null as well as undefined', async () => {
  const sent = backgroundAnswers(null);
  await expect(
    sendToBackground('mentions', { total: 3, enabled: true }),
  ).resolves.toBeNull();
  expect(sent).toHaveBeenCalledWith({
    type: 'summit-lens:mentions',
    data: { total: 3, enabled: true },
  });
  backgroundAnswers(undefined);
  await expect(
    sendToBackground('openEntry', { entity: 'khasan' }),
  ).resolves.toBeUndefined();
});

test('an answer that does not fit its message is refused', async () => {
  backgroundAnswers({ entity: 'not an entity' });
  await expect(requestEntry('khasan')).rejects.toThrow();
  backgroundAnswers(7);
  await expect(sendToBackground('shortcut', {})).rejects.toThrow();
});

test('an entry request goes out as the "entry" message', async () => {
  const sent = backgroundAnswers(null);
  await expect(requestEntry('khasan')).resolves.toBeNull();
  expect(sent).toHaveBeenCalledWith({
    type: 'summit-lens:entry',
    data: { entity: 'khasan' },
  });
});

const status = {
  site: 'example.com',
  enabled: true,
  relevant: true,
  entities: [{ id: 'kim-jong-un', count: 2 }],
  total: 2,
};

const meeting = {
  id: 'pyongyang-2024',
  covered: false,
  label: "Putin's June 2024 visit to Pyongyang",
  why: 'dated 19 June 2024; names Pyongyang',
};

const claim = {
  comparison: 'train-departure-time',
  topic: 'when the train left Pyongyang',
  answer: 'On Sunday evening',
  agrees: ['nysun-2023'],
};

describe('the page status', () => {
  const parse = (value: unknown) =>
    v.safeParse(tabMessages.status.reply, value);

  test('carries the meeting the page reports and the claims it makes', () => {
    const result = parse({ ...status, meeting, claims: [claim] });
    expect(result.success).toBe(true);
    expect(result.output).toMatchObject({ meeting, claims: [claim] });
  });

  test('may leave both out, as a page that is not about the summits does', () => {
    const result = parse(status);
    expect(result.success).toBe(true);
    expect(result.output).not.toHaveProperty('meeting');
  });

  test('refuses a meeting without its coverage, or a claim without sources', () => {
    expect(
      parse({ ...status, meeting: { ...meeting, covered: undefined } }).success,
    ).toBe(false);
    expect(
      parse({ ...status, claims: [{ ...claim, agrees: 'nysun-2023' }] })
        .success,
    ).toBe(false);
  });
});

describe('the comparison message', () => {
  const { data, reply } = entryMessages.comparison;

  test('asks by id and is answered with a comparison or null', () => {
    expect(v.safeParse(data, { id: 'meal-in-kims-honour' }).success).toBe(true);
    expect(v.safeParse(data, { comparison: 'meal' }).success).toBe(false);
    expect(v.safeParse(reply, null).success).toBe(true);
    expect(v.safeParse(reply, { comparison: { id: 'x' } }).success).toBe(false);
  });
});
