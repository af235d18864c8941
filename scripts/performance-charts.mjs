#!/usr/bin/env node
/**
 * The performance figures as charts: SVG files drawn from the committed measurements, never typed.
 *
 *   bench/results.json  (npm run bench)                         → ratios.svg, targets.svg, ssr.svg
 *   bench/sizes.json    (npm run build && node scripts/size-report.mjs) → sizes.svg
 *
 * into docs/performance/, and the images with their text equivalents into two generated regions:
 * `generated:charts` of docs/performance.md (Markdown images, for GitHub) and of
 * stories/Performance.mdx (the Storybook page "Performance": `charts`, imported SVGs with their alt
 * text). `npm run bench` and scripts/size-report.mjs redraw them after writing their JSON;
 * scripts/check-docs.mjs fails when a committed chart or region differs from what this module gives
 * for the committed JSON (`--write` rewrites them).
 *
 *   node scripts/performance-charts.mjs     redraw from the committed JSON
 *
 * Every chart is drawn whatever is missing: a section the JSON does not have yet (the SSR cases of an
 * older results.json, a size report not written yet) says "not measured yet" instead of a number.
 * Plain string building, no chart library and no fonts (the system's sans-serif): the same JSON gives
 * the same bytes. Each SVG is role="img" with a <title> and a <desc> stating its figures, paints its
 * own background (light, or dark under prefers-color-scheme: dark, so it reads whatever the page
 * around it is), and never tells anything by colour alone (shapes, and words on every bar).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const RESULTS_FILE = 'bench/results.json';
export const SIZES_FILE = 'bench/sizes.json';
export const CHARTS_DIR = 'docs/performance';
/** Where the charts are shown: each has a `generated:charts` region. */
export const PAGES = { markdown: 'docs/performance.md', storybook: 'stories/Performance.mdx', readme: 'README.md' };
export const REGION = 'charts';

// ── reading ───────────────────────────────────────────────────────────────────────────────────────

const readJson = (file) => (existsSync(path.join(root, file)) ? JSON.parse(readFileSync(path.join(root, file), 'utf8')) : undefined);

/** The committed measurements; a file not written yet is undefined. */
export const readInputs = () => ({ results: readJson(RESULTS_FILE), sizes: readJson(SIZES_FILE) });

// ── formatting ────────────────────────────────────────────────────────────────────────────────────

const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Coordinates to 0.1 px: short, and the same on every machine. */
const px = (x) => String(Math.round(x * 10) / 10);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** A budget: `18 kB`, `30 kB`. */
const kBRound = (bytes) => kB(bytes).replace('.0 kB', ' kB');
const times = (x) => `${x.toFixed(2)}×`;
const withCi = (r) => `${times(r.value)} (${r.ci[0].toFixed(2)}–${r.ci[1].toFixed(2)})`;
const ms = (x) => `${x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1)} ms`;
/** A rough width of a text in the system sans-serif, to lay out columns without measuring fonts. */
const textWidth = (text, size) => String(text).length * size * 0.6;
/** met: the whole interval within the limit; missed: all of it over; unclear: it spans the limit. */
const VERDICT = { met: '✓ met', missed: '✗ missed', unclear: '? unclear (CI spans the limit)' };
/** The end of an axis: `value` rounded up to a whole number of `step`s (at least one). */
function niceMax(value, step) {
  return Math.max(step, Math.ceil(value / step) * step);
}

// ── drawing ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Colours: GitHub's Primer palette, light and dark. Text ≥ 4.5:1 and marks ≥ 3:1 against the chart's
 * own background in both; blue and orange (not green and red) for within and over a target.
 */
