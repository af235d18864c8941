#!/usr/bin/env node
/**
 * The docs that restate what the code says, kept in step with it (part of `npm test`, after the build).
 * Each restatement is generated into a marked region of its page from the built sources of truth:
 *
 *   stories/Theming.mdx     tokens      every `--film-*` custom property: the shared ones (FilmElement's
 *                                       JSDoc) and each element's own (dist/custom-elements.json), with
 *                                       their light and dark defaults, read from the stylesheets (src/)
 *                           parts       the parts every element has, and <film-card>'s
 *   README.md               attributes  "Attributes at a glance": each element's own attributes with their
 *                                       defaults and values, methods and events (the manifest)
 *   stories/FilmFormat.mdx  fields      every field of the film format with its type, whether it is
 *                                       required, and its enumerations (dist/film.schema.json, which the
 *                                       build writes from src/data/schema.ts; an enumeration is shown
 *                                       with the values of its list, `KINDS`, `AWARD_RESULTS`, …, and
 *                                       an old spelling its picklist still accepts, `critics`, apart)
 *   docs/performance.md     charts      the performance charts (docs/performance/*.svg, checked too) as
 *   stories/Performance.mdx             images with their text, drawn by scripts/performance-charts.mjs
 *                                       from bench/results.json and bench/sizes.json
 *
 * A region sits between `generated:NAME` and `/generated:NAME` markers (MDX `{/* … *\/}` comments,
 * HTML comments in the README). The check fails when a region differs from what the sources give,
 * naming the file, the region, the first differing line and the command that rewrites it:
 *
 *   node scripts/check-docs.mjs            check (needs dist/: `npm run build`)
 *   node scripts/check-docs.mjs --write    rewrite every region from the sources
 *
 * It also fails, whatever the regions say, when
 *   - an element's manifest entry does not list every shared custom property and part plus its own
 *     (Storybook's docs tables and the editor data read them from there);
 *   - a stylesheet reads a `--film-*` property that no JSDoc documents, or one is documented that no
 *     stylesheet reads, or a shared one is read only by one element (or an element's own by another);
 *   - the hand-written `about` table of FilmFormat.mdx (example and notes per field) misses a field of
 *     the schema or describes one it does not have.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { performanceCharts, readInputs, REGION, strayCharts } from './performance-charts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const write = process.argv.includes('--write');
const REGENERATE = '`npm run build && node scripts/check-docs.mjs --write`';

const read = (file) => readFileSync(path.join(root, file), 'utf8');
const failures = [];
const fail = (message) => failures.push(message);

function readBuilt(file) {
  if (!existsSync(path.join(root, file))) {
    console.error(`check-docs: ${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
  return JSON.parse(read(file));
}

const manifest = readBuilt('dist/custom-elements.json');
const schema = readBuilt('dist/film.schema.json');

/** Every `.ts` file under src/, relative to the root. */
const sources = readdirSync(path.join(root, 'src'), { recursive: true })
  .map((file) => path.join('src', file))
  .filter((file) => file.endsWith('.ts'))
  .sort();

// ── the manifest ──────────────────────────────────────────────────────────────────────────────────

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class'));
const base = declarations.find((d) => d.name === 'FilmElement');
if (!base) {
  console.error('check-docs: FilmElement is not in dist/custom-elements.json');
  process.exit(1);
}
/** The elements in the package's own order (src/index.ts registers them in it). */
const order = [...read('src/index.ts').matchAll(/import '\.\/(film-[a-z-]+)\.js'/g)].map((match) => match[1]);
const elements = declarations
  .filter((d) => d.tagName)
  .sort((a, b) => (order.indexOf(a.tagName) + 1 || Infinity) - (order.indexOf(b.tagName) + 1 || Infinity));
for (const tag of order)
  if (!elements.some((e) => e.tagName === tag)) fail(`src/index.ts registers <${tag}>, which the manifest does not have`);

const own = (items = []) => items.filter((item) => !item.inheritedFrom);
const names = (items = []) => items.map((item) => item.name);
const sharedProperties = base.cssProperties ?? [];
const sharedParts = base.cssParts ?? [];

