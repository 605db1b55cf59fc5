/** Where the project, its builds and the test fixtures are. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
/** The production builds that the end-to-end tests load. */
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
