/**
 * `npm test`: every check a change must pass, in order, ending with one line
 * `N passed, N failed` over all of them. Each tool check (lint, format, types,
 * knowledge provenance, builds, Firefox lint, the benchmark's smoke run)
 * counts as one test; Vitest tests count one by one (the unit tests, and the
 * end-to-end suites in Chromium and in Firefox ESR). Exits 1 when anything
 * failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, '.vitest-results');
let passed = 0;
let failed = 0;
const failures: string[] = [];

/** Runs a command in the project and prints how long it took. */
function run(command: string, args: string[]): boolean {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  console.log(`   (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function check(name: string, command: string, args: string[]): boolean {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const ok = run(command, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string }[];
}

function vitest(name: string, config: string): void {
  const output = join(RESULTS, `${name.replace(/\W+/g, '-')}.json`);
  console.log(`\n── ${name}: vitest --config ${config}`);
  const ok = run('npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  let report: VitestJson | undefined;
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  } catch {
    report = undefined;
  }
  if (!report) {
    failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const file of report.testResults)
    if (file.status === 'failed') failures.push(`${name}: ${file.name}`);
  // A file that fails to load has no tests but fails the run.
  if (!ok && report.numFailedTests === 0) {
    failed += 1;
    failures.push(`${name} (run failed)`);
  }
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);
check('knowledge', 'npm', ['run', '--silent', 'knowledge']);
vitest('unit', 'vitest.config.ts');
const built =
  check('build chrome', 'npx', ['wxt', 'build']) &&
  // The same build with the route the e2e tests run commands through.
  check('build chrome (e2e)', 'npx', ['wxt', 'build', '--mode', 'e2e']);
const builtFirefox = check('build firefox', 'npx', [
  'wxt',
  'build',
  '-b',
  'firefox',
]);
if (builtFirefox)
  check('web-ext lint', 'npx', [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv2',
    '--warnings-as-errors',
  ]);
if (built) {
  vitest('e2e', 'vitest.e2e.config.ts');
  // The benchmark at its smallest size, to prove it runs; timings are
  // reported, never asserted.
  check('bench smoke', 'npm', ['run', '--silent', 'bench', '--', '--smoke']);
} else {
  failed += 1;
  failures.push('e2e (skipped: the build failed)');
}
if (builtFirefox) vitest('e2e firefox', 'vitest.e2e-firefox.config.ts');
else {
  failed += 1;
  failures.push('e2e firefox (skipped: the Firefox build failed)');
}

if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
