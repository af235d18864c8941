#!/usr/bin/env node
/**
 * Opens one bench page in headless Chromium (scripts/chromium.mjs), prints its measures, and
 * with --profile records a CPU profile of the page through the DevTools protocol and prints the
 * functions with the most self time (and writes the .cpuprofile for DevTools' Performance panel).
 * For finding the cause of a slow case; `npm run bench` is for the numbers.
 *
 *   node bench/profile.mjs "index.html?case=cards&variant=ours&n=1000" [--profile] [--runs 5] [--no-build] [--no-minify]
 *   node bench/profile.mjs page-ours.html
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { heapArgs, launchChromium } from '../scripts/chromium.mjs';
import { cases } from './generate.mjs';
import { buildSite } from './run.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const site = path.join(bench, 'results-raw', 'site');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { profile: { type: 'boolean' }, runs: { type: 'string' }, 'no-build': { type: 'boolean' }, 'no-minify': { type: 'boolean' } },
});
const page = positionals[0] ?? 'index.html?case=cards&variant=ours&n=1000';
const runs = Number(values.runs ?? 1);

// --no-minify keeps function names readable in the profile (the numbers are then a little off).
if (!values['no-build']) await buildSite({ minify: !values['no-minify'] });

const server = createServer(async (request, response) => {
  const file = path.join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// As tachometer runs the pages (bench/generate.mjs): the heap flags, the same window.
const { width, height } = cases.window;
const browser = await launchChromium({ args: [...heapArgs, `--window-size=${width},${height}`], defaultViewport: { width, height } });

try {
  for (let run = 0; run < runs; run++) {
    const tab = await browser.newPage();
    tab.on('console', (message) => message.type() === 'error' && console.error(`page: ${message.text()}`));
    tab.on('pageerror', (error) => console.error(`page: ${error.message}`));
    const cdp = await tab.createCDPSession();
    if (values.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await tab.goto(`${origin}/${page}`);
    await tab.waitForFunction(() => document.title.startsWith('bench'), { timeout: 60_000 });
    const title = await tab.title();
    const measures = await tab.evaluate(() => ({
      ...Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.duration * 10) / 10])),
      heapKB: window.benchHeapKB && Math.round(window.benchHeapKB),
    }));
    console.log(`${page} #${run + 1}: ${title === 'bench done' ? '' : `${title} `}${JSON.stringify(measures)}`);
    if (values.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      const out = path.join(bench, 'results-raw', `profile-${run + 1}.cpuprofile`);
      await writeFile(out, JSON.stringify(profile));
      printTop(profile);
      console.log(`(profile written to ${path.relative(process.cwd(), out)})`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

/** Self time per function (name, file:line), top 25, from a V8 CPU profile. */
function printTop(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  for (const id of profile.samples) {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url ? `${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`self time, top 25 of ${total.toFixed(0)} ms sampled:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
