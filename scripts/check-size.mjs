#!/usr/bin/env node
/**
 * Size budgets (issue 8), min + gzip, on the built package (run after `npm run build`):
 *
 *   cdn        cdn/film-elements.js, as shipped                      ≤ 30 kB
 *   element    each element alone, initial load (scripts/size.mjs)  ≤ 18 kB
 *   further    each element on top of another one (the worst first)  ≤ 5 kB
 *
 * size-budgets.json holds these targets, and a ratchet for every size that is over its target today:
 * the size measured when it was recorded, so that it can shrink but not grow. The check fails when
 *
 *   - a size is over its target and has no ratchet (a new regression);
 *   - a size grew beyond its ratchet;
 *   - a size is within its target but still has a ratchet (the file must say that the budget is met:
 *     delete the ratchet, or run with --update).
 *
 * Every size over its target prints "over target by X kB: <what the bytes are>".
 *
 * It also fails when bench/sizes.json, the size report the performance charts draw, is not this
 * build's (`node scripts/size-report.mjs` rewrites it; --update and --accept do too).
 *
 * Ratchets are recorded rounded up to the next 100 bytes (the 0.1 kB the table shows), so that a few
 * bytes of noise do not fail a build; anything more does.
 *
 *   node scripts/check-size.mjs            check (part of `npm test`)
 *   node scripts/check-size.mjs --update   lower ratchets to today's sizes and drop the ones no longer
 *                                          needed; never raises one
 *   node scripts/check-size.mjs --accept   also raise or add ratchets to today's sizes: a decision to
 *                                          accept a bigger size, which the diff of size-budgets.json
 *                                          shows (say why in the commit)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { SIZES_FILE, writePerformanceCharts } from './performance-charts.mjs';
import { sizeReport } from './size-report.mjs';
import { analyze, analyzeFurther, formatAnalysis, kB, measureSizes } from './size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'size-budgets.json');
const accept = process.argv.includes('--accept');
const update = accept || process.argv.includes('--update');
/** The recorded form of a size: rounded up to 0.1 kB. */
const recorded = (bytes) => Math.ceil(bytes / 100) * 100;

const budgets = JSON.parse(readFileSync(file, 'utf8'));
const { targets } = budgets;
const ratchets = { ...budgets.ratchets };

const sizes = await measureSizes();

/** Every budgeted measurement: key in size-budgets.json, kind of target, gzip bytes, how to analyse it. */
const checks = [];
if (sizes.cdn) checks.push({ key: sizes.cdn.name, kind: 'cdn', gzip: sizes.cdn.gzip, analysis: () => analyze('cdn') });
for (const entry of sizes.entries.filter((e) => e.name.startsWith('film-'))) {
  const name = entry.name.replace(/\.js$/, '');
  checks.push({ key: entry.name, kind: 'element', gzip: entry.initial.gzip, analysis: () => analyze(name) });
}
for (const step of sizes.further) {
  const [first, name] = [step.first, step.name].map((file) => file.replace(/\.js$/, ''));
  checks.push({
    key: `+ ${step.name}`,
    kind: 'further',
    gzip: step.gzip,
    note: `on top of ${step.first}`,
    analysis: () => analyzeFurther(first, name),
  });
}
if (!sizes.cdn) console.error('size: dist/cdn/film-elements.js is missing');

const failures = [];
const lines = [];
for (const check of checks) {
  const target = targets[check.kind]?.gzip;
  const ratchet = ratchets[check.key];
  const label = `${check.key.padEnd(26)} ${kB(check.gzip).padStart(8)}  target ${kB(target)}`;
  if (check.gzip <= target) {
    lines.push(`✓ ${label}`);
    if (ratchet !== undefined) {
      if (update) delete ratchets[check.key];
      else
        failures.push(
          `${check.key} is within its target now (${kB(check.gzip)} ≤ ${kB(target)}): remove its ratchet from size-budgets.json (or run node scripts/check-size.mjs --update)`,
        );
    }
    continue;
  }
  const over = `over target by ${kB(check.gzip - target)}`;
  const analysis = formatAnalysis(await check.analysis(), 6);
  if (ratchet === undefined || check.gzip > ratchet) {
    const what = ratchet === undefined ? 'is over its target with no ratchet' : `grew beyond its ratchet (${check.gzip} B > ${ratchet} B)`;
    lines.push(`${accept ? '!' : '✗'} ${label}${ratchet === undefined ? '' : `  ratchet ${kB(ratchet)}`}  ${over}: ${analysis}`);
    if (accept) {
      ratchets[check.key] = recorded(check.gzip);
      console.log(
        `size: ! accepted ${check.key} at ${kB(ratchets[check.key])} (was ${ratchet === undefined ? 'within target' : kB(ratchet)})`,
      );
    } else {
      failures.push(
        `${check.key} ${what}${check.note ? ` ${check.note}` : ''}: find the bytes, or accept the size on purpose (node scripts/check-size.mjs --accept)`,
      );
    }
  } else {
    lines.push(`! ${label}  ratchet ${kB(ratchet)}  ${over}${check.note ? ` (${check.note})` : ''}: ${analysis}`);
    if (update) ratchets[check.key] = Math.min(ratchet, recorded(check.gzip));
  }
}

console.log('size budgets (min + gzip; ✓ within target, ! over target but within its recorded ratchet, ✗ failing):');
for (const line of lines) console.log(`  ${line}`);

// The size report the performance charts draw (docs/performance.md, Storybook) must be this build's.
const report = `${JSON.stringify(sizeReport(sizes, budgets), null, 2)}\n`;
const reportFile = path.join(root, SIZES_FILE);
if (!existsSync(reportFile) || readFileSync(reportFile, 'utf8') !== report) {
  if (update) {
    writeFileSync(reportFile, report);
    await writePerformanceCharts();
    console.log(`size: ${SIZES_FILE} and the charts rewritten`);
  } else {
    failures.push(`${SIZES_FILE} is not this build's report: run node scripts/size-report.mjs (it redraws the charts too)`);
  }
}

if (update) {
  const sorted = Object.fromEntries(Object.entries(ratchets).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify({ ...budgets, ratchets: sorted }, null, 2)}\n`);
  console.log(`size: ratchets written to ${path.relative(root, file)}`);
} else if (failures.length) {
  for (const failure of failures) console.error(`size: ✗ ${failure}`);
  process.exit(1);
} else {
  console.log('size: ✓ no size grew beyond its target or ratchet');
}