// Storybook's docs tables (.storybook/preview.ts) and the editor data read each element's entry alone:
// it must carry the shared properties and parts itself, not only through FilmElement.
for (const element of elements) {
  for (const [kinds, shared, listed] of [
    ['custom properties', sharedProperties, element.cssProperties],
    ['parts', sharedParts, element.cssParts],
  ]) {
    const have = new Set(names(listed));
    const missing = names(shared).filter((name) => !have.has(name));
    if (missing.length) fail(`dist/custom-elements.json: <${element.tagName}> does not list the shared ${kinds} ${missing.join(', ')}`);
    const twice = names(listed).filter((name, i, all) => all.indexOf(name) !== i);
    if (twice.length) fail(`dist/custom-elements.json: <${element.tagName}> lists the ${kinds} ${twice.join(', ')} twice`);
  }
}

// ── the stylesheets ───────────────────────────────────────────────────────────────────────────────

/** `var(--film-x, fallback)` → [{ name, fallback, file }], fallbacks with nested parentheses whole. */
function cssReads(file) {
  const text = read(file);
  const found = [];
  for (const match of text.matchAll(/var\(\s*(--film-[a-z0-9-]+)\s*(,?)/g)) {
    let fallback;
    if (match[2]) {
      let depth = 1;
      let i = match.index + match[0].length;
      const start = i;
      for (; i < text.length && depth; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
      fallback = text.slice(start, i - 1).trim();
    }
    found.push({ name: match[1], fallback, file });
  }
  return found;
}
const reads = sources.flatMap(cssReads);
/** `--_accent: var(--film-color-accent, …)` → `--_accent` → `--film-color-accent`: a private alias's public name. */
const aliases = new Map(
  sources.flatMap((file) => [...read(file).matchAll(/(--_[a-z0-9-]+)\s*:\s*var\(\s*(--film-[a-z0-9-]+)/g)].map((m) => [m[1], m[2]])),
);
/** The element whose folder a file is in (src/elements/<tag>/…), or undefined for shared code. */
const ownerOf = (file) => /^src[\\/]elements[\\/](film-[a-z-]+)[\\/]/.exec(file)?.[1];

const documented = new Map(names(sharedProperties).map((name) => [name, undefined]));
for (const element of elements) for (const name of names(own(element.cssProperties))) documented.set(name, element.tagName);
for (const { name, file } of reads) {
  if (!documented.has(name)) {
    fail(`${file} reads ${name}, which no element documents: add a @cssprop to its JSDoc (FilmElement's if every element reads it)`);
    continue;
  }
  const owner = documented.get(name);
  if (owner && ownerOf(file) !== owner)
    fail(`${file} reads ${name}, documented as <${owner}>'s own: document it on FilmElement if it is shared`);
}
for (const [name, owner] of documented) {
  const readers = reads.filter((r) => r.name === name);
  if (!readers.length) fail(`${name} is documented (${owner ? `<${owner}>` : 'FilmElement'}) but no stylesheet reads it`);
  else if (!owner && readers.every((r) => ownerOf(r.file)))
    fail(`${name} is documented as shared (FilmElement) but only ${[...new Set(readers.map((r) => r.file))].join(', ')} reads it`);
}

/** A fallback as the docs show it: private aliases by their public names. */
const shown = (fallback) =>
  fallback?.replace(/var\(\s*(--_[a-z0-9-]+)\s*\)/g, (all, alias) => (aliases.has(alias) ? `var(${aliases.get(alias)})` : all));
/** [light, dark] default of a property: `light-dark(a, b)` split, anything else the same in both. */
function defaults(name) {
  const fallbacks = [...new Set(reads.filter((r) => r.name === name && r.fallback).map((r) => shown(r.fallback)))];
  if (fallbacks.length > 1) fail(`${name} has different defaults in different places: ${fallbacks.join(' / ')}`);
  const [fallback = '(none)'] = fallbacks;
  const pair = /^light-dark\((.*)\)$/.exec(fallback);
  if (!pair) return [fallback, fallback];
  const [light, dark, ...rest] = splitTopLevel(pair[1]);
  if (rest.length || !dark) fail(`${name}: cannot read its light-dark() default ${fallback}`);
  return [light, dark];
}
/** Splits at a separator outside parentheses and brackets. */
function splitTopLevel(text, separator = ',') {
  const parts = [''];
  let depth = 0;
  for (const c of text) {
    if (c === separator && !depth) parts.push('');
    else {
      depth += '(['.includes(c) ? 1 : ')]'.includes(c) ? -1 : 0;
      parts[parts.length - 1] += c;
    }
  }
  return parts.map((part) => part.trim());
}

// ── string lists exported by the sources (enumerations) ─────────────────────────────────────────────

/*
 * Enumerations, read as text (the TypeScript parser would take seconds to load):
 * `export const NAME = ['a', 'b', ...OTHER] as const` and `export type Name = (typeof NAME)[number]`.
 */
const rawLists = new Map();
const typeAliases = new Map();
for (const file of sources) {
  const text = read(file);
  for (const [, name, items] of text.matchAll(/export const (\w+) = \[([^\]]*)\] as const/g)) rawLists.set(name, { items, file });
  for (const [, name, type] of text.matchAll(/export type (\w+) = ([^;]+);/g)) typeAliases.set(name, type.trim());
}
/** A list's values, its spreads of other lists included; undefined unless it is all string literals. */
function listValues(name, seen = new Set()) {
  const raw = rawLists.get(name);
  if (!raw || seen.has(name)) return undefined;
  const values = [];
  for (const item of splitTopLevel(raw.items).filter(Boolean)) {
    const string = /^'([^'\\]*)'$/.exec(item);
    const spread = /^\.\.\.(\w+)$/.exec(item);
    const inner = spread && listValues(spread[1], new Set([...seen, name]));
    if (string) values.push(string[1]);
    else if (inner) values.push(...inner);
    else return undefined;
  }
  return values;
}
/** Every exported list of strings in src/: NAME → { values, file }. */
const stringLists = new Map(
  [...rawLists].flatMap(([name, { file }]) => {
    const values = listValues(name);
    return values ? [[name, { values, file }]] : [];
  }),
);

