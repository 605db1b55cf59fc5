import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  bootstrapPage,
  type Annotator,
} from '../../../entrypoints/content/bootstrap';
import type { PageStatus } from '../../../utils/messages';
import {
  defaultSettings,
  settingsItem,
  withSite,
} from '../../../utils/settings';
import { siteKey } from '../../../utils/site';

const site = siteKey(location.href)!;

/** What the annotator stand-in answers for the page. */
const ANNOTATED: PageStatus = {
  site,
  enabled: true,
  relevant: true,
  entities: [{ id: 'kim-jong-un', count: 1 }],
  total: 1,
};

/** Asks the page's content script as the popup would; resolves to the answer. */
async function ask(type: string): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    { type: `summit-lens:${type}`, data: {} },
    {},
    () => undefined,
  );
  return Promise.all(answers).then((all) => all.find((a) => a !== undefined));
}

function paragraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

/** Starts the bootstrap on the test document with an annotator stand-in. */
async function start(load = vi.fn(() => Promise.resolve<Annotator>(annotate))) {
  const ctx = new ContentScriptContext('content');
  await bootstrapPage(ctx, load);
  return { ctx, load };
}

/** Records what goes to the background, answering nothing. */
const spyOnSend = () =>
  vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue(undefined as never);

/** Resolves once changes to the page have been looked at (after 100 ms). */
const changesSeen = () => new Promise((resolve) => setTimeout(resolve, 150));

let annotate: ReturnType<typeof vi.fn<Annotator>>;
let sent: ReturnType<typeof spyOnSend>;
beforeEach(() => {
  annotate = vi.fn<Annotator>(() => ({
    status: () => ANNOTATED,
    nextMention: () => true,
  }));
  fakeBrowser.reset();
  // happy-dom lacks the CSS Custom Highlight API.
  vi.stubGlobal('CSS', { highlights: new Map() });
  sent = spyOnSend();
  document.title = '';
  document.body.replaceChildren();
});
afterEach(() => vi.unstubAllGlobals());

const toolbarReports = () =>
  sent.mock.calls
    .map(([message]: unknown[]) => message as { type: string; data: unknown })
    .filter((m) => m.type === 'summit-lens:mentions')
    .map((m) => m.data);

test('a page that is not about the summits never loads the annotator, and says so when asked', async () => {
  document.title = 'Dock strike enters its third week';
  paragraph('Rotterdam and Antwerp were quiet; Putin was not mentioned.');
  const { load } = await start();
  expect(await ask('status')).toEqual({
    site,
    enabled: true,
    relevant: false,
    entities: [],
    total: 0,
  });
  expect(await ask('nextMention')).toBe(false);
  expect(load).not.toHaveBeenCalled();
  // Nothing wakes the background for an ordinary page.
  expect(sent).not.toHaveBeenCalled();
});

test('a page that may be about the summits is handed to the annotator, with the settings and what the search found', async () => {
  document.title = 'Kim Jong Un meets Vladimir Putin';
  paragraph('The talks began at noon.');
  const { load, ctx } = await start();
  expect(await ask('status')).toEqual(ANNOTATED);
  expect(await ask('nextMention')).toBe(true);
  expect(load).toHaveBeenCalledOnce();
  expect(annotate).toHaveBeenCalledOnce();
  const [givenCtx, given] = annotate.mock.calls[0]!;
  expect(givenCtx).toBe(ctx);
  expect(given.settings).toEqual(defaultSettings());
  expect(given.relevance.likely).toBe(true);
});

test('text added later that names the summits hands the page over', async () => {
  paragraph('Markets were calm.');
  const { load } = await start();
  paragraph('The Vladivostok summit ended.');
  await changesSeen();
  expect(load).toHaveBeenCalledOnce();
  expect(await ask('status')).toEqual(ANNOTATED);
});

test('a site switched off loads nothing and shows so on the toolbar; switched on, the page is searched and handed over', async () => {
  await settingsItem.setValue(withSite(defaultSettings(), site, false));
  paragraph('Kim Jong Un met Vladimir Putin.');
  const { load } = await start();
  expect(load).not.toHaveBeenCalled();
  expect(await ask('status')).toMatchObject({ enabled: false });
  expect(toolbarReports()).toEqual([{ total: 0, enabled: false }]);

  await settingsItem.setValue(withSite(defaultSettings(), site, true));
  await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
  expect(toolbarReports()).toEqual([
    { total: 0, enabled: false },
    { total: 0, enabled: true },
  ]);
});

test('switched off before the page is found likely, text added later is not searched', async () => {
  paragraph('Markets were calm.');
  const { load } = await start();
  await settingsItem.setValue(withSite(defaultSettings(), site, false));
  await vi.waitFor(() => expect(toolbarReports()).toHaveLength(1));
  paragraph('The Vladivostok summit ended.');
  await changesSeen();
  expect(load).not.toHaveBeenCalled();
});

test('an annotator that fails to load is logged, and the page is left as it was', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  paragraph('Kim Jong Un met Vladimir Putin.');
  const { load } = await start(
    vi.fn(() => Promise.reject<Annotator>(new Error('no chunk'))),
  );
  expect(await ask('status')).toMatchObject({ relevant: false });
  expect(load).toHaveBeenCalledOnce();
  expect(String(warn.mock.calls[0]?.[0])).toMatch(/^Summit Lens:/);
});

test('once the extension is gone, the page is no longer answered for or watched', async () => {
  paragraph('Markets were calm.');
  const { ctx, load } = await start();
  ctx.notifyInvalidated();
  expect(await ask('status')).toBeUndefined();
  paragraph('The Vladivostok summit ended.');
  await changesSeen();
  expect(load).not.toHaveBeenCalled();
});