const STYLE = `
  .bg { fill: #ffffff; stroke: #d1d9e0; }
  text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; font-size: 12px; fill: #1f2328; }
  .title { font-size: 16px; font-weight: 600; }
  .head { font-size: 13px; font-weight: 600; }
  .muted { fill: #59636e; }
  .grid { stroke: #e1e4e8; }
  .ref { stroke: #59636e; }
  .limit { stroke: #1f2328; stroke-width: 2; stroke-dasharray: 5 3; }
  .ok { fill: #0969da; stroke: #0969da; }
  .over { fill: #bc4c00; stroke: #bc4c00; }
  .unclear { fill: #6e7781; stroke: #6e7781; }
  .neutral { fill: #6e7781; stroke: #6e7781; }
  .vanilla { fill: #0969da; stroke: #0969da; }
  .react { fill: #8250df; stroke: #8250df; }
  .whisker { stroke-width: 2; fill: none; }
  @media (prefers-color-scheme: dark) {
    .bg { fill: #0d1117; stroke: #3d444d; }
    text { fill: #e6edf3; }
    .muted { fill: #9198a1; }
    .grid { stroke: #262c36; }
    .ref { stroke: #9198a1; }
    .limit { stroke: #e6edf3; }
    .ok, .vanilla { fill: #4493f8; stroke: #4493f8; }
    .over { fill: #f0883e; stroke: #f0883e; }
    .unclear, .neutral { fill: #9198a1; stroke: #9198a1; }
    .react { fill: #ab7df8; stroke: #ab7df8; }
  }
`;

const WIDTH = 960;
const PAD = 20;

function svgDocument({ id, width = WIDTH, height, title, desc, body }) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${px(height)}" viewBox="0 0 ${width} ${px(height)}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${xml(title)}</title>
<desc id="${id}-desc">${xml(desc)}</desc>
<style>${STYLE}</style>
<rect class="bg" x="0.5" y="0.5" width="${width - 1}" height="${px(height - 1)}" rx="6"/>
${body.join('\n')}
</svg>
`;
}

const text = (x, y, content, { cls, anchor } = {}) =>
  `<text x="${px(x)}" y="${px(y)}"${cls ? ` class="${cls}"` : ''}${anchor ? ` text-anchor="${anchor}"` : ''}>${xml(content)}</text>`;
const line = (x1, y1, x2, y2, cls) => `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" class="${cls}"/>`;
const rect = (x, y, w, h, cls) => `<rect x="${px(x)}" y="${px(y)}" width="${px(Math.max(w, 1))}" height="${px(h)}" class="${cls}"/>`;
/** Words into lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(words, width) {
  const lines = [];
  for (const word of words.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
/** Row labels wrapped to lines of at most `chars` characters, and the x where the plot starts after them. */
function labelColumn(labels, chars) {
  const lines = labels.map((label) => wrap(label, chars));
  return { lines, left: PAD + Math.ceil(Math.max(...lines.flat().map((l) => textWidth(l, 12)))) + 16 };
}
/** A label right-aligned at `x`, wrapped, its lines centred on `mid`. */
const labelLines = (x, mid, lines) =>
  lines.map((l, i) => text(x, mid + 4 + (i - (lines.length - 1) / 2) * 15, l, { anchor: 'end' })).join('');
/** A mark told apart by shape as well as colour: circle or square. */
const mark = (shape, x, y, cls) =>
  shape === 'square'
    ? `<rect x="${px(x - 4.5)}" y="${px(y - 4.5)}" width="9" height="9" class="${cls}"/>`
    : `<circle cx="${px(x)}" cy="${px(y)}" r="5" class="${cls}"/>`;
/** A 95 % interval: a line with end caps. */
const whisker = (x1, x2, y, cls) =>
  `<path d="M${px(x1)} ${px(y - 5)}v10M${px(x1)} ${px(y)}H${px(x2)}M${px(x2)} ${px(y - 5)}v10" class="${cls} whisker"/>`;

/**
 * The vertical grid for [0, max] with ticks every `step`, over the bands [[top, bottom], …], and its
 * labels below the last band.
 */