/**
 * A type's values when it is an enumeration of strings: `'a' | 'b'`, `(typeof LIST)[number]`, a type
 * alias of those, or a union of them; otherwise undefined.
 */
function typeValues(typeText = '', seen = new Set()) {
  const values = [];
  for (const part of splitTopLevel(typeText, '|').filter((p) => p && p !== 'undefined')) {
    const string = /^'([^'\\]*)'$/.exec(part);
    const list = /^\(typeof (\w+)\)\[number\]$/.exec(part);
    const alias = /^\w+$/.test(part) && !seen.has(part) && typeAliases.get(part);
    const found = string
      ? [string[1]]
      : list
        ? stringLists.get(list[1])?.values
        : alias
          ? typeValues(alias, new Set([...seen, part]))
          : undefined;
    if (!found) return undefined;
    values.push(...found);
  }
  return values.length ? values : undefined;
}

// ── regions ───────────────────────────────────────────────────────────────────────────────────────

const js = (value) => JSON.stringify(value);
/** `export const name = [ …rows, one a line… ];` */
const exportRows = (name, rows) => `export const ${name} = [\n${rows.map((row) => `  ${js(row)},`).join('\n')}\n];`;

function tokensRegion() {
  const shared = sharedProperties.map(({ name, description }) => [name, ...defaults(name), description ?? '']);
  const perElement = elements.flatMap((element) =>
    own(element.cssProperties).map(({ name, description }) => [element.tagName, name, ...defaults(name), description ?? '']),
  );
  return `${exportRows('sharedTokens', shared)}\n\n${exportRows('elementTokens', perElement)}`;
}

