#!/usr/bin/env node
/**
 * Runs @web/test-runner (web-test-runner.config.mjs) in the Debian browsers.
 *
 *   node scripts/run-wtr.mjs                         every test file, all three browsers
 *   node scripts/run-wtr.mjs test/data.test.ts       only these files (any extra wtr CLI args pass through)
 *   BROWSERS=chromium,firefox node scripts/run-wtr.mjs
 *   LIT_DEV=0 node scripts/run-wtr.mjs …             without the run against Lit's development build
 *   LIT_DEV=only node scripts/run-wtr.mjs …          only that run
 *
 * Two runs: the tests against Lit's production build (what users get) in the browsers asked for, then
 * the element tests (test/film-*.test.ts, those of them that were asked for) against Lit's
 * development build in Chromium, where any Lit warning fails the test that caused it (the root
 * `afterEach` in test/helpers.ts). Its results are counted under "Chrome (Lit dev build)".
 *
 * What it does around wtr:
 *   - makes sure the browsers are installed (scripts/ensure-browsers.mjs) and points the config at them
 *     (CHROME_PATH, FIREFOX_PATH, WEBKIT_MINIBROWSER);
 *   - for WebKit, starts `xvfb-run … WebKitWebDriver --port=<free port>` in its own process group, waits
 *     until /status answers, and passes the port as WEBKIT_WEBDRIVER_PORT;
 *   - counts the test results with a small reporter (added next to wtr's default reporter through a
 *     generated wrapper config in .wtr-tmp/), prints `N passed, M failed`;
 *   - always stops what it started — the driver, Xvfb, MiniBrowser, and any browser process wtr leaves
 *     behind — on success, failure, Ctrl-C or SIGTERM.
 *
 * Exit code: wtr's, the first failing run's when there are two (130/143 when interrupted). `runWtr()`
 * is what scripts/test.mjs uses.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ensureBrowsers, wantedBrowsers } from './ensure-browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = path.join(root, 'web-test-runner.config.mjs');
const WTR_BIN = path.join(root, 'node_modules', '.bin', 'web-test-runner');
const DRIVER_START_TIMEOUT = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------
// Process bookkeeping. Browsers detach into their own process groups (puppeteer does) and WebKit's
// helpers may too, so a process-group kill is not enough: every descendant of what we start is
// recorded (pid + start time, so a reused pid is never hit) while it runs, and whatever of it is still
// alive at the end is killed. Linux only (/proc); elsewhere the process-group kill is what remains.

/** pid → { ppid, start } for every process we can see. */
function processTable() {
  const table = new Map();
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        ppid: Number(fields[1]),
        start: fields[19],
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      });
    } catch {
      // exited meanwhile
    }
  }
  return table;
}

class ProcessTracker {
  /** pid → start time of every descendant seen. */
  seen = new Map();
  /** pid → command name, for the report. */
  names = new Map();
  roots = new Set();
  timer = undefined;

  track(pid) {
    this.roots.add(pid);
    this.snapshot();
    this.timer ??= setInterval(() => this.snapshot(), 500);
    this.timer.unref();
  }

  snapshot() {
    const table = processTable();
    const children = new Map();
    for (const [pid, { ppid }] of table) {
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(pid);
    }
    const stack = [...this.roots];
    while (stack.length) {
      const pid = stack.pop();
      const info = table.get(pid);
      if (info && !this.seen.has(pid)) {
        this.seen.set(pid, info.start);
        this.names.set(pid, info.name);
      }
      stack.push(...(children.get(pid) ?? []));
    }
  }

  /** The recorded processes that are still the same processes and still alive. */
  alive() {
    const table = processTable();
    return [...this.seen].filter(([pid, start]) => table.get(pid)?.start === start).map(([pid]) => pid);
  }

