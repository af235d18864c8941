#!/usr/bin/env node
/**
 * What film-elements costs a page, min + gzip (level 9), measured on the build output users get:
 *
 * - `cdn/film-elements.js` as shipped: the **initial** load is that file and what it imports statically
 *   (all five elements, Lit, valibot, English); its chunks beside it (`cdn/chunks/`) load on demand
 *   (Floating UI on a tooltip's first open, a data format's mapping, a language's strings) and are
 *   reported as a total (with those only `cdn/data.js`, the data helpers' entry, imports);
 * - each language's strings module (`src/locales/<locale>.ts`), the one file a page in that language
 *   adds;
 * - each element entry `dist/film-*.js` alone, bundled with its dependencies the way an app's bundler
 *   does it (rolldown, the bundler inside Vite 8: minified, comments dropped, code splitting on). The
 *   **initial** load is the entry with everything it imports statically; the **lazy** part is what it
 *   imports with `import()` (floating-ui on a tooltip's first open, the schema.org mapping on the first
 *   JSON-LD input), reported separately;
 * - each element **on top of another**: initial(first + element) − initial(first), the worst first;
 * - `data.js` (no Lit) and `index.js` (all five).
 *
 * `analyze()` says what the bytes are: it bundles the sources once more, minifies every module on its
 * own and shares the measured gzip size out in proportion (so its numbers are estimates, marked ≈).
 *
 *   node scripts/size.mjs             the table (run `npm run build` first)
 *   node scripts/size.mjs --json      the measurements as JSON
 *   node scripts/size.mjs --analyze   the table and what each bundle is made of
 *
 * scripts/build.mjs prints the table (`measureSizes`, `formatSizes`); scripts/check-size.mjs holds
 * the budgets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const elementNames = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'];

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const measure = (code) => ({ min: Buffer.byteLength(code), gzip: gzipSize(code) });

/** rolldown as Vite 8 has it (resolved from vite's own folder: it is Vite's dependency, not ours). */
async function loadRolldown() {
  const require = createRequire(path.join(root, 'node_modules', 'vite', 'package.json'));
  return import(pathToFileURL(require.resolve('rolldown')).href);
}

/**
 * Bundles `imports` (module paths, imported for their side effects and exports) as one app would,
 * minified. Returns the initial load (entry + static imports) and the lazy chunks.
 */
async function bundle(rolldownModule, imports, { reexport = 'export *' } = {}) {
  const entry = '\0size-entry';
  const build = await rolldownModule.rolldown({
    input: entry,
    cwd: root,
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? imports.map((file) => `${reexport} from ${JSON.stringify(file)};`).join('\n') : null),
      },
    ],
  });
  try {
    // Stable chunk names: a hash in an import() path would make the sizes differ from build to build.
    const { output } = await build.generate({ format: 'es', minify: true, comments: false, chunkFileNames: '[name].js' });
    const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const main = output.find((c) => c.type === 'chunk' && c.isEntry);
    const initial = new Set();
    const visit = (chunk) => {
      if (initial.has(chunk.fileName)) return;
      initial.add(chunk.fileName);
      for (const name of chunk.imports) visit(chunks.get(name));
    };
    visit(main);
    const codeOf = (names) => [...names].map((name) => chunks.get(name).code).join('\n');
    const lazyNames = [...chunks.keys()].filter((name) => !initial.has(name));
    return {
      initial: measure(codeOf(initial)),
      lazy: { ...measure(codeOf(lazyNames)), parts: lazyNames.map((name) => name.replace(/\.js$/, '')) },
    };
  } finally {
    await build.close();
  }
}

/**
 * @param {{ dist?: string, pairs?: boolean }} [options] the build output (default: dist/); `pairs: false`
 *   skips the "on top of another element" measurements (20 more bundles)
 */