function partsRegion() {
  const card = elements.find((e) => e.tagName === 'film-card');
  if (!card) fail('the manifest has no <film-card>: stories/Theming.mdx shows its parts');
  const rows = (parts) => parts.map(({ name, description }) => [name, description ?? '']);
  return `${exportRows('sharedParts', rows(sharedParts))}\n\n${exportRows('cardParts', rows(own(card?.cssParts)))}`;
}

const code = (text) => `\`${text}\``;
const cell = (text) => text.replace(/\|/g, '\\|');
const andList = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
/** `10_000` → `10000`, `'all'` → `all`. */
const literal = (text) => text.replace(/^'(.*)'$/, '$1').replace(/(\d)_(?=\d)/g, '$1');

function attributesRegion() {
  const sharedAttributes = names(base.attributes);
  const sharedEvents = names(base.events);
  const lines = [
    `Every element takes ${andList(sharedAttributes.map(code))}, fires ${andList(sharedEvents.map(code))}, and has the parts ${andList(
      names(sharedParts).map(code),
    )}. Each one's own:`,
    '',
    '| element | attributes (default; values, the default first) | methods and events |',
    '| --- | --- | --- |',
  ];
  for (const element of elements) {
    const attributes = own(element.attributes).map((attribute) => {
      const values = typeValues(attribute.type?.text);
      const fallback = attribute.default === undefined || attribute.default === 'undefined' ? undefined : literal(attribute.default);
      if (values) {
        const first = values.includes(fallback) ? [fallback, ...values.filter((v) => v !== fallback)] : values;
        return `${code(attribute.name)} (${first.map(code).join(' | ')})`;
      }
      // A boolean attribute is off until present: its `false` says nothing.
      return fallback === undefined || attribute.type?.text === 'boolean' ? code(attribute.name) : `${code(attribute.name)} (${fallback})`;
    });
    const methods = own(element.members).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public');
    const more = [
      ...methods.map((m) => code(`${m.name}(${names(m.parameters).join(', ')})`)),
      ...own(element.events).map((e) => `event ${code(e.name)}`),
    ];
    lines.push(`| ${code(`<${element.tagName}>`)} | ${cell(attributes.join(', '))} | ${cell(more.join(', '))} |`);
  }
  return lines.join('\n');
}

// ── the film format ───────────────────────────────────────────────────────────────────────────────

/**
 * Parts of the format with a table of their own: [path, name]; the Film table has a row for each that
 * points to it. A section inside another (a soundtrack's tracks) adds its rows to the outer one's table.
 */
const SECTIONS = [
  ['ratings[]', 'Rating'],
  ['awards[]', 'Award'],
  ['reviews[]', 'Review'],
  ['soundtrack', 'Soundtrack'],
  ['soundtrack.tracks[]', 'Track'],
];
const URL_DESCRIPTION = 'An absolute http(s) URL or a relative one.';
/** String formats by pattern: a format's name, and values its pattern must accept to be it. */
const FORMATS = [
  ['ISO 8601 date', ['1995', '1995-10', '1995-10-27']],
  ['ISO 8601 duration', ['PT1H52M', 'PT3M12S']],
  ['"m:ss" | "h:mm:ss"', ['3:12', '1:02:03']],
  ['ISO 4217 code', ['USD', 'EUR']],
];

/**
 * The schema's enumerations as src/data/ writes them: `v.picklist(LIST, …)`, or
 * `v.picklist([...LIST, 'old'], …)` (or a name for such a list: `KIND_INPUTS = [...KINDS, 'critics']`),
 * which also accepts an old spelling that the data layer reads as one of LIST's (`critics` →
 * `critic`). [values, old values] each.
 */
