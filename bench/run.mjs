#!/usr/bin/env node
/**
 * `npm run bench`: our elements against hand-written custom elements (bench/vanilla) and React 19
 * (bench/react), all in one tachometer run in headless Chromium, so every ratio compares numbers taken
 * side by side on the same machine at the same time.
 *
 *   1. build   bench/generate.mjs writes the pages and bench/tachometer.json from the list of cases,
 *              bench/cases.json; Vite builds the pages into bench/results-raw/site (all git-ignored):
 *              bench/index.html (the timed cases, each variant a separate chunk) and bench/page-*.html
 *              (page cost, one build per variant so no variant loads another's code)
 *   2. run     tachometer with that config (Debian's chromedriver, see below); raw samples in
 *              bench/results-raw/tachometer.json, its own output in bench/results-raw/tachometer.log
 *   3. ssr     the server-side rendering benchmarks, bench/ssr.mjs: 1,000 cards to HTML in Node (ours vs
 *              React 19's renderToString), and the plain-HTML example client-only vs SSR in headless
 *              Chromium (first contentful paint, layout shift); raw results in bench/results-raw/ssr.json
 *   4. report  a table on stdout, bench/results.json, the results section of docs/performance.md, and
 *              the charts (scripts/performance-charts.mjs: docs/performance/*.svg and the pages showing
 *              them) (a run with --filter reports to bench/results-raw/ instead, so it never replaces
 *              the full results with a partial set)
 *
 * Options:
 *   --sample-size N   samples per benchmark (default: bench/cases.json's, 20 in tachometer, 10 for SSR)
 *   --filter RE       only benchmarks whose name matches (e.g. "carousel", "ssr-page"); targets missing a side are skipped
 *   --no-build        reuse the last build
 *   --report-only     no build, no run: rebuild the report from bench/results-raw/tachometer.json
 *   --before DIR      also run our elements as they were before a change, side by side in the same run:
 *                     DIR mirrors the repository (DIR/src/…) with the previous version of each changed
 *                     file; the rest of src/ is shared. Adds the variant `ours-before` to cases 1–4.
 *
 * Chromedriver: tachometer wants the npm `chromedriver` package, which downloads a driver (impossible
 * here) and must not be installed into the shared node_modules anyway. We run tachometer with
 * NODE_PATH and an import hook that resolve `chromedriver` to bench/debian-chromedriver, a stand-in
 * that puts Debian's /usr/bin/chromedriver (or $CHROMEDRIVER_FILEPATH) on PATH, where
 * selenium-webdriver finds it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { writePerformanceCharts } from '../scripts/performance-charts.mjs';
import { cases as benchmarks, tachometerConfig, writeBenchFiles } from './generate.mjs';
import { buildSsr, CONDITIONS, runSsr, ssrWanted } from './ssr.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(bench, '..');
const raw = path.join(bench, 'results-raw');
const site = path.join(raw, 'site');

export const VARIANTS = [...benchmarks.variants, 'ours-before'];

// ---------------------------------------------------------------------------------------------- build

/**
 * Vite plugin for --before: a module under src/ that has a copy in `before` (same relative path) is
 * loaded from the copy, under its own id, so its imports and its compilation (tsconfig: decorators)
 * are exactly those of the file it stands in for; only changed files need copying.
 */
function beforePlugin(before) {
  return {
    name: 'bench-before',
    enforce: 'pre',
    load(id) {
      const relative = path.relative(root, id.split('?')[0]);
      if (relative.startsWith('src' + path.sep) && existsSync(path.join(before, relative)))
        return readFileSync(path.join(before, relative), 'utf8');
      return null;
    },
  };
}

/** Lit's own modules, in node_modules (see `litUnused` below). */
const LIT_MODULES = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;