  /** Kills every recorded process still alive: SIGTERM, then SIGKILL after `grace` ms. */
  async killAll(grace = 2000) {
    this.snapshot();
    clearInterval(this.timer);
    this.timer = undefined;
    let alive = this.alive();
    if (!alive.length) return [];
    for (const pid of alive) signal(pid, 'SIGTERM');
    for (const deadline = Date.now() + grace; Date.now() < deadline && alive.length; await sleep(100)) alive = this.alive();
    for (const pid of alive) signal(pid, 'SIGKILL');
    return alive;
  }
}

function signal(pidOrGroup, name) {
  try {
    process.kill(pidOrGroup, name);
    return true;
  } catch {
    return false; // already gone
  }
}

const exited = (child) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** Waits for a child to exit, at most `ms`; true when it did. */
const exitedWithin = (child, ms) => Promise.race([exited(child).then(() => true), sleep(ms).then(() => false)]);

// ---------------------------------------------------------------------------------------------------
// WebKitWebDriver under Xvfb

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function driverReady(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    if (!response.ok) return false;
    const body = await response.json().catch(() => ({}));
    return body?.value?.ready !== false;
  } catch {
    return false;
  }
}

/**
 * Starts `xvfb-run -a -s "-screen 0 1280x1024x24" WebKitWebDriver --port=N` in its own process group.
 * Resolves to { port, child, log } once /status answers; retries on another port if the first is taken.
 */
async function startWebKitDriver(paths, tracker, log) {
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child = spawn(paths.xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', paths.webkitDriver, `--port=${port}`], {
      cwd: root,
      detached: true, // own process group: Ctrl-C in the terminal is ours to handle, and we kill the group
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const driver = { port, child, output: () => output };
    const spawnError = new Promise((resolve) => child.once('error', resolve));
    if (child.pid) tracker.track(child.pid);

    const deadline = Date.now() + DRIVER_START_TIMEOUT;
    while (Date.now() < deadline) {
      if (await driverReady(port)) return driver;
      const failed = await Promise.race([spawnError, exitedWithin(child, 150).then((done) => (done ? 'exited' : undefined))]);
      if (failed) {
        lastError =
          failed instanceof Error
            ? `could not start xvfb-run: ${failed.message}`
            : `WebKitWebDriver exited (code ${child.exitCode ?? child.signalCode})`;
        break;
      }
    }
    lastError ??= `WebKitWebDriver did not answer on port ${port} within ${DRIVER_START_TIMEOUT / 1000} s`;
    await stopWebKitDriver(driver);
    log(`run-wtr: ${lastError} (attempt ${attempt}/3)${output ? `\n${output.trimEnd()}` : ''}`);
  }
  throw new Error(`run-wtr: ${lastError}`);
}

/** True while any process is left in the process group. */
const groupAlive = (pgid) => signal(-pgid, 0);

/** Waits until the process group is empty, at most `ms`; true when it is. */
async function groupGone(pgid, ms) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(50)) if (!groupAlive(pgid)) return true;
  return !groupAlive(pgid);
}

/**
 * Stops the driver gracefully first: SIGTERM to WebKitWebDriver alone lets xvfb-run stop Xvfb and
 * delete its auth file, and Xvfb remove its /tmp/.X<n>-lock. Only what does not end in time is
 * terminated, then killed, by process group. (xvfb-run does not wait for Xvfb after signalling it, so
 * the group is given time to empty before anything is killed: a killed Xvfb leaves a stale lock.)
 */
async function stopWebKitDriver(driver) {
  const { child } = driver;
  if (!child.pid) return;
  const pgid = child.pid;
  const table = processTable();
  for (const [pid, info] of table) if (info.ppid === child.pid) signal(pid, 'SIGTERM');
  await exitedWithin(child, 3000);
  if (await groupGone(pgid, 3000)) return;
  signal(-pgid, 'SIGTERM');
  if (await groupGone(pgid, 2000)) return;
  signal(-pgid, 'SIGKILL');
}

// ---------------------------------------------------------------------------------------------------
// Counting results: a reporter added beside wtr's default one through a generated wrapper config.

