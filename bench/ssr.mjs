/**
 * The server-side rendering benchmarks (run by `npm run bench`, see bench/run.mjs; names `ssr-server`
 * and `ssr-page` for --filter). Everything lands in bench/results-raw/ssr/ (git-ignored).
 *
 *   build        bench/ssr-server.mjs bundled for Node by esbuild (src/ssr.ts and the React baseline's
 *                card from the sources, packages external, as test/server/ssr.mjs does), and the CDN
 *                file from src/cdn.ts (`vite build --mode cdn`, into site/cdn/)
 *   ssr-server   1,000 cards to an HTML string in Node, ours (`renderElement`) against React 19
 *                (`renderToString`): one process of their own (NODE_ENV=production, --expose-gc),
 *                warmed up, samples alternating which variant goes first
 *   ssr-page     examples/plain-html/index.html as it is (client-only) and with the elements' server
 *                HTML in place (SSR + hydration), both loading the CDN file from the same server;
 *                each opened in a fresh headless Chromium tab, the two alternating, on a desktop window
 *                (the bench's) and as Lighthouse's default mobile run (412×823, 4× CPU slowdown,
 *                slow 4G): first contentful paint, the card's first paint, and cumulative layout
 *                shift (with each shift's sources, to find what moves)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { bundleForNode } from '../scripts/bundle-for-node.mjs';
import { heapArgs, launchChromium } from '../scripts/chromium.mjs';
import { cases } from './generate.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(bench, '..');
const out = path.join(bench, 'results-raw', 'ssr');
const site = path.join(out, 'site');
const example = path.join(root, 'examples', 'plain-html');

/** Bundles the server side and builds the CDN file, both from the sources. */
export async function buildSsr() {
  mkdirSync(site, { recursive: true });
  await bundleForNode({ entry: path.join(bench, 'ssr-server.mjs'), outfile: path.join(out, 'server.mjs'), minifyTemplates: true });
  const { build: vite } = await import('vite');
  await vite({
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'cdn',
    root,
    logLevel: 'error',
    build: { outDir: path.join(site, 'cdn'), emptyOutDir: true, reportCompressedSize: false },
  });
}

