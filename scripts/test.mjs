// `npm test`: bootstrap, then every check the project has, ending in one `N passed, N failed` line.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { displayPath, fixturesDirectory, fixturesDirectoryVariable } from '../tooling/fixtures/index.js';
import { bootstrap } from './lib/bootstrap.mjs';
import { log, root, run } from './lib/run.mjs';

const pnpm = await bootstrap({ browser: true });
const reports = `${root}/test-results`;
await rm(reports, { recursive: true, force: true });
await mkdir(reports, { recursive: true });

const exec = (args, env) => run(pnpm[0], [...pnpm.slice(1), 'exec', ...args], env ? { env: { ...process.env, ...env } } : {});

async function readJson(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

const publishedPackages = ['packages/core', 'packages/react', 'packages/client', 'packages/ai-sdk', 'packages/assistant-ui'];
/** Each Playwright suite starts the servers it needs (its config's `webServer`). */
const playwrightSuites = [
  { name: 'demo', config: 'e2e/playwright.config.ts' },
  { name: 'with-ai-sdk', config: 'examples/with-ai-sdk/e2e/playwright.config.ts' },
  { name: 'with-assistant-ui', config: 'examples/with-assistant-ui/e2e/playwright.config.ts' },
  // Its webServer runs `next build` first (failing on any warning), so this stage also proves the kit builds in RSC.
  { name: 'with-next', config: 'examples/with-next/e2e/playwright.config.ts' },
];

/** Each stage returns how many checks passed and failed; a stage without a test report counts as one check. */
const stages = [
  { name: 'typecheck (tsc -b)', run: async () => single(await exec(['tsc', '-b'])) },
  { name: 'lint (eslint)', run: async () => single(await exec(['eslint', '.', '--max-warnings=0'])) },
  {
    name: 'package exports (publint)',
    run: async () => {
      let failed = 0;
      for (const dir of publishedPackages) {
        if ((await exec(['publint', '--strict', dir])) !== 0) failed += 1;
      }
      return { passed: publishedPackages.length - failed, failed };
    },
  },
  {
    // Needs the built dist of the typecheck stage: packs it and installs the tarballs into fresh React 18.3 and 19 apps.
    name: 'consumer apps: tarballs in React 18.3 and 19',
    run: async () => {
      const file = `${reports}/consumer.json`;
      const code = await run(process.execPath, ['e2e/consumer/run.mjs'], { env: { ...process.env, CONSUMER_REPORT: file } });
      const report = await readJson(file);
      if (!report) return { passed: 0, failed: 1 };
      return { passed: report.passed, failed: report.failed + (code !== 0 && report.failed === 0 ? 1 : 0) };
    },
  },
  { name: 'storybook build', run: async () => single(await exec(['storybook', 'build', '--quiet', '-o', 'storybook-static'])) },
  {
    // Needs the build above: every docs page of the site in Chromium, light and dark, no console error, no axe violation.
    name: 'docs site: pages in Chromium with axe',
    run: async () => {
      const file = `${reports}/docs-site.json`;
      const code = await exec(['tsx', 'tooling/storybook/check-docs-site.ts'], { DOCS_SITE_REPORT: file });
      const report = await readJson(file);
      if (!report) return { passed: 0, failed: 1 };
      return { passed: report.passed, failed: report.failed + (code !== 0 && report.failed === 0 ? 1 : 0) };
    },
  },
  {
    name: 'unit, component and story tests (vitest)',
    run: async () => {
      const file = `${reports}/vitest.json`;
      const code = await exec(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
      const report = await readJson(file);
      if (!report) return { passed: 0, failed: 1 };
      // A suite that failed to load has no test results; count it so it cannot pass silently.
      const brokenFiles = report.testResults.filter((result) => result.status === 'failed' && result.assertionResults.length === 0).length;
      const failed = report.numFailedTests + brokenFiles + (code !== 0 && report.numFailedTests + brokenFiles === 0 ? 1 : 0);
      return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests, failures: vitestFailures(report, code) };
    },
  },
  ...playwrightSuites.map(({ name, config }) => ({
    name: `end-to-end: ${name} (playwright)`,
    run: async () => {
      const file = `${reports}/playwright-${name}.json`;
      const code = await exec(['playwright', 'test', '-c', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
      const report = await readJson(file);
      if (!report) return { passed: 0, failed: 1 };
      const failed = report.stats.unexpected + report.stats.flaky + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
      return { passed: report.stats.expected, failed, skipped: report.stats.skipped, failures: playwrightFailures(report, code) };
    },
  })),
];

/** A CI log may be cut to its tail, so the summary repeats what failed and the first lines of why. */
function firstLines(message) {
  return String(message ?? '')
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 4)
    .map((line) => line.slice(0, 240));
}

function vitestFailures(report, code) {
  const failures = [];
  for (const file of report.testResults) {
    const path = file.name.replace(`${root}/`, '');
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push({ title: `${path} (did not load)`, why: firstLines(file.message) });
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push({ title: `${path} › ${test.fullName}`, why: firstLines(test.failureMessages?.join('\n')) });
    }
  }
  if (code !== 0 && failures.length === 0) failures.push({ title: `vitest exited with code ${code} and no failing test (an unhandled error; see above)`, why: [] });
  return failures;
}

function playwrightFailures(report, code) {
  const failures = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const error = test.results?.find((result) => result.error)?.error;
          failures.push({ title: `${[...path, spec.title].join(' › ')}${test.status === 'flaky' ? ' (flaky)' : ''}`, why: firstLines(error?.message) });
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  if (code !== 0 && failures.length === 0) failures.push({ title: `playwright exited with code ${code} and no failing test (see above)`, why: [] });
  return failures;
}

function single(code) {
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

const results = [];
for (const stage of stages) {
  log(`${stage.name}`);
  const started = Date.now();
  const outcome = await stage.run();
  results.push({ ...stage, ...outcome, seconds: (Date.now() - started) / 1000 });
}

const width = Math.max(...results.map((result) => result.name.length));
process.stdout.write('\nstage'.padEnd(width + 2) + '  passed  failed  skipped  seconds\n');
for (const result of results) {
  const mark = result.failed === 0 ? '\x1b[32m✔\x1b[0m' : '\x1b[31m✖\x1b[0m';
  process.stdout.write(`${mark} ${result.name.padEnd(width)}  ${String(result.passed).padStart(6)}  ${String(result.failed).padStart(6)}  ${String(result.skipped ?? 0).padStart(7)}  ${result.seconds.toFixed(1).padStart(7)}\n`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const skipped = results.reduce((sum, result) => sum + (result.skipped ?? 0), 0);
for (const result of results.filter((each) => each.failures?.length)) {
  process.stdout.write(`\nFailed in ${result.name}:\n`);
  for (const failure of result.failures) {
    process.stdout.write(`  ✖ ${failure.title}\n`);
    for (const line of failure.why) process.stdout.write(`      ${line}\n`);
  }
}
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
if (!existsSync(fixturesDirectory())) {
  process.stdout.write(`Skipped: the tests on real recordings, because ${displayPath(fixturesDirectory())} is absent (set ${fixturesDirectoryVariable} to where the shared fixtures are).\n`);
}
process.exit(failed === 0 ? 0 : 1);