const withOldSpellings = (name) => {
  const items = rawLists.get(name)?.items;
  return items && /^\s*\.\.\.\w+\s*,\s*'/.test(items) ? `[${items}]` : name;
};
const picklists = sources
  .filter((file) => file.startsWith(path.join('src', 'data')))
  .flatMap((file) => [...read(file).matchAll(/v\.picklist\(\s*(\w+|\[[^\]]*\])\s*,/g)].map((m) => withOldSpellings(m[1])))
  .flatMap((argument) => {
    const [name, ...old] = argument.startsWith('[') ? splitTopLevel(argument.slice(1, -1)).filter(Boolean) : [argument];
    const values = stringLists.get(name.replace(/^\.\.\./, ''))?.values;
    const oldValues = old.map((item) => /^'([^'\\]*)'$/.exec(item)?.[1]);
    return values && oldValues.every((v) => v !== undefined) ? [[values, oldValues]] : [];
  });

/** An enumeration of the JSON Schema: its current values, and the old ones still accepted. */
function enumeration(values) {
  const same = (a, b) => a.length === b.length && a.every((v) => b.includes(v));
  const [shown, legacy] = picklists.find(([current, old]) => same([...current, ...old], values)) ?? [values, []];
  return { shown, legacy };
}

/** A schema as a type: `string`, `URL`, `integer`, `"won" | "nominated"`, `{ name: string, url?: URL }[]`. */
function typeOf(node, at, legacy) {
  if (node.anyOf) return node.anyOf.map((option) => typeOf(option, at, legacy)).join(' | ');
  if (node.enum) {
    const { shown, legacy: old } = enumeration(node.enum);
    legacy.push(...old);
    return shown.map((v) => js(v)).join(' | ');
  }
  if ('const' in node) return js(node.const);
  const section = at !== undefined && SECTIONS.find(([p]) => p === at);
  if (section) return section[1];
  switch (node.type) {
    case 'string': {
      const format =
        (node.pattern && FORMATS.find(([, samples]) => samples.every((s) => new RegExp(node.pattern).test(s)))?.[0]) ??
        (node.description === URL_DESCRIPTION ? 'URL' : undefined);
      if (node.pattern && !format) return `string matching /${node.pattern}/`;
      return format ?? (node.minLength === 1 ? 'non-empty string' : 'string');
    }
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'integer':
      return node.minimum === undefined ? node.type : `${node.type} ≥ ${node.minimum}`;
    case 'array': {
      const item = typeOf(node.items, at === undefined ? undefined : `${at}[]`, legacy);
      return / \| /.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      return `{ ${Object.entries(node.properties ?? {})
        .map(([key, value]) => `${key}${node.required?.includes(key) ? '' : '?'}: ${typeOf(value, undefined, legacy)}`)
        .join(', ')} }`;
    default:
      fail(`dist/film.schema.json: cannot describe the schema at ${at}: ${js(node)}`);
      return '?';
  }
}

/** The schema of an object's properties at a path: `ratings[]` → the Rating object. */
function objectAt(pathText) {
  let node = schema;
  for (const step of pathText.split('.')) {
    const key = step.replace(/\[\]$/, '');
    node = node?.properties?.[key];
    if (step.endsWith('[]')) node = node?.type === 'array' ? node.items : undefined;
  }
  return node?.type === 'object' ? node : undefined;
}

/** `{ [caption]: [[key, name, type, required, alsoAccepted], …] }` for every table of the page. */
function fieldTables() {
  const tables = { Film: [] };
  const rowsOf = (node, prefix, table, namePrefix) => {
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      const at = prefix ? `${prefix}.${key}` : key;
      const legacy = [];
      // The path a section would have: `ratings` is an array → `ratings[]`.
      const sectionPath = value.type === 'array' ? `${at}[]` : at;
      const type = typeOf(value, at, legacy);
      table.push([at, `${namePrefix}${key}`, type, Boolean(node.required?.includes(key)), legacy]);
      const nested = SECTIONS.find(([p]) => p === sectionPath && p.includes('.'));
      if (nested) rowsOf(objectAt(sectionPath), sectionPath, table, `${key}[].`);
    }
  };
  rowsOf(schema, '', tables.Film, '');
  for (const [sectionPath, name] of SECTIONS) {
    const node = objectAt(sectionPath);
    if (!node) {
      fail(`dist/film.schema.json has no object at ${sectionPath} any more: update SECTIONS in scripts/check-docs.mjs`);
      continue;
    }
    if (sectionPath.includes('.')) continue; // its rows are in the outer section's table
    const caption = `${name} (${sectionPath})`;
    tables[caption] = [];
    rowsOf(node, sectionPath, tables[caption], '');
  }
  return tables;
}