function grid({ scale, max, step, bands, label }) {
  const out = [];
  const bottom = bands.at(-1)[1];
  for (let i = 0; i * step <= max + 1e-9; i++) {
    const x = scale(i * step);
    for (const [top, end] of bands) out.push(line(x, top, x, end, 'grid'));
    out.push(text(x, bottom + 15, label(i * step), { cls: 'muted', anchor: 'middle' }));
  }
  return out;
}
/** `0×`, `0.5×`, `1×`. */
const tick = (v) => `${Number(v.toFixed(2))}×`;

/** The title block: title, then lines of muted text. Returns [elements, the y below it]. */
function heading(title, lines) {
  const out = [text(PAD, 30, title, { cls: 'title' })];
  let y = 30;
  for (const l of lines) out.push(text(PAD, (y += 18), l, { cls: 'muted' }));
  return [out, y + 14];
}

/** A chart that only says what is missing. */
function notMeasured({ id, title, what, how }) {
  const message = `Not measured yet: ${what}. ${how}`;
  const [head, y] = heading(title, []);
  return {
    svg: svgDocument({ id, height: y + 36, title, desc: message, body: [...head, text(PAD, y + 14, message, { cls: 'muted' })] }),
    desc: message,
  };
}

// ── sizes ─────────────────────────────────────────────────────────────────────────────────────────

function sizesChart(sizes) {
  const id = 'sizes';
  const title = 'Size: what each element and the CDN file cost a page (min + gzip)';
  if (!sizes)
    return notMeasured({
      id,
      title,
      what: `${SIZES_FILE} has not been written`,
      how: 'Run npm run build, then node scripts/size-report.mjs.',
    });
  const target = (name) => sizes.targets?.[name]?.gzip;
  const budget = (gzip) => (gzip === undefined ? '' : ` (target ≤ ${kBRound(gzip)})`);
  const sections = [
    {
      head: `Each element alone, initial load${budget(target('element'))}`,
      target: target('element'),
      rows: sizes.elements.map((e) => ({ label: e.name, gzip: e.initial.gzip })),
    },
  ];
  if (sizes.cdn)
    sections.push({
      head: `The CDN file, initial load${budget(target('cdn'))}`,
      target: target('cdn'),
      rows: [
        { label: sizes.cdn.name, gzip: sizes.cdn.initial.gzip },
        ...(sizes.cdn.chunks
          ? [
              {
                label: `${sizes.cdn.chunks.name} (${sizes.cdn.chunks.count} files on demand, total)`,
                gzip: sizes.cdn.chunks.gzip,
                untargeted: true,
              },
            ]
          : []),
      ],
    });
  const further = sizes.elements.filter((e) => e.further);
  if (further.length)
    sections.push({
      head: `Each element on top of another, the worst first${budget(target('further'))}`,
      target: target('further'),
      rows: further.map((e) => ({ label: `+ ${e.name} (after ${e.further.first})`, gzip: e.further.gzip })),
    });
  for (const section of sections)
    for (const row of section.rows) {
      const over = row.untargeted || section.target === undefined ? undefined : row.gzip - section.target;
      row.cls = over === undefined ? 'neutral' : over > 0 ? 'over' : 'ok';
      row.value = `${kB(row.gzip)} — ${over === undefined ? 'no target' : over > 0 ? `${kB(over)} over` : 'within'}`;
    }

  const rows = sections.flatMap((s) => s.rows);
  const left = PAD + Math.ceil(Math.max(...rows.map((r) => textWidth(r.label, 12)))) + 16;
  const valueRoom = Math.ceil(Math.max(...rows.map((r) => textWidth(r.value, 12)))) + 16;
  const plotWidth = WIDTH - PAD - left - valueRoom;
  const max = niceMax(Math.max(...rows.map((r) => r.gzip), ...sections.map((s) => s.target ?? 0)) / 1000, 10);
  const scale = (kb) => left + (kb / max) * plotWidth;

  const [head, top] = heading(title, [
    `Bytes after minifying and gzip (level 9), 1 kB = 1,000 bytes; elements bundled from dist/ as an app's bundler would.`,
    `Dashed line: the target in size-budgets.json. Source: ${SIZES_FILE} (scripts/size-report.mjs).`,
  ]);
  const marks = [];
  const bands = [];
  const described = [];
  const rowHeight = 24;
  let y = top + 6;
  for (const section of sections) {
    marks.push(text(PAD, (y += 16), section.head, { cls: 'head' }));
    y += 8;
    const sectionTop = y;
    const targetX = section.target === undefined ? undefined : scale(section.target / 1000);
    for (const row of section.rows) {
      const mid = y + rowHeight / 2;
      const end = scale(row.gzip / 1000);
      marks.push(
        text(left - 8, mid + 4, row.label, { anchor: 'end' }),
        rect(left, mid - 8, end - left, 16, row.cls),
        // After the bar, and after the target line when the bar ends just short of it.
        text(Math.max(end, targetX !== undefined && targetX - end < 40 ? targetX : end) + 6, mid + 4, row.value),
      );
      y += rowHeight;
    }
    if (targetX !== undefined) marks.push(line(targetX, sectionTop - 2, targetX, y + 2, 'limit'));
    bands.push([sectionTop - 2, y + 2]);
    described.push(`${section.head}: ${section.rows.map((r) => `${r.label} ${r.value.replace(' — ', ', ')}`).join('; ')}.`);
    y += 6;
  }
  const body = [...head, ...grid({ scale, max, step: 10, bands, label: (v) => `${v} kB` }), ...marks];
  const desc = `Sizes, min + gzip. ${described.join(' ')}`;
  return { svg: svgDocument({ id, height: y + 30, title, desc, body }), desc };
}

