#!/usr/bin/env node
/**
 * The story check (part of `npm test`): every story renders cleanly and accessibly.
 *
 *   1. builds the static Storybook (`npm run build-storybook`, which first writes the custom elements
 *      manifest), unless `--reuse` is given and storybook-static/index.json exists;
 *   2. serves storybook-static/ on a free localhost port (plain node:http, no extra dependency);
 *   3. opens every story of index.json in headless Chromium (puppeteer-core, Debian's binary or
 *      CHROME_PATH), two pages at a time, at `iframe.html?id=<id>&viewMode=story`, waits until
 *      Storybook has finished rendering it and its film elements have settled (updates done, `src`
 *      fetched), then fails the story when:
 *        - it logged a console error, or threw (uncaught error or rejection), or Storybook showed its
 *          error screen;
 *        - a `film-*` element (anywhere, shadow roots included) is not defined;
 *        - a `film-*` element of the story renders nothing (an empty shadow root), unless the story
 *          is tagged `empty`;
 *        - a `film-*` element shows its error state (`part="error"`) and the story is not tagged
 *          `error`, or the story is tagged `error` and none does;
 *        - a `film-*` element is still loading after LOAD_TIMEOUT, unless the story is tagged `loading`;
 *        - a request failed (Chromium logs it as a console error), unless the story is tagged
 *          `broken-url` (a poster or `src` that fails on purpose);
 *        - axe-core (node_modules/axe-core, run on `#storybook-root`, Storybook's a11y addon rules:
 *          everything axe runs by default except `region`) reports a violation;
 *   4. every story is checked twice: with the toolbar defaults (light, en, ltr), then with all three
 *      switched (dark, Arabic, its own direction: right to left) in the same page, as the toolbar does it (a story's own `globals`
 *      still win over both); `--quick` checks the defaults only;
 *   5. the MDX docs pages (not the generated "Docs" pages, whose stories are checked one by one) are
 *      opened too (light/en/ltr) and must pass the same checks on `#storybook-docs`, except that they
 *      may show an element's error state (they explain it).
 *
 * Console warnings are fine (elements warn once about the bad data a story feeds them on purpose).
 * Prints how many stories were checked and one line per failure; exits 1 on any failure.
 *
 * Options: --reuse           reuse storybook-static/ when present (also STORYBOOK_REUSE=1)
 *          --quick           one pass (toolbar defaults) instead of two
 *          --only <text>     only stories and docs whose id contains <text> (repeatable)
 *          --verbose         print every story checked, and the build output
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from './check-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
const axePath = path.join(root, 'node_modules', 'axe-core', 'axe.min.js');

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const only = argv.flatMap((arg, i) => (arg === '--only' && argv[i + 1] ? [argv[i + 1]] : []));
const reuse = flag('--reuse') || process.env.STORYBOOK_REUSE === '1';
const quick = flag('--quick');
const verbose = flag('--verbose') || flag('-v');

const CONCURRENCY = 2;
/** Longest wait for Storybook to finish rendering a story or docs page. */
const RENDER_TIMEOUT = 20_000;
/** Longest wait for film elements fetching `src` to leave their loading state. */
const LOAD_TIMEOUT = 5_000;

/** The passes: toolbar globals set in the URL. `a11y.manual` stops the a11y addon's own axe run (we run axe). */
const passes = [
  { label: 'light/en/ltr', globals: 'theme:light;locale:en;dir:ltr' },
  ...(quick ? [] : [{ label: 'dark/ar/rtl', globals: 'theme:dark;locale:ar;dir:auto' }]),
];
const A11Y_OFF = 'a11y.manual:!true';
/** Where the static server serves node_modules/axe-core/axe.min.js (cached, unlike an inline script). */
const AXE_URL = '/__check-storybook/axe.min.js';

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`check-storybook: ${message}`);

// ── 1. build ─────────────────────────────────────────────────────────────────────────────────────
function buildStorybook() {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build-storybook'], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`could not start npm: ${error.message}`)));
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`npm run build-storybook exited with ${signal ?? code}\n${output.trimEnd()}`)),
    );
  });
}