/** Runs the bundled server side (bench/ssr-server.mjs) with `args`; its stdout as JSON. */
function server(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(out, 'server.mjs'), ...args], {
      cwd: root,
      // React's production build, as a server runs it (the development one is several times slower).
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`ssr-server ${args[0]} exited with ${code}`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------- pages

/**
 * First in each page's head: records layout shifts (without recent input, as CLS counts them) with
 * their sources, and the card's first paint: the first frame in which its shadow root holds the
 * article, ended by a task posted from that frame (as bench/measure.ts times paints).
 */
const PROBE = `<script>
      window.bench = { shifts: [] };
      const describe = (node) => {
        const path = [];
        for (let n = node; n; ) {
          if (n instanceof ShadowRoot) { path.unshift('#shadow-root'); n = n.host; continue; }
          if (n.nodeType === 1) path.unshift(n.localName + (n.id ? '#' + n.id : '') + (n.getAttribute('part') ? '[part=' + n.getAttribute('part') + ']' : n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).join('.') : ''));
          else path.unshift(n.nodeName);
          n = n.parentNode;
        }
        return path.filter((p) => !/^(html|body|#document)$/.test(p)).join(' > ');
      };
      const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (!e.hadRecentInput)
            bench.shifts.push({ value: e.value, time: Math.round(e.startTime), sources: e.sources.map((s) => ({ node: s.node ? describe(s.node) : '(gone)', from: rect(s.previousRect), to: rect(s.currentRect) })) });
      }).observe({ type: 'layout-shift', buffered: true });
      // Shift sources that hydration removed read as null: what was removed from a shadow root, and when.
      bench.removed = [];
      // 'interactive': the HTML is parsed, deferred and module scripts (the elements' hydration) have not run yet.
      document.addEventListener('readystatechange', () => {
        for (const host of document.querySelectorAll('film-card, film-ratings-badge, film-awards-list, film-review-carousel, film-soundtrack'))
          if (host.shadowRoot)
            new MutationObserver((list) => {
              for (const m of list) for (const n of m.removedNodes) if (n.nodeType !== 8) bench.removed.push({ time: Math.round(performance.now()), node: describe(m.target) + ' > ' + (n.nodeType === 1 ? n.localName : '#text') + ' "' + n.textContent.trim().slice(0, 40) + '"' });
            }).observe(host.shadowRoot, { subtree: true, childList: true });
      }, { once: true });
      (function poll() {
        requestAnimationFrame(() => {
          if (!document.querySelector('film-card')?.shadowRoot?.querySelector('article')) return poll();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (bench.cardFrame = performance.now());
          channel.port2.postMessage(null);
        });
      })();
    </script>`;

/** The two pages: the example's CDN script from this server, the probe first in the head. */
async function writePages() {
  const cdn = /<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/film-elements@[^"]*"><\/script>/;
  const page = readFileSync(path.join(example, 'index.html'), 'utf8');
  if (!cdn.test(page)) throw new Error('examples/plain-html/index.html: no CDN script found');
  const local = page
    .replace(cdn, '<script type="module" src="./cdn/film-elements.js"></script>')
    .replace('<meta charset="utf-8" />', (m) => `${m}\n    ${PROBE}`);
  writeFileSync(path.join(site, 'client.html'), local);
  cpSync(path.join(example, 'posters'), path.join(site, 'posters'), { recursive: true });
  const ssr = await server('page', path.join(site, 'client.html'), path.join(site, 'ssr.html'));
  if (ssr.elements !== 5) throw new Error(`ssr page: ${ssr.elements} of 5 elements rendered`);
  return { client: Buffer.byteLength(local), ssr: ssr.bytes };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A static server for site/, gzipped as a CDN or web server would send it (it matters on the throttled network). */
async function serve() {
  const http = createServer((request, response) => {
    const file = path.join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (file.endsWith('favicon.ico')) return response.writeHead(204).end();
    try {
      const body = readFileSync(file);
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response
        .writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...(gzip && { 'content-encoding': 'gzip' }),
        })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${http.address().port}`, close: () => http.close() };
}

/** Lighthouse's default (mobile) run, with DevTools throttling rather than its simulation. */
export const CONDITIONS = {
  desktop: { viewport: { ...cases.window, deviceScaleFactor: 1 } },
  mobile: {
    viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
};

async function load(browser, url, condition) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  try {
    await tab.setViewport(condition.viewport);
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Every element defined and rendered (or hydrated), then a second for late shifts (images, observers).
    const result = await tab.evaluate(async () => {
      const tags = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'];
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        // Nothing paints before the first contentful paint, even in a frame that holds the card.
        cardPaint: Math.max(window.bench.cardFrame, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
        cls: window.bench.shifts.reduce((sum, shift) => sum + shift.value, 0),
        shifts: window.bench.shifts,
        removed: window.bench.removed,
        rendered: tags.every((tag) => {
          const shadow = document.querySelector(tag).shadowRoot;
          return shadow?.textContent.trim() && !shadow.querySelector('[part~="error"]');
        }),
      };
    });
    if (!result.rendered || errors.length) throw new Error(`${url}: ${errors.join('; ') || 'not every element rendered the film'}`);
    delete result.rendered;
    return result;
  } finally {
    await tab.close();
  }
}

async function pageLoads(samples) {
  const bytes = await writePages();
  const http = await serve();
  const browser = await launchChromium({ args: heapArgs });
  const results = {};
  try {
    for (const [name, condition] of Object.entries(CONDITIONS)) {
      const runs = (results[name] = { client: [], ssr: [] });
      // One load of each first (not counted): Chromium's own first-tab and code-cache effects.
      for (const page of ['client', 'ssr']) await load(browser, `${http.origin}/${page}.html`, condition);
      for (let i = 0; i < samples; i++)
        for (const page of i % 2 ? ['ssr', 'client'] : ['client', 'ssr'])
          runs[page].push(await load(browser, `${http.origin}/${page}.html`, condition));
    }
  } finally {
    await browser.close();
    http.close();
  }
  return { bytes, conditions: results };
}

/** Runs the benchmarks matching `filter` (all without one); their raw results, also written to results-raw/ssr.json. */
export async function runSsr({ filter, samples = cases.ssr.sampleSize } = {}) {
  const wanted = (name) => !filter || new RegExp(filter).test(name);
  const result = { sampleSize: samples };
  if (wanted('ssr-server')) {
    console.log(`bench: ssr-server, 1,000 cards to HTML in Node × ${samples} samples per variant`);
    result.server = await server('throughput', String(samples));
  }
  if (wanted('ssr-page')) {
    console.log(
      `bench: ssr-page, the plain-HTML example client-only and SSR × ${samples} loads each, ${Object.keys(CONDITIONS).join(' and ')}`,
    );
    result.page = await pageLoads(samples);
  }
  writeFileSync(path.join(bench, 'results-raw', 'ssr.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export const ssrWanted = (filter) => !filter || ['ssr-server', 'ssr-page'].some((name) => new RegExp(filter).test(name));