// ── render ratios ─────────────────────────────────────────────────────────────────────────────────

const runLine = (results) =>
  `${RESULTS_FILE}: run ${results.date}, ${results.sampleSize} samples per benchmark, ${results.cpus} CPUs (${results.cpuModel}).`;

/** The scale of a ratio chart: 0 to past the widest interval, at least 2×. */
function ratioScale(values, left, width) {
  const top = Math.max(2, ...values);
  const step = top > 5 ? 1 : 0.5;
  const max = niceMax(top, step);
  return { max, step, scale: (v) => left + (Math.min(Math.max(v, 0), max) / max) * width };
}

const SERIES = [
  { key: 'ours/vanilla', name: 'ours / vanilla', cls: 'vanilla', shape: 'circle', legend: 'ours / vanilla (hand-written custom elements)' },
  { key: 'ours/react', name: 'ours / React', cls: 'react', shape: 'square', legend: 'ours / React 19' },
];

function ratiosChart(results) {
  const id = 'ratios';
  const title = 'Render time: ours relative to hand-written custom elements (vanilla) and to React 19';
  const cases = (results?.cases ?? []).filter((c) => c.unit === 'ms' && SERIES.some((s) => c.ratios?.[s.key]));
  if (!cases.length)
    return notMeasured({
      id,
      title,
      what: `${RESULTS_FILE} has no render times`,
      how: 'Run npm run bench.',
    });
  // Case labels are long: two lines each leave the plot room.
  const longest = Math.max(...cases.map((c) => c.label.length));
  const { lines: labels, left } = labelColumn(
    cases.map((c) => c.label),
    Math.min(44, Math.ceil(longest / 2) + 4),
  );
  const valueColumn = 128;
  const plotWidth = WIDTH - PAD - left - 2 * valueColumn - 16;
  const { max, step, scale } = ratioScale(
    cases.flatMap((c) => SERIES.map((s) => c.ratios[s.key]?.ci[1] ?? 0)),
    left,
    plotWidth,
  );
  const [head, below] = heading(title, [
    'Mean time of ours ÷ mean time of the baseline, whisker: 95 % CI (delta method). Left of 1× ours is faster.',
    runLine(results),
  ]);
  const body = [...head];
  // Legend, then the value columns' heads.
  let legendX = PAD;
  for (const s of SERIES) {
    body.push(mark(s.shape, legendX + 5, below + 2, s.cls), text(legendX + 16, below + 6, s.legend));
    legendX += textWidth(s.legend, 12) + 44;
  }
  const valueX = WIDTH - PAD - 2 * valueColumn;
  const top = below + 30;
  SERIES.forEach((s, i) => body.push(text(valueX + i * valueColumn, top - 6, s.name, { cls: 'head' })));
  const rowHeight = 34;
  const bottom = top + cases.length * rowHeight;
  body.push(...grid({ scale, max, step, bands: [[top, bottom]], label: tick }), line(scale(1), top, scale(1), bottom, 'ref'));
  const described = [];
  cases.forEach((c, i) => {
    const mid = top + i * rowHeight + rowHeight / 2;
    body.push(labelLines(left - 8, mid, labels[i]));
    const parts = [];
    SERIES.forEach((s, j) => {
      const r = c.ratios[s.key];
      const y = mid + (j ? 6 : -6);
      if (!r) {
        body.push(text(valueX + j * valueColumn, mid + 4, 'not measured', { cls: 'muted' }));
        parts.push(`${s.name} not measured`);
        return;
      }
      body.push(whisker(scale(r.ci[0]), scale(r.ci[1]), y, s.cls), mark(s.shape, scale(r.value), y, s.cls));
      body.push(text(valueX + j * valueColumn, mid + 4, withCi(r)));
      parts.push(`${s.name} ${withCi(r)}`);
    });
    described.push(`${c.label}: ${parts.join(', ')}`);
  });
  const desc = `Ratios of mean render times with their 95 % confidence intervals; below 1 ours is faster. ${described.join('. ')}.`;
  return { svg: svgDocument({ id, height: bottom + 32, title, desc, body }), desc };
}