/** Writes the bench pages (bench/generate.mjs) and builds them into bench/results-raw/site (and site/before with `before`). */
export async function buildSite({ quiet = true, minify = true, before } = {}) {
  writeBenchFiles();
  const { build } = await import('vite');
  const groups = [
    // The timed cases: one page, each variant's code in its own chunk, loaded before timing starts.
    { entries: ['index'] },
    // Page cost: one build per variant. The baselines take our stylesheets from our *.styles.ts
    // modules, which import `css` from 'lit', and our pure helpers (templates.ts's `clampLevel`),
    // whose modules import Lit for their other exports. Lit's modules register themselves when loaded
    // (version lists, dev-mode hooks), so they would all stay in the baselines' bundles, used or not:
    // there they count as free of side effects, and only what the baselines call (css-tag's 1 kB:
    // `css`, `unsafeCSS`) is kept.
    ...benchmarks.variants.map((variant) => ({ entries: [`page-${variant}`], litUnused: variant !== 'ours' })),
    ...(before ? [{ entries: ['index'], before: path.resolve(before) }] : []),
  ];
  let first = true;
  for (const { entries, litUnused, before: beforeDir } of groups) {
    await build({
      configFile: false,
      root: bench,
      base: './',
      // The sample's poster URL is relative ("posters/…"): serve the posters beside the pages.
      publicDir: path.join(root, 'src/samples'),
      logLevel: quiet ? 'warn' : 'info',
      plugins: beforeDir ? [beforePlugin(beforeDir)] : [],
      build: {
        outDir: beforeDir ? path.join(site, 'before') : site,
        emptyOutDir: first,
        target: 'es2022',
        minify,
        sourcemap: false,
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        rollupOptions: {
          input: Object.fromEntries(entries.map((name) => [name, path.join(bench, `${name}.html`)])),
          ...(litUnused && { treeshake: { moduleSideEffects: [{ test: LIT_MODULES, sideEffects: false }] } }),
        },
      },
    });
    first = false;
  }
}

// ------------------------------------------------------------------------------------------------ run