// ── 2. static server ─────────────────────────────────────────────────────────────────────────────
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function serve(dir) {
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    // Chromium asks for it on every page; Storybook has none there. Not a story's error.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir + path.sep) && file !== dir) {
      response.writeHead(403).end();
      return;
    }
    if (pathname === AXE_URL) file = axePath;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Every story is a fresh page: let Chromium cache (and keep compiled) the big bundles between them.
    const modified = statSync(file).mtime.toUTCString();
    if (request.headers['if-modified-since'] === modified) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/assets/') || pathname.startsWith('/sb-') || pathname === AXE_URL ? 'max-age=3600' : 'no-cache',
      'last-modified': modified,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ── 3. in the page ───────────────────────────────────────────────────────────────────────────────
/** Runs in the page: true once Storybook has finished rendering the story (or gave up on it). */
function storyFinished() {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  return Boolean(render && ['finished', 'aborted'].includes(render.phase)) || document.body.classList.contains('sb-show-errordisplay');
}

/** Runs in the page: true once the MDX page has rendered its content. */
function docsRendered() {
  return Boolean(document.querySelector('#storybook-docs .sbdocs-content')) || document.body.classList.contains('sb-show-errordisplay');
}

/**
 * Runs in the page: waits for the film elements under `rootSelector` to settle and describes them.
 * Deep: film elements inside other elements' shadow roots count for "defined".
 */
async function inspectFilmElements(rootSelector, loadTimeout) {
  const scope = document.querySelector(rootSelector);
  if (!scope) return { missingRoot: true, elements: [] };
  const deep = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('film-')) found.push(element);
      if (element.shadowRoot) deep(element.shadowRoot, found);
    }
    return found;
  };
  const settle = async () => {
    const elements = deep(scope);
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements;
  };
  const loading = (element) => Boolean(element.shadowRoot?.querySelector('[part~="loading"]'));
  /** Every image in the story, shadow roots included. */
  const images = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName === 'img') found.push(element);
      if (element.shadowRoot) images(element.shadowRoot, found);
    }
    return found;
  };
  const started = performance.now();
  const pending = () => performance.now() - started < loadTimeout;
  let elements = await settle();
  while (elements.some(loading) && pending()) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    elements = await settle();
  }
  // Lazy images load when the browser gets round to them: load them all now, and wait until each has
  // loaded or failed, so a missing poster is always caught (and always shows its fallback).
  for (const image of images(scope)) if (image.loading === 'lazy') image.loading = 'eager';
  while (images(scope).some((image) => !image.complete) && pending()) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  elements = await settle();
  // Let late renders (a second update after an image loaded or failed) land. (Not requestAnimationFrame:
  // Chromium throttles it in the page that is not in front, and two pages run at once.)
  await new Promise((resolve) => setTimeout(resolve, 50));
  elements = await settle();
  const topLevel = new Set(scope.querySelectorAll('*'));
  const describe = (element) => {
    const shadow = element.shadowRoot;
    const hasContent =
      !!shadow &&
      ([...shadow.querySelectorAll('*')].some((node) => !['STYLE', 'LINK', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) ||
        [...shadow.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()));
    return {
      tag: element.localName,
      topLevel: topLevel.has(element),
      defined: element.matches(':defined'),
      empty: !hasContent,
      error: Boolean(shadow?.querySelector('[part~="error"]')),
      errorText: shadow?.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      loading: loading(element),
    };
  };
  return { missingRoot: false, elements: elements.map(describe) };
}

/** Runs in the page (axe-core injected): the violations under `rootSelector`. */
async function runAxe(rootSelector) {
  const { axe } = window;
  axe.reset();
  // As Storybook's a11y addon: axe's default rules, except `region` (a lone component has no landmarks).
  axe.configure({ rules: [{ id: 'region', enabled: false }] });
  const result = await axe.run({ include: [rootSelector] }, { resultTypes: ['violations'] });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ')),
  }));
}