// ── targets ───────────────────────────────────────────────────────────────────────────────────────

function targetsChart(results) {
  const id = 'targets';
  const title = 'Render targets: each ratio with its 95 % CI against its limit';
  // The targets as bench/run.mjs judged them in that run (its TARGETS, the one list of them); those
  // without a ratio (the SSR page's CLS, a median) are on the SSR chart.
  const rows = (results?.targets ?? [])
    .filter((target) => target.ci)
    .map((target) => ({
      name: target.label,
      limit: target.limit,
      ratio: { value: target.ratio, ci: target.ci },
      status: target.status,
    }));
  const { lines: labels, left } = labelColumn(
    rows.map((r) => r.name),
    52,
  );
  const verdictColumn = 250;
  const plotWidth = WIDTH - PAD - left - verdictColumn - 16;
  const { max, step, scale } = ratioScale(
    rows.flatMap((r) => [r.limit, r.ratio?.ci[1] ?? 0]),
    left,
    plotWidth,
  );
  const [head, below] = heading(title, [
    'Met: the whole interval is within the limit (dashed); missed: all of it is over; unclear: it spans the limit.',
    results ? runLine(results) : `${RESULTS_FILE} has not been written: run npm run bench.`,
  ]);
  const top = below + 10;
  const rowHeight = 32;
  const bottom = top + rows.length * rowHeight;
  const body = [...head, ...grid({ scale, max, step, bands: [[top, bottom]], label: tick }), line(scale(1), top, scale(1), bottom, 'ref')];
  const verdictX = WIDTH - PAD - verdictColumn;
  const described = [];
  rows.forEach((r, i) => {
    const mid = top + i * rowHeight + rowHeight / 2;
    const limitX = scale(r.limit);
    body.push(labelLines(left - 8, mid, labels[i]), line(limitX, mid - 12, limitX, mid + 12, 'limit'));
    if (!r.ratio) {
      body.push(text(verdictX, mid + 4, 'not measured yet', { cls: 'muted' }));
      described.push(`${r.name}: not measured yet`);
      return;
    }
    const cls = r.status === 'met' ? 'ok' : r.status === 'missed' ? 'over' : 'unclear';
    body.push(
      whisker(scale(r.ratio.ci[0]), scale(r.ratio.ci[1]), mid, cls),
      mark('circle', scale(r.ratio.value), mid, cls),
      text(verdictX, mid + 4, `${withCi(r.ratio)} ${VERDICT[r.status]}`),
    );
    described.push(`${r.name}: ${withCi(r.ratio)}, ${r.status}`);
  });
  const desc = `Render targets, ratio of means with its 95 % confidence interval. ${described.join('. ')}.`;
  return { svg: svgDocument({ id, height: bottom + 32, title, desc, body }), desc };
}