/** Writes the config tachometer runs (sample size, filter) next to the site, and returns its path. */
function writeRunConfig({ sampleSize, filter, before }) {
  // As bench/tachometer.json, but from results-raw/, where this copy lives.
  const config = tachometerConfig({ site: 'site', ...(sampleSize && { sampleSize }) });
  const [group] = config.benchmarks;
  group.expand = group.expand
    .filter((benchmark) => !filter || new RegExp(filter).test(benchmark.name))
    .flatMap((benchmark) =>
      before && / ours$/.test(benchmark.name) && benchmark.url.startsWith('site/index.html')
        ? [
            benchmark,
            { ...benchmark, name: benchmark.name.replace(/ ours$/, ' ours-before'), url: benchmark.url.replace('site/', 'site/before/') },
          ]
        : [benchmark],
    );
  const file = path.join(raw, 'tachometer.config.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return { file, count: group.expand.length, sampleSize: config.sampleSize };
}

function runTachometer(configFile) {
  const shim = path.join(bench, 'debian-chromedriver');
  // Without it selenium-webdriver tries to download a driver, and fails with a network error.
  const driver = process.env.CHROMEDRIVER_FILEPATH || '/usr/bin/chromedriver';
  if (!existsSync(driver))
    throw new Error(`${driver} is missing: install Debian's chromedriver (apt-get install chromium-driver) or set CHROMEDRIVER_FILEPATH`);
  const log = createWriteStream(path.join(raw, 'tachometer.log'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(shim, 'register.mjs')).href,
        path.join(root, 'node_modules/tachometer/bin/tach.js'),
        '--config',
        configFile,
        '--json-file',
        path.join(raw, 'tachometer.json'),
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_PATH: [shim, process.env.NODE_PATH].filter(Boolean).join(path.delimiter),
          PUPPETEER_SKIP_DOWNLOAD: '1',
        },
        // tachometer's progress bar is on stderr (shown); its N×N table on stdout goes to the log.
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.pipe(log);
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`tachometer exited with ${signal ?? code}; see bench/results-raw/tachometer.log`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------- stats

/** Student's t quantile for a two-sided 95 % interval (Cornish–Fisher expansion; < 0.01 % off for df ≥ 5). */
function t95(df) {
  const z = 1.959963984540054;
  return (
    z +
    (z ** 3 + z) / (4 * df) +
    (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) +
    (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3)
  );
}

function summarize(samples) {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const margin = t95(n - 1) * Math.sqrt(variance / n);
  return { n, mean, variance, ci: [mean - margin, mean + margin], samples };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * mean(a) / mean(b) with a 95 % interval: the delta method on the two sampling distributions of the
 * mean, exactly as tachometer computes its relative differences (ratio = 1 + relative difference).
 */
function ratio(a, b) {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const value = a.mean / b.mean;
  const variance = (va * b.mean ** 2 + vb * a.mean ** 2) / b.mean ** 4;
  const margin = t95(Math.min(a.n, b.n) - 1) * Math.sqrt(variance);
  return { value, ci: [value - margin, value + margin] };
}

// --------------------------------------------------------------------------------------------- report

const thousands = (n) => n.toLocaleString('en');

/**
 * Rows of the report: [benchmark, measure, label, unit], numbered as the issue numbers its cases, for
 * the sizes bench/cases.json lists; `:script` is the script part of the step (see bench/measure.ts).
 */
const CASES = [
  ...benchmarks.cases.cards.n.flatMap((n) => [
    [`cards-${n}`, 'first-render:script', `1. ${thousands(n)} film-cards, first render (script, to settled DOM)`, 'ms'],
    [`cards-${n}`, 'first-render', `1. ${thousands(n)} film-cards, first render (to first paint)`, 'ms'],
    [`cards-${n}`, 'update:script', `2. ${thousands(n)} film-cards, update (script, to settled DOM)`, 'ms'],
  ]),
  ...benchmarks.cases.carousel.n.flatMap((n) => [
    [`carousel-${n}`, 'first-render', `3. carousel, ${thousands(n)} reviews, first render (to first paint)`, 'ms'],
    [`carousel-${n}`, 'first-render:script', `3. carousel, ${thousands(n)} reviews, first render (script)`, 'ms'],
    [`carousel-${n}`, 'next', `3. carousel, ${thousands(n)} reviews, next() (to first paint)`, 'ms'],
    [`carousel-${n}`, 'next:script', `3. carousel, ${thousands(n)} reviews, next() (script)`, 'ms'],
  ]),
  ...benchmarks.cases.soundtrack.n.flatMap((n) => [
    [`soundtrack-${n}`, 'first-render', `4. soundtrack, ${thousands(n)} tracks, first render (to first paint)`, 'ms'],
    [`soundtrack-${n}`, 'first-render:script', `4. soundtrack, ${thousands(n)} tracks, first render (script)`, 'ms'],
  ]),
  ['page', 'page', '5. page cost: script start to all five rendered', 'ms'],
  ...benchmarks.cases.cards.n.map((n) => [`cards-${n}`, 'heap-kb', '6. JS heap per 1,000 cards after GC', 'KB']),
].map(([bench, measure, label, unit]) => ({ id: `${bench} ${measure}`, bench, measure, label, unit }));

/**
 * The issue's targets: [label, numerator [case id, variant], denominator, limit]. The card targets are
 * judged on the script time to settled DOM (what "first render to settled DOM" asks, and the part
 * that differs between variants: style, layout and paint of the same DOM and CSS cost all three the
 * same); the carousel's on the time to first paint, because its DOM settles only in that frame (it
 * measures its width and its clamped texts, and renders again); the soundtrack's on first paint, as
 * the issue says.
 */
const TARGETS = [
  [
    'film-card first render: ours / vanilla ≤ 1.5',
    ['cards-1000 first-render:script', 'ours'],
    ['cards-1000 first-render:script', 'vanilla'],
    1.5,
  ],
  [
    'film-card first render: ours / React ≤ 0.8',
    ['cards-1000 first-render:script', 'ours'],
    ['cards-1000 first-render:script', 'react'],
    0.8,
  ],
  ['film-card update: ours / vanilla ≤ 0.5', ['cards-1000 update:script', 'ours'], ['cards-1000 update:script', 'vanilla'], 0.5],
  ['film-card update: ours / React ≤ 0.5', ['cards-1000 update:script', 'ours'], ['cards-1000 update:script', 'react'], 0.5],
  ['carousel first render: 10,000 / 10 reviews ≤ 1.2', ['carousel-10000 first-render', 'ours'], ['carousel-10 first-render', 'ours'], 1.2],
  ['carousel next(): 10,000 / 10 reviews ≤ 1.5', ['carousel-10000 next', 'ours'], ['carousel-10 next', 'ours'], 1.5],
  ['soundtrack first paint: 2,000 / 25 tracks ≤ 3', ['soundtrack-2000 first-render', 'ours'], ['soundtrack-25 first-render', 'ours'], 3],
];

// A target about a size bench/cases.json no longer lists would silently go unjudged.
for (const [label, ...sides] of TARGETS) {
  const unknown = sides.slice(0, 2).filter(([id]) => !CASES.some((c) => c.id === id));
  if (unknown.length) throw new Error(`target "${label}" names ${unknown.map(([id]) => id).join(', ')}: not a case of bench/cases.json`);
}

function collect(json) {
  const byName = new Map(json.benchmarks.map((b) => [b.name, b]));
  const cases = [];
  for (const c of CASES) {
    const variants = {};
    for (const variant of VARIANTS) {
      // A page with one measurement has results named without the [measure] suffix.
      const result =
        byName.get(`${c.bench} ${variant} [${c.measure}]`) ?? (c.bench === c.measure ? byName.get(`${c.bench} ${variant}`) : undefined);
      if (result) variants[variant] = summarize(result.samples);
    }
    if (Object.keys(variants).length) cases.push({ ...c, variants });
  }
  const find = ([id, variant]) => cases.find((c) => c.id === id)?.variants[variant];
  const targets = [];
  for (const [label, a, b, limit] of TARGETS) {
    const sa = find(a);
    const sb = find(b);
    if (!sa || !sb) continue;
    const r = ratio(sa, sb);
    const status =
      r.ci[1] <= limit && !(limit === 1 && r.ci[1] >= 1) ? 'met' : r.ci[0] > limit || (limit === 1 && r.ci[0] >= 1) ? 'missed' : 'unclear';
    targets.push({ label, numerator: a.join(' '), denominator: b.join(' '), limit, ratio: r.value, ci: r.ci, status });
  }
  const userAgent = json.benchmarks[0]?.browser?.userAgent;
  return { cases, targets, userAgent };
}

const fmt = (x, unit) =>
  unit === 'KB' ? Math.round(x).toLocaleString('en') : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
const fmtCi = ([lo, hi], unit) => `${fmt(lo, unit)}–${fmt(hi, unit)}`;
const fmtRatio = (r) => `${r.value.toFixed(2)}× (${r.ci[0].toFixed(2)}–${r.ci[1].toFixed(2)})`;

const hasBefore = (report) => report.cases.some((c) => c.variants['ours-before']);

function rows(report) {
  return report.cases.map((c) => {
    const { ours, vanilla, react, 'ours-before': before } = c.variants;
    const cell = (s) => (s ? `${fmt(s.mean, c.unit)} ${c.unit} [${fmtCi(s.ci, c.unit)}]` : '–');
    const row = [
      c.label,
      cell(ours),
      cell(vanilla),
      cell(react),
      ours && vanilla ? fmtRatio(ratio(ours, vanilla)) : '–',
      ours && react ? fmtRatio(ratio(ours, react)) : '–',
    ];
    if (hasBefore(report)) row.push(cell(before), ours && before ? fmtRatio(ratio(ours, before)) : '–');
    return row;
  });
}

const header = (report) => [
  'case',
  'ours',
  'vanilla',
  'React 19',
  'ours / vanilla',
  'ours / React',
  ...(hasBefore(report) ? ['ours before the change', 'after / before'] : []),
];
const TARGET_HEADER = ['target', 'ratio (95 % CI)', 'result'];
const targetRows = (report) => report.targets.map((t) => [t.label, fmtRatio({ value: t.ratio, ci: t.ci }), t.status]);

function textTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const mdTable = (header, body) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/**
 * The SSR benchmarks' report (bench/ssr.mjs's raw results): medians, means with their 95 % CI, and
 * ratios (delta method) for the times; CLS as median and range, and its target judged on the range
 * (met when every load is within it, missed when none is).
 */
function collectSsr(raw) {
  const stats = (samples) => ({ ...summarize(samples), median: median(samples) });
  const out = { rows: [], pageRows: [], targets: [], shifts: [] };
  if (raw.server) {
    const { ours, react } = raw.server.samples;
    out.server = {
      ours: stats(ours),
      react: stats(react),
      ratio: ratio(summarize(ours), summarize(react)),
      bytes: raw.server.bytes,
      cards: raw.server.cards,
    };
  }
  if (raw.page) {
    out.page = { bytes: raw.page.bytes, conditions: {} };
    for (const [name, runs] of Object.entries(raw.page.conditions)) {
      const side = (loads) => ({
        fcp: stats(loads.map((l) => l.fcp)),
        cardPaint: stats(loads.map((l) => l.cardPaint)),
        cls: {
          median: median(loads.map((l) => l.cls)),
          min: Math.min(...loads.map((l) => l.cls)),
          max: Math.max(...loads.map((l) => l.cls)),
          samples: loads.map((l) => l.cls),
        },
      });
      const client = side(runs.client);
      const ssr = side(runs.ssr);
      out.page.conditions[name] = {
        client,
        ssr,
        ratios: { fcp: ratio(ssr.fcp, client.fcp), cardPaint: ratio(ssr.cardPaint, client.cardPaint) },
      };
      const { min, max, median: mid } = ssr.cls;
      out.targets.push({
        label: `SSR page CLS ≤ 0.01 (${name})`,
        limit: 0.01,
        median: mid,
        range: [min, max],
        status: max <= 0.01 ? 'met' : min > 0.01 ? 'missed' : 'unclear',
      });
      // Every distinct shift of the SSR page: what moved, and what hydration removed at the time.
      for (const load of runs.ssr)
        for (const shift of load.shifts) {
          const removed = load.removed.filter((r) => Math.abs(r.time - shift.time) < 100).map((r) => r.node);
          const key = JSON.stringify([name, shift.sources.map((x) => x.node), removed]);
          const known = out.shifts.find((x) => x.key === key);
          if (known) known.loads++;
          else out.shifts.push({ key, condition: name, value: shift.value, time: shift.time, sources: shift.sources, removed, loads: 1 });
        }
    }
  }
  return out;
}

const ms = (s) => `${fmt(s.median, 'ms')} ms (${fmt(s.mean, 'ms')} [${fmtCi(s.ci, 'ms')}])`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const cls = (c) => `${c.median.toFixed(3)} (${c.min.toFixed(3)}–${c.max.toFixed(3)})`;
const CONDITION_LABELS = {
  desktop: `desktop ${CONDITIONS.desktop.viewport.width}×${CONDITIONS.desktop.viewport.height}`,
  mobile: 'mobile (412×823, 4× CPU, slow 4G)',
};

function ssrTables(ssr) {
  const tables = [];
  if (ssr.server) {
    const { ours, react, bytes, cards } = ssr.server;
    tables.push([
      [`${thousands(cards)} film-cards to an HTML string (Node)`, 'ours: renderElement', 'React 19: renderToString', 'ours / React'],
      [
        ['time: median (mean [95 % CI])', ms(ours), ms(react), fmtRatio(ssr.server.ratio)],
        ['HTML per card', kb(bytes.ours / cards), kb(bytes.react / cards), `${(bytes.ours / bytes.react).toFixed(1)}×`],
      ],
    ]);
  }
  if (ssr.page) {
    const body = [
      [
        'HTML of the page',
        kb(ssr.page.bytes.client),
        kb(ssr.page.bytes.ssr),
        `${(ssr.page.bytes.ssr / ssr.page.bytes.client).toFixed(1)}×`,
      ],
    ];
    for (const [name, c] of Object.entries(ssr.page.conditions)) {
      const label = CONDITION_LABELS[name] ?? name;
      body.push(
        [`${label}: first contentful paint`, ms(c.client.fcp), ms(c.ssr.fcp), fmtRatio(c.ratios.fcp)],
        [`${label}: the card's first paint`, ms(c.client.cardPaint), ms(c.ssr.cardPaint), fmtRatio(c.ratios.cardPaint)],
        [`${label}: cumulative layout shift, median (range)`, cls(c.client.cls), cls(c.ssr.cls), '–'],
      );
    }
    tables.push([['plain-HTML example page', 'client-only', 'SSR + hydration', 'SSR / client-only'], body]);
  }
  return tables;
}

const ssrTargetRows = (ssr) =>
  ssr.targets.map((t) => [t.label, `median ${t.median.toFixed(3)} (range ${t.range[0].toFixed(3)}–${t.range[1].toFixed(3)})`, t.status]);

const shiftLines = (ssr) =>
  ssr.shifts.map(
    (s) =>
      `${s.condition}, ${s.loads} of ${ssr.sampleSize} loads, ${s.value.toFixed(4)} at ${s.time} ms: ${s.sources.map((x) => `${x.node} [${x.from.join(', ')}] → [${x.to.join(', ')}]`).join('; ')}${s.removed.length ? `; removed by hydration then: ${s.removed.join('; ')}` : ''}`,
  );

function ssrMarkdown(ssr) {
  const tables = ssrTables(ssr).map(([head, body]) => mdTable(head, body));
  const shifts = shiftLines(ssr);
  return `
**Server-side rendering** (bench/ssr.mjs, ${ssr.sampleSize} samples per variant, alternating): median (mean [95 % CI of the mean]); ratios of the means with their 95 % CI.

${tables.join('\n\n')}

${mdTable(
  TARGET_HEADER,
  ssrTargetRows(ssr).map(([a, b, c]) => [
    a,
    b,
    c === 'met' ? '✅ met' : c === 'missed' ? '❌ missed' : '❔ unclear (some loads over the limit)',
  ]),
)}

${shifts.length ? `Layout shifts of the SSR page (attribution: node, previous → current rect [x, y, width, height]):\n\n${shifts.map((line) => `- ${line}`).join('\n')}` : 'The SSR page did not shift in any load.'}
`;
}

function markdown(report, meta) {
  const intro = `Run ${meta.date}${meta.minutes ? ` (${meta.minutes} min)` : ''} · ${meta.userAgent ?? 'Chromium'} · ${meta.sampleSize} samples per benchmark · ${meta.cpus} CPUs (${meta.cpuModel}), load average (1, 5, 15 min) ${meta.loadBefore} before / ${meta.loadAfter} after.`;
  const ssr = report.ssr ? ssrMarkdown(report.ssr) : '';
  if (!report.cases.length) return `${intro}\n${ssr}`;
  return `${intro}
Mean [95 % CI of the mean]; ratios with their 95 % CI (delta method, as tachometer computes relative differences).

${mdTable(header(report), rows(report))}

**Targets**

${mdTable(
  TARGET_HEADER,
  targetRows(report).map(([a, b, c]) => [a, b, c === 'met' ? '✅ met' : c === 'missed' ? '❌ missed' : '❔ unclear (CI spans the limit)']),
)}
${ssr}`;
}

const START = '<!-- bench:results:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:results:end -->';

function writeDocs(section) {
  const file = path.join(root, 'docs', 'performance.md');
  mkdirSync(path.dirname(file), { recursive: true });
  const block = `${START}\n${section}\n${END}`;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    if (from !== -1 && to > from) {
      writeFileSync(file, text.slice(0, from) + block + text.slice(to + END.length));
      return;
    }
    writeFileSync(file, `${text.trimEnd()}\n\n## Results\n\n${block}\n`);
    return;
  }
  writeFileSync(file, `# Performance\n\n## Results\n\n${block}\n`);
}

async function report(meta, { partial = false, tachometer = true, ssr = false } = {}) {
  const result = tachometer ? collect(JSON.parse(readFileSync(path.join(raw, 'tachometer.json'), 'utf8'))) : { cases: [], targets: [] };
  if (ssr) result.ssr = { ...collectSsr(JSON.parse(readFileSync(path.join(raw, 'ssr.json'), 'utf8'))), sampleSize: meta.ssrSampleSize };
  meta.userAgent ??= result.userAgent;
  if (tachometer) console.log(`\n${textTable(header(result), rows(result))}\n\n${textTable(TARGET_HEADER, targetRows(result))}\n`);
  if (result.ssr) {
    for (const [head, body] of ssrTables(result.ssr)) console.log(`${textTable(head, body)}\n`);
    console.log(`${textTable(TARGET_HEADER, ssrTargetRows(result.ssr))}\n`);
    for (const line of shiftLines(result.ssr)) console.log(`SSR page shift: ${line}`);
  }
  const strip = (s) => ({ n: s.n, mean: s.mean, ci: s.ci, samples: s.samples });
  writeFileSync(
    partial ? path.join(raw, 'results.json') : path.join(bench, 'results.json'),
    `${JSON.stringify(
      {
        ...meta,
        method:
          'tachometer, headless Chromium, each sample a fresh tab. Times: performance.measure from the start of a frame (work started in a requestAnimationFrame callback) to a task posted from it (the frame rendered); page cost from an inline script in <head> to all five rendered plus a forced layout. Heap: performance.memory.usedJSHeapSize after gc(), scaled to 1,000 cards. Ratios: mean/mean, 95 % CI by the delta method.',
        cases: result.cases.map((c) => ({
          id: c.id,
          label: c.label,
          unit: c.unit,
          variants: Object.fromEntries(Object.entries(c.variants).map(([k, s]) => [k, strip(s)])),
          ratios: {
            'ours/vanilla': c.variants.ours && c.variants.vanilla ? ratio(c.variants.ours, c.variants.vanilla) : undefined,
            'ours/react': c.variants.ours && c.variants.react ? ratio(c.variants.ours, c.variants.react) : undefined,
            'ours/ours-before':
              c.variants.ours && c.variants['ours-before'] ? ratio(c.variants.ours, c.variants['ours-before']) : undefined,
          },
        })),
        targets: [...result.targets, ...(result.ssr?.targets ?? [])],
        ssr: result.ssr && {
          method:
            "bench/ssr.mjs. Server: one Node process (NODE_ENV=production), 3 warm-up rounds, then samples alternating which variant goes first, gc() before each; ours 1,000 renderElement calls, React one renderToString of 1,000 FilmCard (bench/react) plus its stylesheet once, each HTML string read once (joined, as a response reads it) inside the time. Page: examples/plain-html/index.html client-only and with renderElement output in place, both with the CDN file built from src, each load a fresh tab (cache disabled), alternating; FCP from paint timing, the card's first paint as the first frame whose card shadow root holds its article (not before FCP), CLS as the sum of layout-shift entries without recent input until 1 s after all five elements rendered.",
          server: result.ssr.server,
          page: result.ssr.page,
          shifts: result.ssr.shifts.map(({ key, ...shift }) => shift),
        },
      },
      null,
      2,
    )}\n`,
  );
  if (partial) {
    writeFileSync(path.join(raw, 'results.md'), markdown(result, meta));
    console.log('bench: partial run (--filter): wrote bench/results-raw/results.json and results.md');
  } else {
    writeDocs(markdown(result, meta));
    // The charts of docs/performance.md and the Storybook page, redrawn from the new results.json.
    await writePerformanceCharts();
    console.log('bench: wrote bench/results.json, docs/performance.md and its charts (docs/performance/)');
  }
}

// ----------------------------------------------------------------------------------------------- main

async function main() {
  const { values } = parseArgs({
    options: {
      'sample-size': { type: 'string' },
      filter: { type: 'string' },
      'no-build': { type: 'boolean' },
      'report-only': { type: 'boolean' },
      before: { type: 'string' },
    },
  });
  mkdirSync(raw, { recursive: true });
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const meta = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    loadBefore: load(),
  };
  if (values['report-only']) {
    const run = JSON.parse(readFileSync(path.join(raw, 'run.json'), 'utf8'));
    await report({ ...run.meta, userAgent: undefined }, run);
    return;
  }
  const ssr = ssrWanted(values.filter);
  const started = performance.now();
  const { file, count, sampleSize } = writeRunConfig({
    sampleSize: values['sample-size'] && Number(values['sample-size']),
    filter: values.filter,
    before: values.before,
  });
  if (!count && !ssr) throw new Error(`no benchmark matches --filter ${values.filter}`);
  if (!values['no-build']) {
    if (count) {
      console.log('bench: building pages → bench/results-raw/site');
      await buildSite({ before: values.before });
    }
    if (ssr) await buildSsr();
  }
  if (count) {
    console.log(`bench: ${count} pages × ${sampleSize} samples (+1 warm-up) in headless Chromium`);
    await runTachometer(file);
  }
  const ssrSampleSize = Number(values['sample-size'] ?? benchmarks.ssr.sampleSize);
  if (ssr) await runSsr({ filter: values.filter, samples: ssrSampleSize });
  const run = {
    meta: { ...meta, sampleSize, ssrSampleSize, loadAfter: load(), minutes: ((performance.now() - started) / 60000).toFixed(1) },
    partial: !!values.filter,
    tachometer: count > 0,
    ssr,
  };
  writeFileSync(path.join(raw, 'run.json'), JSON.stringify(run, null, 2));
  await report(run.meta, run);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