// ── 4. one page ──────────────────────────────────────────────────────────────────────────────────
const short = (text, max = 300) => {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Runs in the page: switches the toolbar globals and resolves once the story has rendered again. */
async function switchGlobals(globals) {
  await window.__STORYBOOK_PREVIEW__.onUpdateGlobals({ globals });
}

/** `theme:dark;locale:fr` → `{ theme: 'dark', locale: 'fr' }` */
const parseGlobals = (text) => Object.fromEntries(text.split(';').map((pair) => pair.split(':')));

/**
 * Opens one story (or MDX page) and checks it under each pass's globals: the first pass loads the page
 * with them in the URL, the next ones switch them in place as the toolbar does (the decorator re-creates
 * the story's elements, so they connect again under the new `lang`). Returns `[{ pass, failures }]`.
 */
async function checkEntry(browser, base, entry, entryPasses) {
  const isDocs = entry.type === 'docs';
  const tags = new Set(entry.tags ?? []);
  const results = [];
  let failures = [];
  const timings = [];
  let lapStart = performance.now();
  const lap = (label) => {
    const now = performance.now();
    timings.push(`${label} ${Math.round(now - lapStart)}`);
    lapStart = now;
  };
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 768 });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // A request that failed (404 poster, unreachable `src`) is logged by Chromium as a console error:
      // a failure too, except in stories tagged `broken-url`, which fail a request on purpose.
      if (tags.has('broken-url') && message.text().startsWith('Failed to load resource')) return;
      const where = message.location()?.url ? ` (${message.location().url.replace(base, '')})` : '';
      failures.push(`console error: ${short(message.text())}${where}`);
    });
    page.on('pageerror', (error) => failures.push(`uncaught: ${short(error?.message ?? error)}`));

    for (const [i, pass] of entryPasses.entries()) {
      failures = [];
      results.push({ pass, failures });
      if (i === 0) {
        const globals = encodeURIComponent(`${pass.globals};${A11Y_OFF}`).replace(/%3A/g, ':').replace(/%3B/g, ';');
        const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${isDocs ? 'docs' : 'story'}&globals=${globals}`;
        await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT });
        lap('load');
        try {
          await page.waitForFunction(isDocs ? docsRendered : storyFinished, { timeout: RENDER_TIMEOUT, polling: 50 });
        } catch {
          failures.push(`did not finish rendering within ${RENDER_TIMEOUT / 1000} s`);
          break;
        }
      } else {
        try {
          await Promise.race([
            page.evaluate(switchGlobals, parseGlobals(pass.globals)),
            new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), RENDER_TIMEOUT)),
          ]);
        } catch (error) {
          failures.push(
            `did not render again with ${pass.label} within ${RENDER_TIMEOUT / 1000} s (${short(error?.message ?? error, 120)})`,
          );
          break;
        }
      }
      lap('render');
      const errorDisplay = await page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent ?? ''}`
          : null,
      );
      if (errorDisplay !== null) {
        failures.push(`Storybook error screen: ${short(errorDisplay)}`);
        break;
      }

      // Posters, `src` fetches: let every request end (a 404 shows up as a console error).
      await page.waitForNetworkIdle({ idleTime: 100, timeout: LOAD_TIMEOUT }).catch(() => {});
      const rootSelector = isDocs ? '#storybook-docs' : '#storybook-root';
      const { missingRoot, elements } = await page.evaluate(inspectFilmElements, rootSelector, tags.has('loading') ? 0 : LOAD_TIMEOUT);
      lap('settle');
      if (missingRoot) failures.push(`${rootSelector} is missing`);
      for (const element of elements) {
        if (!element.defined) failures.push(`<${element.tag}> is not defined (its module was not loaded, or was tree-shaken away)`);
      }
      const shown = elements.filter((element) => element.topLevel && element.defined);
      for (const element of shown) {
        if (element.loading && !tags.has('loading')) failures.push(`<${element.tag}> is still loading after ${LOAD_TIMEOUT / 1000} s`);
        else if (element.empty && !tags.has('empty'))
          failures.push(`<${element.tag}> renders nothing (tag the story "empty" if that is the point)`);
        // Docs pages may show an error state on purpose (they explain it); stories must say so with a tag.
        if (element.error && !tags.has('error') && !isDocs)
          failures.push(
            `<${element.tag}> shows its error state: ${short(element.errorText, 200)} (tag the story "error" if that is the point)`,
          );
      }
      if (tags.has('error') && !isDocs && !shown.some((element) => element.error))
        failures.push('tagged "error" but no film element shows its error state');

      if (i === 0) await page.addScriptTag({ url: AXE_URL });
      const violations = await page.evaluate(runAxe, rootSelector);
      lap('axe');
      for (const v of violations) {
        failures.push(
          `axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ` and ${v.targets.length - 3} more` : ''}`,
        );
      }
    }
  } catch (error) {
    failures.push(`check crashed: ${short(error?.message ?? error)}`);
  } finally {
    await page.close().catch(() => {});
  }
  if (verbose) results.timings = `${timings.join(' ms, ')} ms`;
  return results;
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────
async function main() {
  const started = performance.now();
  if (reuse && existsSync(path.join(staticDir, 'index.json'))) {
    log('reusing storybook-static/');
  } else {
    const buildStart = performance.now();
    await buildStorybook();
    log(`built storybook-static/ in ${seconds(buildStart)}`);
  }

  const index = JSON.parse(readFileSync(path.join(staticDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries ?? {});
  const matches = (entry) => only.length === 0 || only.some((text) => entry.id.includes(text));
  const stories = entries.filter((entry) => entry.type === 'story' && matches(entry));
  // MDX pages only: a generated "Docs" page shows stories that are checked one by one.
  const docs = entries.filter((entry) => entry.type === 'docs' && entry.importPath?.endsWith('.mdx') && matches(entry));
  if (stories.length === 0 && docs.length === 0) {
    log(only.length ? `nothing matches ${only.join(', ')}` : 'no stories found in storybook-static/index.json');
    return 1;
  }

  const server = await serve(staticDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();

  const jobs = [...stories.map((entry) => ({ entry, passes })), ...docs.map((entry) => ({ entry, passes: passes.slice(0, 1) }))];
  const results = [];
  const checkStart = performance.now();
  try {
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const entryResults = await checkEntry(browser, base, job.entry, job.passes);
        for (const result of entryResults) results.push({ entry: job.entry, ...result });
        if (verbose) {
          const ok = entryResults.every((result) => result.failures.length === 0);
          console.log(`  ${ok ? '✓' : '✗'} ${job.entry.id}  ${entryResults.timings ?? ''}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }

  // One line per distinct failure of an entry, naming the passes it happened in.
  const lines = new Map();
  for (const { entry, pass, failures } of results) {
    for (const failure of failures) {
      const key = `${entry.id}\u0000${failure}`;
      if (!lines.has(key)) lines.set(key, { entry, failure, passes: [] });
      lines.get(key).passes.push(pass.label);
    }
  }
  const sorted = [...lines.values()].sort((a, b) => a.entry.id.localeCompare(b.entry.id));
  for (const { entry, failure, passes: where } of sorted) {
    console.log(`  ✗ ${entry.id}${entry.type === 'docs' ? ' (docs)' : ` [${where.join(', ')}]`}: ${failure}`);
  }
  const failedEntries = new Set(sorted.map((line) => line.entry.id));
  log(
    `checked ${stories.length} stories (${passes.map((p) => p.label).join(' and ')}) and ${docs.length} docs pages in ${seconds(checkStart)}` +
      ` (total ${seconds(started)}): ${failedEntries.size ? `${failedEntries.size} failed` : 'all clean'}`,
  );
  const failed = failedEntries.size;
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check-storybook: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