function writeWrapperConfig(dir, resultsFile, label = '') {
  const file = path.join(dir, `wtr${label ? '-lit-dev' : ''}.config.mjs`);
  writeFileSync(
    file,
    `// Generated by scripts/run-wtr.mjs for one run: the project config plus a reporter that counts results.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import base from ${JSON.stringify(pathToFileURL(CONFIG).href)};

// Failures are also listed by name, so that the last lines of a long run (often all a CI log keeps)
// say which test failed, where, and why — not only that something did.
function walk(suite, counts, where, titles = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      where.failures.push({ ...where.session, test: [...titles, test.name].join(' › '), error: firstLines(test.error?.message) });
    }
  }
  for (const child of suite?.suites ?? []) walk(child, counts, where, [...titles, child.name]);
}

const firstLines = (text) => String(text ?? '').split('\\n').slice(0, 3).join(' ').slice(0, 400);

const countingReporter = {
  onTestRunFinished({ sessions }) {
    const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0, sessions: sessions.length, browsers: {}, failures: [] };
    for (const session of sessions) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const name = (session.browser?.name ?? 'browser') + ${JSON.stringify(label)};
      const file = relative(process.cwd(), session.testFile);
      walk(session.testResults, counts, { failures: totals.failures, session: { browser: name, file } });
      // A file that failed to load, a failing hook or a timeout fails the session without a failing test.
      if (!session.passed && counts.failed === 0) {
        totals.erroredFiles++;
        const errors = (session.errors ?? []).map((error) => firstLines(error?.message)).join(' | ');
        totals.failures.push({ browser: name, file, test: '(the file itself)', error: errors || 'failed without a failing test (hook, timeout or load error)' });
      }
      const perBrowser = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
      for (const key of ['passed', 'failed', 'skipped']) {
        totals[key] += counts[key];
        perBrowser[key] += counts[key];
      }
    }
    writeFileSync(${JSON.stringify(resultsFile)}, JSON.stringify(totals));
  },
};

export default { ...base, reporters: [...(base.reporters ?? [defaultReporter()]), countingReporter] };
`,
  );
  return file;
}

// ---------------------------------------------------------------------------------------------------

/** What the run against Lit's development build runs: the element tests (and the base element's). */
const LIT_DEV_FILES = /^test\/film-[^/]*\.test\.ts$/;
/** How that run's results are labelled, after the browser's name. */
export const LIT_DEV_LABEL = ' (Lit dev build)';

