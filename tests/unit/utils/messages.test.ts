import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import { requestEntry } from '../../../utils/entry-messages';
import { sendToBackground } from '../../../utils/messages';

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