// ── server-side rendering ─────────────────────────────────────────────────────────────────────────

const CONDITION_NAMES = { desktop: 'desktop', mobile: 'mobile (Lighthouse: 4× CPU, slow 4G)' };

function ssrChart(results) {
  const id = 'ssr';
  const title = 'Server-side rendering (cases 7 and 8)';
  const ssr = results?.ssr;
  if (!ssr || (!ssr.server && !ssr.page))
    return notMeasured({
      id,
      title,
      what: `${RESULTS_FILE} has no server-side rendering results`,
      how: 'Run npm run bench (bench/ssr.mjs measures them after the render cases).',
    });
  const rows = [];
  if (ssr.server) {
    const { ours, react, cards } = ssr.server;
    rows.push({
      label: `7. ${cards.toLocaleString('en')} film-cards to HTML in Node: ours / React 19`,
      ratio: ssr.server.ratio,
      note: `medians ${ms(ours.median)} / ${ms(react.median)}`,
    });
  } else rows.push({ label: '7. film-cards to HTML in Node: ours / React 19' });
  const clsLines = [];
  if (ssr.page) {
    for (const [name, c] of Object.entries(ssr.page.conditions)) {
      const where = CONDITION_NAMES[name] ?? name;
      rows.push(
        {
          label: `8. ${where}: first contentful paint, SSR / client-only`,
          ratio: c.ratios.fcp,
          note: `medians ${ms(c.ssr.fcp.median)} / ${ms(c.client.fcp.median)}`,
        },
        {
          label: `8. ${where}: the card's first paint, SSR / client-only`,
          ratio: c.ratios.cardPaint,
          note: `medians ${ms(c.ssr.cardPaint.median)} / ${ms(c.client.cardPaint.median)}`,
        },
      );
      // Its target as run.mjs judged it, on the range of the loads.
      const target = results.targets?.find((t) => t.range && t.label.endsWith(`(${name})`));
      clsLines.push(
        `8. ${where}: layout shift (CLS), median: SSR ${c.ssr.cls.median.toFixed(3)}, client-only ${c.client.cls.median.toFixed(3)}` +
          (target ? `; target ≤ ${target.limit} with SSR: ${target.status}` : ''),
      );
    }
  } else rows.push({ label: '8. the plain-HTML example page: SSR / client-only' });
  const { lines: labels, left } = labelColumn(
    rows.map((r) => r.label),
    44,
  );
  const noteColumn = 250;
  const samples = results.ssrSampleSize ?? ssr.server?.ours.n ?? Object.values(ssr.page?.conditions ?? {})[0]?.ssr.fcp.n;
  const plotWidth = WIDTH - PAD - left - noteColumn - 16;
  const { max, step, scale } = ratioScale(
    rows.map((r) => r.ratio?.ci[1] ?? 0),
    left,
    plotWidth,
  );
  const [head, below] = heading(title, [
    'Ratio of means, whisker: 95 % CI; left of 1× the first is faster. Medians: first / second.',
    `${RESULTS_FILE}: run ${results.date}${samples ? `, ${samples} samples per variant` : ''} (bench/ssr.mjs).`,
  ]);
  const top = below + 10;
  const rowHeight = 36;
  const bottom = top + rows.length * rowHeight;
  const body = [...head, ...grid({ scale, max, step, bands: [[top, bottom]], label: tick }), line(scale(1), top, scale(1), bottom, 'ref')];
  const noteX = WIDTH - PAD - noteColumn;
  const described = [];
  rows.forEach((r, i) => {
    const mid = top + i * rowHeight + rowHeight / 2;
    body.push(labelLines(left - 8, mid, labels[i]));
    if (!r.ratio) {
      body.push(text(noteX, mid + 4, 'not measured yet', { cls: 'muted' }));
      described.push(`${r.label}: not measured yet`);
      return;
    }
    body.push(
      whisker(scale(r.ratio.ci[0]), scale(r.ratio.ci[1]), mid, 'neutral'),
      mark('circle', scale(r.ratio.value), mid, 'neutral'),
      text(noteX, mid - 2, withCi(r.ratio)),
      text(noteX, mid + 12, r.note, { cls: 'muted' }),
    );
    described.push(`${r.label}: ${withCi(r.ratio)}, ${r.note}`);
  });
  let y = bottom + 22;
  for (const l of clsLines) body.push(text(PAD, (y += 18), l));
  const desc = `Server-side rendering, ratios of means with their 95 % confidence intervals. ${[...described, ...clsLines].join('. ')}.`;
  return { svg: svgDocument({ id, height: y + 24, title, desc, body }), desc };
}

