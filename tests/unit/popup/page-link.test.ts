import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  requestStatus,
  showNextMention,
} from '../../../entrypoints/popup/page-link';
import {
  pollStatus,
  statusMatches,
} from '../../../entrypoints/popup/usePageStatus';
import type { PageStatus } from '../../../utils/messages';
import { defaultSettings } from '../../../utils/settings';

const on: PageStatus = {
  site: 'example.com',
  enabled: true,
  relevant: true,
  entities: [{ id: 'khasan', count: 2 }],
  total: 2,
};
const off: PageStatus = { ...on, enabled: false, entities: [], total: 0 };

function replies(...answers: unknown[]) {
  const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  for (const answer of answers)
    spy.mockImplementationOnce((async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    }) as unknown as typeof fakeBrowser.tabs.sendMessage);
  return spy;
}

beforeEach(() => fakeBrowser.reset());

describe('talking to the page', () => {
  test('a status is taken only in the shape the protocol gives it', async () => {
    const error = vi
      .spyOn(console, 'error')
      .mockImplementation(() => undefined);
    replies(on, { ...on, site: undefined }, { ...on, entities: [{ id: 1 }] });
    expect(await requestStatus(1)).toEqual(on);
    expect(await requestStatus(1)).toEqual({ ...on, site: undefined });
    expect(await requestStatus(1)).toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
  });

  test('a tab that rejects or answers nothing has no status', async () => {
    replies(new Error('Could not establish connection'), undefined);
    expect(await requestStatus(1)).toBeUndefined();
    expect(await requestStatus(1)).toBeUndefined();
  });

  test('next mention reports whether the page found one', async () => {
    const spy = replies(true, false);
    expect(await showNextMention(3, 'khasan')).toBe(true);
    expect(await showNextMention(3, 'khasan')).toBe(false);
    expect(spy).toHaveBeenCalledWith(3, {
      type: 'summit-lens:nextMention',
      data: { entity: 'khasan' },
    });
  });

  test('a status matches the settings once the page applied them', () => {
    expect(statusMatches(on, defaultSettings())).toBe(true);
    expect(
      statusMatches(on, {
        ...defaultSettings(),
        sites: { 'example.com': false },
      }),
    ).toBe(false);
    expect(statusMatches(off, { ...defaultSettings(), enabled: false })).toBe(
      true,
    );
  });

  test('polling asks again until the page agrees', async () => {
    const spy = replies(on, on, off);
    const status = await pollStatus(1, (s) => !s.enabled, {
      attempts: 5,
      silentAttempts: 2,
      delayMs: 1,
    });
    expect(status).toEqual(off);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  test('polling gives up early on a silent tab', async () => {
    const spy = replies(undefined, undefined, on);
    const status = await pollStatus(1, () => true, {
      attempts: 5,
      silentAttempts: 2,
      delayMs: 1,
    });
    expect(status).toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  test('polling returns the last answer when the page never agrees', async () => {
    replies(on, on, on);
    const status = await pollStatus(1, () => false, {
      attempts: 3,
      silentAttempts: 1,
      delayMs: 1,
    });
    expect(status).toEqual(on);
  });
});