function fieldsRegion(tables) {
  const blocks = Object.entries(tables).map(
    ([caption, rows]) => `  ${js(caption)}: [\n${rows.map((row) => `    ${js(row)},`).join('\n')}\n  ],`,
  );
  return `export const fields = {\n${blocks.join('\n')}\n};`;
}

/** The keys of `export const about = { … }` in FilmFormat.mdx (hand-written: example and notes per field, one a line). */
function aboutKeys(text) {
  const start = text.indexOf('export const about = {');
  if (start === -1) return undefined;
  const block = text.slice(start, text.indexOf('\n};', start));
  return [...block.matchAll(/^ {2}(?:'([^']+)'|([A-Za-z_$][\w$]*)):/gm)].map((m) => m[1] ?? m[2]);
}

// ── pages ─────────────────────────────────────────────────────────────────────────────────────────

/** Start and end markers of a region: MDX comments, or HTML comments in Markdown. */
function markers(file, name, from) {
  const text = `generated:${name} — written by \`node scripts/check-docs.mjs --write\` from ${from}: edit that, not this region`;
  return file.endsWith('.mdx') ? [`{/* ${text} */}`, `{/* /generated:${name} */}`] : [`<!-- ${text} -->`, `<!-- /generated:${name} -->`];
}

/** Finds a region (by the `generated:NAME` in its start marker) and returns [start, end] of its content. */
function locate(text, name, file) {
  const begin = new RegExp(`^.*generated:${name}\\b.*$`, 'm').exec(text);
  const end = new RegExp(`^.*/generated:${name}\\b.*$`, 'm').exec(text);
  if (!begin || !end || end.index < begin.index) {
    fail(`${file}: the markers of the generated region "${name}" are missing (generated:${name} … /generated:${name})`);
    return undefined;
  }
  return { from: begin.index, to: end.index + end[0].length };
}

/** The region with its markers; blank lines around the content (MDX needs them around ESM blocks). */
const region = ([open, close], content) => `${open}\n\n${content}\n\n${close}`;

/**
 * The regions as Prettier formats Markdown (`npm run format`), so that the two agree: the regions alone
 * (a table formats on its own), with the project's options but not its plugins (import sorting, slow
 * to load and not for Markdown).
 */
async function formatMarkdown(text, regions) {
  const prettier = await import('prettier');
  const { plugins: _plugins, ...options } = (await prettier.resolveConfig(path.join(root, 'README.md'))) ?? {};
  let out = text;
  for (const r of regions) {
    const at = locate(out, r.name, 'README.md');
    const formatted = (await prettier.format(out.slice(at.from, at.to), { ...options, parser: 'markdown' })).trimEnd();
    out = out.slice(0, at.from) + formatted + out.slice(at.to);
  }
  return out;
}

async function page(file, regions, { format = false } = {}) {
  const actual = read(file);
  let expected = actual;
  // Replaced from the last region up, so that earlier offsets stay right.
  const located = regions
    .map((r) => ({ ...r, at: locate(expected, r.name, file) }))
    .filter((r) => r.at)
    .sort((a, b) => b.at.from - a.at.from);
  for (const r of located)
    expected = expected.slice(0, r.at.from) + region(markers(file, r.name, r.from), r.content) + expected.slice(r.at.to);
  if (format) expected = await formatMarkdown(expected, located);
  if (expected === actual) return;
  if (write) {
    writeFileSync(path.join(root, file), expected);
    console.log(`check-docs: rewrote ${located.map((r) => `"${r.name}"`).join(', ')} in ${file}`);
    return;
  }
  for (const r of regions) {
    const want = locate(expected, r.name, file);
    const have = locate(actual, r.name, file);
    if (!want || !have) continue;
    const wantLines = expected.slice(want.from, want.to).split('\n');
    const haveLines = actual.slice(have.from, have.to).split('\n');
    const raw = wantLines.findIndex((line, n) => line !== haveLines[n]);
    if (raw === -1 && wantLines.length === haveLines.length) continue;
    // The first line that differs in more than padding (a wider table column pads every row).
    const flat = (line) => line?.replace(/\s+/g, ' ').replace(/-{3,}/g, '---');
    const real = wantLines.findIndex((line, n) => flat(line) !== flat(haveLines[n]));
    const i = real === -1 ? raw : real;
    const at = i === -1 ? Math.min(wantLines.length, haveLines.length) : i;
    const line = actual.slice(0, have.from).split('\n').length + at;
    fail(
      `${file}:${line}: the generated region "${r.name}" does not match ${r.from}:\n` +
        `      now: ${haveLines[at] ?? '(nothing)'}\n` +
        `   expect: ${wantLines[at] ?? '(nothing)'}\n` +
        `  Edit ${r.from}, not the region, then run ${REGENERATE} to rewrite it.`,
    );
  }
}

const tables = fieldTables();
await page('stories/Theming.mdx', [
  {
    name: 'tokens',
    from: "the @cssprop JSDoc (FilmElement's, each element's) and the stylesheets' var() defaults",
    content: tokensRegion(),
  },
  { name: 'parts', from: 'the @csspart JSDoc of FilmElement and FilmCard', content: partsRegion() },
]);
await page('stories/FilmFormat.mdx', [
  { name: 'fields', from: 'src/data/schema.ts (through dist/film.schema.json)', content: fieldsRegion(tables) },
]);
const attributes = { name: 'attributes', from: "the elements' JSDoc (through dist/custom-elements.json)", content: attributesRegion() };
await page('README.md', [attributes], { format: true });

// The performance charts: the SVG files and the regions that show them, from the committed JSON.
const performance = performanceCharts(readInputs());
const chartsFrom = 'bench/results.json and bench/sizes.json (scripts/performance-charts.mjs)';
for (const [file, content] of Object.entries(performance.regions))
  await page(file, [{ name: REGION, from: chartsFrom, content }], { format: file.endsWith('.md') });
for (const chart of performance.charts) {
  const have = existsSync(path.join(root, chart.file)) ? read(chart.file) : undefined;
  if (have === chart.svg) continue;
  if (write) {
    mkdirSync(path.dirname(path.join(root, chart.file)), { recursive: true });
    writeFileSync(path.join(root, chart.file), chart.svg);
    console.log(`check-docs: redrew ${chart.file}`);
  } else
    fail(
      `${chart.file} ${have === undefined ? 'is missing' : `is not what ${chartsFrom} give`}: run \`node scripts/performance-charts.mjs\` (or ${REGENERATE})`,
    );
}
for (const file of strayCharts(performance.charts))
  fail(`${file}: no chart of scripts/performance-charts.mjs draws it any more: delete it`);

// The hand-written half of the field reference: an example and notes for every field, and no other.
const about = aboutKeys(read('stories/FilmFormat.mdx'));
if (!about) fail('stories/FilmFormat.mdx: `export const about = { … }` (an example and notes per field) is missing');
else {
  const keys = Object.values(tables).flatMap((rows) => rows.map(([key]) => key));
  const missing = keys.filter((key) => !about.includes(key));
  const extra = about.filter((key) => !keys.includes(key));
  if (missing.length) fail(`stories/FilmFormat.mdx: \`about\` has no example or notes for ${missing.join(', ')}: add them`);
  if (extra.length) fail(`stories/FilmFormat.mdx: \`about\` describes ${extra.join(', ')}, which the film format does not have`);
}

if (failures.length) {
  for (const failure of failures) console.error(`  ✗ ${failure}`);
  console.error(`check-docs: ${failures.length} problem${failures.length === 1 ? '' : 's'}`);
  process.exit(1);
}
if (!write)
  console.log(
    'check-docs: Theming, FilmFormat and README match the manifest, the schema and the stylesheets; the performance charts match bench/',
  );