// ── the charts and the regions ────────────────────────────────────────────────────────────────────

/** Markdown alt text: no brackets (they would end it), one line. */
const alt = (desc) => desc.replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s+/g, ' ');
const heightOf = (svg) => Number(/height="([\d.]+)"/.exec(svg)[1]);

/**
 * Every chart for the given measurements: `charts` ([{ name, file, svg, desc }], in reading order),
 * and the contents of the `generated:charts` regions of docs/performance.md and stories/Performance.mdx.
 */
export function performanceCharts({ results, sizes }) {
  const charts = [
    ['sizes', sizesChart(sizes)],
    ['targets', targetsChart(results)],
    ['ratios', ratiosChart(results)],
    ['ssr', ssrChart(results)],
  ].map(([name, chart]) => ({ name, file: `${CHARTS_DIR}/${name}.svg`, ...chart }));
  const fromDoc = path.posix.relative(path.posix.dirname(PAGES.markdown), CHARTS_DIR);
  const markdown = charts.map((c) => `![${alt(c.desc)}](${fromDoc}/${c.name}.svg)`).join('\n\n');
  const fromStories = path.posix.relative(path.posix.dirname(PAGES.storybook), CHARTS_DIR);
  const storybook = [
    ...charts.map((c) => `import ${c.name}Svg from '${fromStories}/${c.name}.svg';`),
    '',
    'export const charts = {',
    ...charts.map(
      (c) =>
        `  ${c.name}: { src: ${c.name}Svg, width: ${WIDTH}, height: ${heightOf(c.svg)}, alt: ${JSON.stringify(c.desc.replace(/\s+/g, ' '))} },`,
    ),
    '};',
  ].join('\n');
  return { charts, regions: { [PAGES.markdown]: markdown, [PAGES.storybook]: storybook, [PAGES.readme]: sizesTable(sizes) } };
}

