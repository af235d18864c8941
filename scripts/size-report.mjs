#!/usr/bin/env node
/**
 * The size report beside the benchmark results: bench/sizes.json, written from scripts/size.mjs's
 * `measureSizes()` on dist/ (run `npm run build` first), then the performance charts redrawn from it
 * (scripts/performance-charts.mjs). Committed, like bench/results.json, so that docs/performance.md and
 * the Storybook page "Performance" show the sizes of the commit they are in.
 *
 *   npm run build && node scripts/size-report.mjs
 *
 * Only what the charts and readers need: per element the initial load and what it loads on demand, the
 * worst "+ element on top of another", the CDN file and its chunks, and the targets of
 * size-budgets.json. No date and no chunk hashes, so the same build writes the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { SIZES_FILE, writePerformanceCharts } from './performance-charts.mjs';
import { measureSizes } from './size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `film-card.js` → `film-card`; a chunk's `de-BMADQl-v` → `de` (rolldown's 8-character hash). */
const element = (file) => file.replace(/\.js$/, '');
const chunk = (name) => name.replace(/-[\w-]{8}$/, '');
const bytes = ({ min, gzip }) => ({ min, gzip });

/** The report from `measureSizes()`'s result and size-budgets.json's targets. */
export function sizeReport(sizes, budgets) {
  const further = new Map(sizes.further.map((step) => [step.name, step]));
  return {
    $comment:
      "Written by `node scripts/size-report.mjs` (after `npm run build`) from scripts/size.mjs: bytes, min + gzip level 9; kB in the charts are 1,000 bytes. `targets` are size-budgets.json's; `further` is the element on top of `first`, the worst first.",
    targets: Object.fromEntries(Object.entries(budgets.targets).map(([name, target]) => [name, { gzip: target.gzip, what: target.what }])),
    cdn: sizes.cdn && {
      name: sizes.cdn.name,
      initial: bytes(sizes.cdn),
      chunks: sizes.cdnChunks && { name: sizes.cdnChunks.name, count: sizes.cdnChunks.count, ...bytes(sizes.cdnChunks) },
    },
    elements: sizes.entries
      .filter((entry) => entry.name.startsWith('film-'))
      .map((entry) => {
        const step = further.get(entry.name);
        return {
          name: element(entry.name),
          initial: bytes(entry.initial),
          lazy: { ...bytes(entry.lazy), parts: entry.lazy.parts.map(chunk).sort() },
          further: step && { first: element(step.first), ...bytes(step) },
        };
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const budgets = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8'));
    const report = sizeReport(await measureSizes(), budgets);
    writeFileSync(path.join(root, SIZES_FILE), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`size-report: wrote ${SIZES_FILE}`);
    for (const file of await writePerformanceCharts()) console.log(`size-report: wrote ${file}`);
  } catch (error) {
    console.error(`size-report: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
