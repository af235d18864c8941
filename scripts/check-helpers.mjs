/**
 * Shared by scripts/check-package.mjs and scripts/check-examples.mjs (named check-* for the browser
 * globals its page-side functions use, see eslint.config.js): pack the package as npm would
 * publish it, unpack it, run commands, serve folders over HTTP, drive Debian's Chromium.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** A temporary directory, removed by `cleanup()` unless KEEP_TMP is set (for looking inside). */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return {
    dir,
    cleanup() {
      if (process.env.KEEP_TMP) console.log(`  (kept ${dir})`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a command; resolves to its output, rejects with the output in the message. npm's harmless
 * `Unknown user config "nodedir"` warning is left out of what is shown.
 */
export function run(command, args, { cwd = root, env = {}, timeout = 10 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const shown = output
        .split('\n')
        .filter((line) => !line.includes('Unknown user config "nodedir"'))
        .join('\n')
        .trimEnd();
      if (code === 0) resolve(shown);
      else
        reject(
          new Error(
            `${path.basename(command)} ${args.join(' ')} (in ${path.relative(root, cwd) || '.'}) exited with ${signal ?? code}\n${shown}`,
          ),
        );
    });
  });
}

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * `npm pack` of the repository as it is (run `npm run build` first), lifecycle scripts skipped (they
 * would rebuild, and `prepublishOnly` runs `npm test`, which runs this). Returns the tarball's path and
 * the list of files in it.
 */
export async function packTarball(destination) {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(destination, { recursive: true });
  const output = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', destination]);
  const [info] = JSON.parse(output.slice(output.indexOf('[')));
  return {
    tarball: path.join(destination, info.filename),
    files: info.files.map((f) => f.path).sort(),
    size: info.size,
    unpackedSize: info.unpackedSize,
  };
}

/** Unpacks a tarball into `<destination>/package`, as npm would install it; returns that folder. */
export async function extractTarball(tarball, destination) {
  mkdirSync(destination, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', destination]);
  return path.join(destination, 'package');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves folders over HTTP on a free localhost port: `mounts` maps a URL prefix ("/react/") to a
 * folder. Directory URLs serve their index.html. Resolves to `{ origin, close() }`.
 */
export function serve(mounts) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    // Chromium asks every origin for one; the examples are not about favicons.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => pathname.startsWith(p));
    if (prefix === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const base = mounts[prefix];
    let file = path.join(base, pathname.slice(prefix.length));
    if (!file.startsWith(base)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Debian's Chromium through puppeteer-core, as everything here launches it (scripts/chromium.mjs). */
export { launchChromium } from './chromium.mjs';

/**
 * Opens a page that records what must not happen: console errors, uncaught errors, failed requests.
 * `problems` fills as they come.
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/**
 * In the page: waits until every `film-*` element is defined, updated and shows something, then
 * returns `{ tag: text }` with each element's text read through its shadow root (nested shadow roots
 * included), whitespace collapsed. With `upgraded: false` (a page with JavaScript off) nothing is
 * waited for: the texts are those of the declarative shadow roots the HTML brought.
 */
export async function shadowTexts(page, { timeout = 15_000, upgraded = true } = {}) {
  if (upgraded)
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('film-'));
        return (
          elements.length > 0 &&
          elements.every((el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.textContent.trim())
        );
      },
      { timeout, polling: 100 },
    );
  return page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('film-'));
    await Promise.all(elements.map((el) => el.updateComplete));
    const textOf = (node) => {
      let text = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(child.nodeName)) {
          text += ` ${textOf(child.shadowRoot ?? child)} `;
        }
      }
      return text;
    };
    const texts = {};
    for (const el of elements) texts[el.localName] = `${texts[el.localName] ?? ''} ${textOf(el.shadowRoot)}`.replace(/\s+/g, ' ').trim();
    return texts;
  });
}

/** What the sample film must show in each element, whatever the example. */
export const sampleExpectations = {
  'film-card': ['Leaving Las Vegas', 'Mike Figgis', 'Nicolas Cage', 'Ben Sanderson', 'Elisabeth Shue'],
  'film-ratings-badge': ['Metacritic', '82'],
  'film-awards-list': ['Academy Awards', 'Best Actor', 'Nicolas Cage'],
  'film-review-carousel': ['Roger Ebert', 'Chicago Sun-Times'],
  'film-soundtrack': ['Leaving Las Vegas (Original Motion Picture Soundtrack)', 'Mike Figgis'],
};

/** Problems with `texts` against `sampleExpectations`: missing elements, missing texts, error states. */
export function missingSampleContent(texts) {
  const missing = [];
  for (const [tag, needles] of Object.entries(sampleExpectations)) {
    const text = texts[tag];
    if (text === undefined) {
      missing.push(`<${tag}> is not on the page`);
      continue;
    }
    for (const needle of needles)
      if (!text.includes(needle)) missing.push(`<${tag}> does not show "${needle}" (it shows: "${text.slice(0, 160)}…")`);
  }
  return missing;
}