/** The README's size table: the sizes chart's figures as text (npm shows no image from docs/). */
function sizesTable(sizes) {
  if (!sizes) return `${SIZES_FILE} has not been written: run \`npm run build && node scripts/size-report.mjs\`.`;
  const { targets } = sizes;
  const verdict = (gzip, target) => (gzip <= target ? 'within' : `over by ${kB(gzip - target)}`);
  const row = (what, gzip, target) =>
    `| ${what} | ${target ? kB(target) : '–'} | ${kB(gzip)}${target ? `: ${verdict(gzip, target)}` : ''} |`;
  const rows = ['| min + gzip | budget | now |', '| --- | --- | --- |'];
  if (sizes.cdn) {
    rows.push(
      row(
        '`cdn/film-elements.js` with the chunks it imports: what a page loads before any interaction',
        sizes.cdn.initial.gzip,
        targets.cdn.gzip,
      ),
    );
    if (sizes.cdn.chunks)
      rows.push(row(`\`cdn/chunks/\`: ${sizes.cdn.chunks.count} files loaded when first needed (total)`, sizes.cdn.chunks.gzip));
  }
  for (const element of sizes.elements)
    rows.push(row(`\`<${element.name}>\` alone, initial load`, element.initial.gzip, targets.element.gzip));
  for (const element of sizes.elements)
    if (element.further)
      rows.push(row(`\`<${element.name}>\` on top of \`<${element.further.first}>\``, element.further.gzip, targets.further.gzip));
  return rows.join('\n');
}

/** SVG files in docs/performance/ that no chart writes (a chart renamed or dropped). */
export const strayCharts = (charts) =>
  existsSync(path.join(root, CHARTS_DIR))
    ? readdirSync(path.join(root, CHARTS_DIR))
        .filter((name) => name.endsWith('.svg') && !charts.some((c) => c.file === `${CHARTS_DIR}/${name}`))
        .map((name) => `${CHARTS_DIR}/${name}`)
    : [];

/**
 * Replaces the content of a page's `generated:charts` region, keeping its marker lines (written by
 * scripts/check-docs.mjs, which checks the same region: blank lines around the content, as there).
 */
export function replaceRegion(text, content) {
  const begin = new RegExp(`^.*generated:${REGION}\\b.*$`, 'm').exec(text);
  const end = new RegExp(`^.*/generated:${REGION}\\b.*$`, 'm').exec(text);
  if (!begin || !end || end.index < begin.index) return undefined;
  return `${text.slice(0, begin.index + begin[0].length)}\n\n${content}\n\n${text.slice(end.index)}`;
}

/**
 * A region's content as Prettier formats it on a Markdown page (`npm run format`, and check-docs,
 * which formats regions the same way: the project's options without its plugins).
 */
async function formatted(page, content) {
  if (!page.endsWith('.md')) return content;
  const prettier = await import('prettier');
  const { plugins: _plugins, ...options } = (await prettier.resolveConfig(path.join(root, page))) ?? {};
  return (await prettier.format(content, { ...options, parser: 'markdown' })).trimEnd();
}

/** Draws every chart from the committed JSON and writes them and the regions; resolves to the files written. */
export async function writePerformanceCharts() {
  const { charts, regions } = performanceCharts(readInputs());
  const written = [];
  mkdirSync(path.join(root, CHARTS_DIR), { recursive: true });
  for (const chart of charts) {
    const file = path.join(root, chart.file);
    if (existsSync(file) && readFileSync(file, 'utf8') === chart.svg) continue;
    writeFileSync(file, chart.svg);
    written.push(chart.file);
  }
  for (const [page, content] of Object.entries(regions)) {
    const file = path.join(root, page);
    if (!existsSync(file)) continue;
    const before = readFileSync(file, 'utf8');
    const after = replaceRegion(before, await formatted(page, content));
    if (after === undefined) throw new Error(`${page}: the markers of the generated region "${REGION}" are missing`);
    if (after !== before) {
      writeFileSync(file, after);
      written.push(page);
    }
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const written = await writePerformanceCharts();
    console.log(written.length ? written.map((file) => `performance-charts: wrote ${file}`).join('\n') : 'performance-charts: up to date');
  } catch (error) {
    console.error(`performance-charts: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
