/** Where the project, its builds and the test fixtures are. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
/** The production builds: the packages readers install. */
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
/**
 * The Chrome build the Chromium end-to-end tests load: the production build
 * with one addition, a route by which tests run keyboard commands
 * (`wxt build --mode e2e`, see `utils/e2e-route.ts`).
 */
export const CHROME_E2E_BUILD = join(ROOT, '.output', 'chrome-mv3-e2e');