export async function measureSizes({ dist = path.join(root, 'dist'), pairs = true } = {}) {
  if (!existsSync(dist)) throw new Error(`${path.relative(root, dist) || dist} does not exist: run \`npm run build\` first.`);
  const rolldownModule = await loadRolldown();
  const file = (name) => path.join(dist, name);
  const sizes = { cdn: undefined, cdnChunks: undefined, entries: [], further: [], locales: [] };
  if (existsSync(file('cdn/film-elements.js'))) {
    const { initial, lazy } = cdnFiles(file('cdn'));
    sizes.cdn = { name: 'cdn/film-elements.js', ...measure(initial.map((name) => readFileSync(name)).join('\n')) };
    sizes.cdnChunks = { name: 'cdn/chunks/', count: lazy.length, ...measure(lazy.map((name) => readFileSync(name)).join('\n')) };
  }
  for (const locale of readdirSync(path.join(root, 'src/locales'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .sort()) {
    const { initial } = await bundle(rolldownModule, [path.join(root, 'src/locales', locale)], { reexport: 'export { default }' });
    sizes.locales.push({ name: locale.replace(/\.ts$/, ''), ...initial });
  }
  const names = [...elementNames.map((name) => `${name}.js`), 'data.js', 'index.js'].filter((name) => existsSync(file(name)));
  const alone = new Map();
  for (const name of names) {
    const result = await bundle(rolldownModule, [file(name)]);
    alone.set(name, result);
    sizes.entries.push({ name, ...result });
  }
  if (pairs) {
    const elements = names.filter((name) => name.startsWith('film-'));
    for (const name of elements) {
      let worst;
      for (const first of elements) {
        if (first === name) continue;
        const both = await bundle(rolldownModule, [file(first), file(name)]);
        const cost = { min: both.initial.min - alone.get(first).initial.min, gzip: both.initial.gzip - alone.get(first).initial.gzip };
        if (!worst || cost.gzip > worst.gzip) worst = { name, first, ...cost };
      }
      if (worst) sizes.further.push(worst);
    }
  }
  return sizes;
}

/** The CDN entry and the chunks it imports statically (its initial load), and the chunks it loads on demand. */
function cdnFiles(cdn) {
  const entry = path.join(cdn, 'film-elements.js');
  const initial = [];
  const visit = (file) => {
    if (initial.includes(file)) return;
    initial.push(file);
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`): minified output, relative paths.
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(path.resolve(path.dirname(file), spec));
    }
  };
  visit(entry);
  const chunks = existsSync(path.join(cdn, 'chunks'))
    ? readdirSync(path.join(cdn, 'chunks')).map((name) => path.join(cdn, 'chunks', name))
    : [];
  return { initial, lazy: chunks.filter((file) => !initial.includes(file)) };
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A chunk of one language's strings (`de`, `pt-BR`, `zh-Hant`). */
const isLocaleChunk = (name) => /^[a-z]{2}(-[A-Z][a-z]{3}|-[A-Z]{2})?-[\w-]{8}$/.test(name);

/** The table, one line per measurement. */
export function formatSizes(sizes) {
  const rows = [];
  if (sizes.cdn) rows.push([sizes.cdn.name, sizes.cdn, 'as shipped: what a page loads before any interaction']);
  if (sizes.cdnChunks)
    rows.push([sizes.cdnChunks.name, sizes.cdnChunks, `${sizes.cdnChunks.count} files beside it, each loaded when first needed (total)`]);
  for (const entry of sizes.entries) {
    // Languages are listed on their own lines below: here, what else loads on demand.
    const parts = entry.lazy.parts.filter((part) => !isLocaleChunk(part));
    const lazy = parts.length ? `+ lazy ${parts.map((part) => part.replace(/-[\w-]{8}$/, '')).join(', ')}` : 'nothing lazy';
    const what = entry.name === 'index.js' ? 'all five' : entry.name === 'data.js' ? 'data helpers, no Lit' : 'alone';
    rows.push([entry.name, entry.initial, `${what}, initial load; ${lazy}`]);
  }
  for (const step of sizes.further) rows.push([`+ ${step.name}`, step, `on top of ${step.first} (the worst first)`]);
  for (const locale of sizes.locales) rows.push([`locale ${locale.name}`, locale, 'its strings, loaded by a page in that language']);
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(
    ([name, size, note]) => `${name.padEnd(width)}  ${kB(size.min).padStart(8)} min  ${kB(size.gzip).padStart(8)} gzip  ${note}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Analysis: which modules the bytes come from.

/** Groups a module id into something a reader recognises. */
function groupOf(id) {
  const npm = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (npm) {
    const name = npm[1];
    if (/^(lit|lit-html|lit-element|@lit\/.*)$/.test(name)) return 'lit';
    if (name.startsWith('@floating-ui/')) return 'floating-ui';
    return name;
  }
  const source = id.replace(/\\/g, '/').match(/\/src\/(.+)\.ts$/);
  if (!source) return 'bundler runtime';
  const file = source[1];
  if (file.startsWith('data/schema-org')) return 'schema.org mapping';
  if (file.startsWith('data/')) return 'data layer (schema, validation, formats)';
  if (file === 'internal/tooltip' || file === 'internal/floating') return 'tooltip';
  if (file.startsWith('internal/')) return 'base element, shared styles, i18n';
  const element = file.match(/^elements\/([^/]+)\/[^/]+?(\.styles|\.strings)?$/);
  if (element) return `${element[1]}${element[2] === '.styles' ? ' css' : element[2] === '.strings' ? ' strings (en)' : ' js'}`;
  return 'entries';
}

/**
 * Bundles `src/<entry>.ts`, minifies each module on its own and shares the gzip size of the initial
 * load out in proportion. Returns groups sorted by size, bytes estimated.
 */
export async function analyze(entry) {
  const entries = [entry].flat();
  const virtual = 'film-elements-analysis-entry.js';
  const { build } = await import('vite');
  const { minifySync } = await import(
    pathToFileURL(createRequire(path.join(root, 'node_modules', 'vite', 'package.json')).resolve('rolldown/utils')).href
  );
  const { minifyLiterals } = await import('./minify-literals.mjs');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      minifyLiterals(),
      {
        name: 'analysis-entry',
        // Vite resolves a library entry against the root first: match the name wherever it ends up.
        resolveId: (id) => (id.endsWith(virtual) ? `\0${virtual}` : null),
        load: (id) =>
          id === `\0${virtual}`
            ? entries.map((name) => `export * from ${JSON.stringify(path.join(root, 'src', `${name}.ts`))};`).join('\n')
            : null,
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry: virtual, formats: ['es'], fileName: 'analysis' },
    },
  });
  const all = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((c) => c.type === 'chunk');
  const byName = new Map(all.map((c) => [c.fileName, c]));
  const chunks = [];
  const visit = (chunk) => {
    if (!chunk || chunks.includes(chunk)) return;
    chunks.push(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(all.find((c) => c.isEntry));
  const code = chunks.map((c) => c.code).join('\n');
  const full = minifySync('bundle.js', code, { compress: true, mangle: true }).code;
  const totalGzip = gzipSize(full);
  // Each module's weight is its own min + gzip size: text (CSS, strings) and code compress differently.
  const groups = new Map();
  let totalWeight = 0;
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!module.code?.trim()) continue;
      let min;
      try {
        min = minifySync('module.js', module.code, { compress: true, mangle: true }).code;
      } catch {
        min = module.code;
      }
      const weight = gzipSize(min);
      totalWeight += weight;
      const group = groupOf(id);
      groups.set(group, (groups.get(group) ?? 0) + weight);
    }
  }
  return [...groups]
    .map(([group, weight]) => ({ group, gzip: Math.round((weight / totalWeight) * totalGzip) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/** What `entry` adds on top of `first`, by group (the groups that grew). */
export async function analyzeFurther(first, entry) {
  const before = new Map((await analyze(first)).map((g) => [g.group, g.gzip]));
  return (await analyze([first, entry]))
    .map((g) => ({ group: g.group, gzip: g.gzip - (before.get(g.group) ?? 0) }))
    .filter((g) => g.gzip > 0)
    .sort((a, b) => b.gzip - a.gzip);
}

/** `lit ≈6.4, data layer (…) ≈4.1, …` (kB, gzip). */
export function formatAnalysis(groups, limit = groups.length) {
  const shown = groups.slice(0, limit).map((g) => `${g.group} ≈${(g.gzip / 1000).toFixed(1)}`);
  const rest = groups.slice(limit).reduce((sum, g) => sum + g.gzip, 0);
  if (rest >= 50) shown.push(`other ≈${(rest / 1000).toFixed(1)}`);
  return `${shown.join(', ')} (kB gzip)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const sizes = await measureSizes();
    if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
    else for (const line of formatSizes(sizes)) console.log(line);
    if (process.argv.includes('--analyze')) {
      console.log(`\ncdn/film-elements.js (src/cdn.ts), initial load: ${formatAnalysis(await analyze('cdn'))}`);
      for (const entry of [...elementNames, 'data']) console.log(`\n${entry}.js, initial load: ${formatAnalysis(await analyze(entry))}`);
    }
  } catch (error) {
    console.error(`size: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
}
