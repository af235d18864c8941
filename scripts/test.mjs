#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 *
 *   1. typecheck       tsc --noEmit -p tsconfig.json
 *   2. lint            eslint . and lit-analyzer (template type checking: bindings, attributes, events)
 *   3. format          prettier --check . (`npm run format` fixes it)
 *   4. build           scripts/build.mjs
 *   5. browser tests   scripts/run-wtr.mjs (Chromium, Firefox ESR, WebKit; BROWSERS picks)
 *   6. afterTests      further check scripts, each run only if its file exists
 *
 *   npm test                          everything
 *   npm test -- test/data.test.ts     extra arguments go to web-test-runner (file globs, …)
 *
 * Ends with one line `test: N passed, M failed` (test cases reported by web-test-runner, all browsers).
 * Exit code: 0 when every step passed, otherwise the failing step's (130 when interrupted).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatFailures, formatResults, runWtr } from './run-wtr.mjs';

/** Checks that run after the browser tests, in this order; a missing file is skipped. */
export const afterTests = [
  'scripts/check-docs.mjs',
  'scripts/check-structured-data.mjs',
  'scripts/check-storybook.mjs',
  'scripts/check-package.mjs',
  'scripts/check-size.mjs',
  'scripts/check-examples.mjs',
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// Nothing here may download a browser: the tests use the system's (scripts/ensure-browsers.mjs).
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

let interrupted = false;
let current;
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, () => {
    interrupted = name;
    // Children of plain steps share our process group and got Ctrl-C from the terminal already; a
    // SIGTERM sent to us alone is passed on. The browser tests handle signals themselves.
    if (name !== 'SIGINT' && current?.exitCode === null) current.kill(name);
  });
}

/** Runs a command in the foreground (output streams through); resolves to its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    current = child;
    child.on('error', (error) => {
      console.error(`test: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let results;
const steps = [
  { name: 'typecheck', run: () => run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) },
  // The package.json scripts, so that `npm run lint` and `npm test` check the same things.
  { name: 'lint', run: () => run('npm', ['run', '--silent', 'lint']) },
  { name: 'format', run: () => run('npm', ['run', '--silent', 'format:check']) },
  { name: 'build', run: () => run(process.execPath, ['scripts/build.mjs']) },
  // film-elements/ssr in Node, as a server imports it (the built package): its HTML in the browsers is the browser tests'.
  { name: 'server API', run: () => run(process.execPath, ['--test', 'test/server/ssr-api.test.mjs']) },
  {
    name: 'browser tests',
    run: async () => {
      try {
        const outcome = await runWtr({ args: process.argv.slice(2) });
        results = outcome.results;
        return outcome.code;
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        return 1;
      }
    },
  },
  ...afterTests
    .filter((script) => existsSync(path.join(root, script)))
    .map((script) => ({ name: path.basename(script, '.mjs'), run: () => run(process.execPath, [script]) })),
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const done = [];
let failure;
const started = performance.now();
for (const step of steps) {
  if (interrupted) break;
  console.log(`\ntest: ▶ ${step.name}`);
  const start = performance.now();
  const code = await step.run();
  const took = performance.now() - start;
  if (code === 0 && !interrupted) {
    done.push(`✓ ${step.name} ${seconds(took)}`);
    continue;
  }
  done.push(`✗ ${step.name} ${seconds(took)}`);
  failure = { step, code: interrupted ? (interrupted === 'SIGINT' ? 130 : 143) : code || 1 };
  break;
}

if (interrupted && !failure) failure = { step: { name: 'between steps' }, code: interrupted === 'SIGINT' ? 130 : 143 };
const notRun = steps.slice(done.length).map((step) => step.name);
console.log('');
console.log(
  `test: ${done.join(' · ')}${notRun.length ? ` · not run: ${notRun.join(', ')}` : ''} (${seconds(performance.now() - started)})`,
);
if (failure) {
  const why = interrupted ? `interrupted (${interrupted})` : `exited with ${failure.code}`;
  console.error(`test: FAILED at "${failure.step.name}": ${why}`);
}
console.log(
  `test: ${results ? formatResults(results) : `0 passed, 0 failed (the browser tests ${failure && notRun.includes('browser tests') ? 'did not run' : 'reported nothing'})`}`,
);
for (const line of formatFailures(results)) console.log(line);
process.exit(failure ? failure.code : 0);
