import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test, vi } from 'vitest';
import background from '../../../entrypoints/background';
import { settingsItem } from '../../../utils/settings';

type CommandListener = (command: string, tab?: { id?: number }) => void;

/** Starts the background; returns the keyboard command listener it added. */
function start(): CommandListener {
  let onCommand: CommandListener | undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((
    listener: CommandListener,
  ) => {
    onCommand = listener;
  }) as typeof fakeBrowser.commands.onCommand.addListener);
  void background.main();
  if (!onCommand) throw new Error('no command listener');
  return onCommand;
}

/** Sends a runtime message as a page would; resolves to the answer. */
async function send(
  type: string,
  data: unknown,
  sender: object = { tab: { id: 4 } },
): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { type: `summit-lens:${type}`, data },
    sender,
    () => undefined,
  );
  return Promise.all(answers).then((all) => all.find((a) => a !== undefined));
}

/** Makes tab 4's content script answer as a page on example.com would. */
function pageAnswers() {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    message: { type: string },
  ) =>
    message.type === 'summit-lens:status'
      ? {
          site: 'example.com',
          enabled: true,
          relevant: true,
          entities: [],
          total: 0,
        }
      : true) as unknown as typeof fakeBrowser.tabs.sendMessage);
}

beforeEach(() => {
  fakeBrowser.reset();
});

test('answers a card with the entry of an entity, or null for an unknown one', async () => {
  start();
  const entry = (await send('entry', { entity: 'khasan' })) as {
    entity: { name: string };
  };
  expect(entry.entity.name).toMatch(/Khasan/);
  expect(await send('entry', { entity: 'no-such-entity' })).toBeNull();
});

test('a malformed message is refused with a reason', async () => {
  start();
  await expect(send('entry', { entity: 42 })).rejects.toThrow(
    /malformed "entry" message/,
  );
});

test('the toggle-site command switches the page’s site off and on', async () => {
  const onCommand = start();
  pageAnswers();
  onCommand('toggle-site', { id: 4 });
  await vi.waitFor(async () =>
    expect((await settingsItem.getValue()).sites).toEqual({
      'example.com': false,
    }),
  );
  onCommand('toggle-site', { id: 4 });
  await vi.waitFor(async () =>
    expect((await settingsItem.getValue()).sites['example.com']).toBe(true),
  );
});

test('the next-mention command goes to the tab it came with, else the active tab', async () => {
  const onCommand = start();
  const sent = pageAnswers();
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
    { id: 9 },
  ]) as unknown as typeof fakeBrowser.tabs.query);
  onCommand('next-mention', { id: 4 });
  onCommand('next-mention');
  await vi.waitFor(() =>
    expect(sent.mock.calls.map(([tab]) => tab)).toEqual([4, 9]),
  );
  expect(sent.mock.calls[0]?.[1]).toEqual({
    type: 'summit-lens:nextMention',
    data: {},
  });
});

test('a command on a page without the content script is logged, not thrown', async () => {
  const onCommand = start();
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
    new Error('Could not establish connection.'),
  );
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  onCommand('next-mention', { id: 4 });
  await vi.waitFor(() => expect(warn).toHaveBeenCalledOnce());
  expect(String(warn.mock.calls[0]?.[0])).toMatch(/^Summit Lens:/);
});

test('opening an entry opens the popup UI in a tab, for the sender’s tab', async () => {
  start();
  const create = vi
    .spyOn(fakeBrowser.tabs, 'create')
    .mockImplementation((async () => ({
      id: 5,
    })) as unknown as typeof fakeBrowser.tabs.create);
  await send('openEntry', { entity: 'khasan' });
  expect(create).toHaveBeenCalledWith({
    url: expect.stringMatching(/\/popup\.html\?entity=khasan&tab=4$/),
  });
});
