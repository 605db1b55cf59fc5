/**
 * Summit Lens in Firefox ESR, installed as a reader installs it: one browser
 * for the whole suite (each area's tests are in their own module). After
 * every test, Firefox's output must hold no error from the extension.
 */
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { cardTests } from './card';
import { detectionTests } from './detection';
import { extensionErrorTests } from './extension-errors';
import { launchFirefox, type FirefoxSession } from './harness';
import { articleTests } from './article';
import { popupTests } from './popup';
import { updateTests } from './update';

let session: FirefoxSession;
const current = () => session;
beforeAll(async () => {
  session = await launchFirefox();
  // Detection and the popup compare marks with mentions: every one painted.
  await session.changeSettings({ marking: 'every' });
});
afterAll(() => session?.close());
afterEach(() => {
  // Taken out, so that one error fails only the test it came in.
  expect(session.extensionErrors.splice(0)).toEqual([]);
});

describe('detection', () => detectionTests(current));
describe('the hover card', () => cardTests(current));
describe('the popup and the toolbar button', () => popupTests(current));
describe('errors', () => extensionErrorTests(current));
describe('the article: marking, meeting and claims', () =>
  articleTests(current));
// Last: it reloads the add-on under the session.
describe('an update', () => updateTests(current));