/** wtr arguments that are file globs (positional, or after --files), and the others. */
function splitArgs(args) {
  const files = [];
  const rest = [];
  let inFiles = false;
  for (const arg of args) {
    if (arg === '--files') inFiles = true;
    else if (arg.startsWith('-')) {
      inFiles = false;
      rest.push(arg);
    } else if (inFiles || /[/*]|\.[cm]?[jt]s$/.test(arg)) files.push(arg);
    else rest.push(arg); // the value of an option (`--group x`)
  }
  return { files, rest };
}

/** A file glob (`*`, `**`, `?`, `{a,b}`) as a regular expression on paths relative to the root. */
function globToRegExp(glob) {
  let pattern = '';
  const text = glob.replace(/^\.\//, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (text.startsWith('**/', i)) {
      pattern += '(?:.*/)?';
      i += 2;
    } else if (text.startsWith('**', i)) {
      pattern += '.*';
      i += 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else if (char === '{') pattern += '(?:';
    else if (char === '}') pattern += ')';
    else if (char === ',') pattern += '|';
    else pattern += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

/** The element test files among those asked for (all of them when none were named). */
function litDevFiles(patterns) {
  const all = readdirSync(path.join(root, 'test'))
    .map((name) => `test/${name}`)
    .filter((file) => LIT_DEV_FILES.test(file))
    .sort();
  if (!patterns.length) return all;
  const wanted = patterns.map((pattern) => globToRegExp(path.isAbsolute(pattern) ? path.relative(root, pattern) : pattern));
  return all.filter((file) => wanted.some((pattern) => pattern.test(file)));
}

/** The counts of two runs as one; each run's browsers keep their own names. */
function mergeResults(a, b) {
  if (!a || !b) return a ?? b;
  const sum = (key) => a[key] + b[key];
  return {
    passed: sum('passed'),
    failed: sum('failed'),
    skipped: sum('skipped'),
    erroredFiles: sum('erroredFiles'),
    sessions: sum('sessions'),
    browsers: { ...a.browsers, ...b.browsers },
    failures: [...a.failures, ...b.failures],
  };
}

/**
 * Runs wtr: the tests against Lit's production build, then the element tests against its development
 * build in Chromium (see the top of this file). Never throws for failing tests; throws only when the
 * browsers are missing or the driver cannot start.
 *
 * @param {{ args?: string[], browsers?: string[], log?: (line: string) => void, litDev?: string }} [options]
 *   args: extra wtr CLI arguments (file globs, --watch, …); browsers: default BROWSERS or all three;
 *   litDev: '0' (no development-build run), 'only' (nothing else), otherwise both (default LIT_DEV).
 * @returns {Promise<{ code: number, interrupted: boolean, results?: { passed: number, failed: number,
 *   skipped: number, erroredFiles: number, sessions: number, browsers: Record<string, object> } }>}
 */
export async function runWtr({ args = [], browsers = wantedBrowsers(), log = console.error, litDev = process.env.LIT_DEV ?? '' } = {}) {
  // Interactive modes need the terminal, and run once.
  const interactive = args.some((arg) => ['--watch', '-w', '--manual', '--open'].includes(arg));
  const { files, rest } = splitArgs(args);
  const devFiles =
    !interactive && !['0', 'off', 'false'].includes(litDev) && browsers.includes('chromium')
      ? litDevFiles(files.length ? files : (process.env.TEST_FILES?.split(',') ?? []))
      : [];
  const productionRun = litDev !== 'only';
  const paths = await ensureBrowsers({ browsers: productionRun ? browsers : ['chromium'], log });
  const tracker = new ProcessTracker();
  const runDir = path.join(root, '.wtr-tmp', `run-${process.pid}-${Date.now()}`);
  let driver;
  let wtr;
  let wtrGroup = false;
  let interrupted = false;

  const onSignal = (name) => {
    if (interrupted) return; // a second Ctrl-C: cleanup is already under way
    interrupted = name;
    log(`run-wtr: ${name}, stopping the test run and the browsers`);
    if (wtr?.pid && wtr.exitCode === null) signal(wtr.pid, 'SIGINT');
    // If wtr has not started yet, the code below notices `interrupted` and skips it.
  };
  const handlers = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((name) => {
    const handler = () => onSignal(name);
    process.on(name, handler);
    return [name, handler];
  });

  /** One wtr run with a counting config of its own; resolves to its exit code and counts. */
  const runOnce = async (runArgs, env, label = '') => {
    mkdirSync(runDir, { recursive: true });
    const resultsFile = path.join(runDir, `results${label ? '-lit-dev' : ''}.json`);
    const config = writeWrapperConfig(runDir, resultsFile, label);
    // Everything but an interactive run goes in its own process group, so that nothing it leaves
    // behind escapes the group kill.
    if (wtr?.pid && wtrGroup) signal(-wtr.pid, 'SIGTERM'); // what the previous run left
    wtrGroup = !interactive;
    wtr = spawn(WTR_BIN, ['--config', config, ...runArgs], {
      cwd: root,
      env,
      detached: !interactive,
      stdio: [interactive ? 'inherit' : 'ignore', 'inherit', 'inherit'],
    });
    if (wtr.pid) tracker.track(wtr.pid);
    const code = await new Promise((resolve) => {
      wtr.once('error', (error) => {
        log(`run-wtr: could not start web-test-runner: ${error.message}`);
        resolve(1);
      });
      wtr.once('exit', (exitCode, signalName) => resolve(exitCode ?? (signalName ? 128 + (signalName === 'SIGINT' ? 2 : 15) : 1)));
    });
    try {
      return { code, results: JSON.parse(readFileSync(resultsFile, 'utf8')) };
    } catch {
      return { code }; // wtr ended before its run finished (interrupted, config error): no counts
    }
  };

  try {
    const env = {
      ...process.env,
      BROWSERS: browsers.join(','),
      PUPPETEER_SKIP_DOWNLOAD: '1',
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      ...(paths.chromium && { CHROME_PATH: paths.chromium }),
      ...(paths.firefox && { FIREFOX_PATH: paths.firefox }),
      ...(paths.miniBrowser && { WEBKIT_MINIBROWSER: paths.miniBrowser }),
    };
    const interruptedCode = () => (interrupted === 'SIGTERM' ? 143 : 130);
    const runs = [];
    if (productionRun) {
      if (browsers.includes('webkit') && !interrupted) {
        driver = await startWebKitDriver(paths, tracker, log);
        env.WEBKIT_WEBDRIVER_PORT = String(driver.port);
        log(`run-wtr: WebKitWebDriver ready on port ${driver.port} (Xvfb)`);
      }
      if (interrupted) return { code: interruptedCode(), interrupted: true };
      runs.push(await runOnce(args, env));
      if (driver) await stopWebKitDriver(driver);
      driver = undefined;
    }
    if (devFiles.length && !interrupted) {
      const started = performance.now();
      log(`run-wtr: Lit's development build, Chromium: ${devFiles.join(' ')}`);
      runs.push(await runOnce([...rest, ...devFiles], { ...env, BROWSERS: 'chromium', LIT_BUILD: 'development' }, LIT_DEV_LABEL));
      log(`run-wtr: the Lit development build run took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const code = runs.find((run) => run.code !== 0)?.code ?? 0;
    const results = runs.every((run) => run.results) ? runs.map((run) => run.results).reduce(mergeResults, undefined) : undefined;
    return { code: interrupted ? interruptedCode() : code, interrupted: Boolean(interrupted), results };
  } finally {
    await (async () => {
      // wtr has exited here; its process group (when it had its own) may still hold browser helpers.
      if (wtr?.pid && wtrGroup) signal(-wtr.pid, 'SIGTERM');
      if (driver) await stopWebKitDriver(driver);
      const survivors = await tracker.killAll();
      if (survivors.length) {
        const list = survivors.map((pid) => `${tracker.names.get(pid)} (${pid})`).join(', ');
        log(`run-wtr: ended ${survivors.length} process(es) left behind: ${list}`);
      }
      rmSync(runDir, { recursive: true, force: true });
      try {
        // Remove .wtr-tmp itself when no other run is using it.
        if (readdirSync(path.join(root, '.wtr-tmp')).length === 0) rmSync(path.join(root, '.wtr-tmp'), { recursive: true, force: true });
      } catch {
        // gone already
      }
    })();
    for (const [name, handler] of handlers) process.off(name, handler);
  }
}

/** `N passed, M failed` (+ skipped / errored files when there are any). */
export function formatResults(results) {
  if (!results) return 'no test results (the run did not finish)';
  const failed = results.failed + results.erroredFiles;
  const extra = [
    results.skipped && `${results.skipped} skipped`,
    results.erroredFiles && `${results.erroredFiles} file(s) failed to run`,
  ].filter(Boolean);
  return `${results.passed} passed, ${failed} failed${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** One line per failed test: `✗ Firefox test/x.test.ts › suite › test: message`. */
export function formatFailures(results) {
  return (results?.failures ?? []).map(({ browser, file, test, error }) => `  ✗ ${browser} ${file} › ${test}${error ? `: ${error}` : ''}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  let code;
  try {
    const { code: wtrCode, results } = await runWtr({ args: process.argv.slice(2) });
    const perBrowser = results ? Object.entries(results.browsers).map(([name, r]) => `${name} ${r.passed}/${r.passed + r.failed}`) : [];
    console.log(
      `run-wtr: ${formatResults(results)}${perBrowser.length ? ` — ${perBrowser.join(', ')}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const line of formatFailures(results)) console.log(line);
    code = wtrCode;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
  process.exit(code);
}
