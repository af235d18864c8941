#!/usr/bin/env node
/**
 * The JSON-LD that `toSchemaOrg()` publishes, checked offline (issue 15), for the sample film, each
 * sample in another format (src/samples/leaving-las-vegas.*.json, parsed), TMDB + OMDb merged, and the
 * sample with what the samples lack (a score the site owns, an original title, a verdict, …):
 *
 *   1. as a search engine reads it: the `<script type="application/ld+json">` text (`jsonLdScript()`)
 *      in a page, extracted by @marbec/web-auto-extractor and checked by @adobe/structured-data-validator
 *      against the schema.org vocabulary (types, properties, Google's rules for Review, Rating,
 *      AggregateRating, Person, ImageObject, …);
 *   2. against Google's Movie guidelines, which the validator has no rules for: `name` and `image`
 *      required; `dateCreated`, `director`, `review`, `aggregateRating` recommended; an aggregate
 *      rating with a count and `bestRating`; a review with an author and a rating;
 *   3. the script text: no `<` at all (so no `</script>` or `<!--`), no U+2028 / U+2029, and the same
 *      value when parsed back.
 *
 * Any error fails; so does a warning that is not in ACCEPTED_WARNINGS below (each with its reason).
 *
 * The vocabulary: no npm package ships schema.org's, so the subset our output uses is kept in
 * scripts/schema-org-vocabulary.json, in the vocabulary's own JSON-LD shape (classes with their
 * parents, properties with their domains and ranges; no comments). Given the full release
 * (schema.org's schemaorg-all-https.jsonld, as SCHEMAORG_VOCABULARY=<file>), the subset is checked
 * against it; otherwise that check is skipped with a notice.
 *
 *   node scripts/check-structured-data.mjs                       check (after the browser tests in npm test)
 *   node scripts/check-structured-data.mjs --write-vocabulary    rewrite the subset from the full release,
 *                                                                for what today's output uses
 *
 * The data layer is bundled from the TypeScript sources (esbuild, in memory): no build needed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const subsetFile = path.join(root, 'scripts', 'schema-org-vocabulary.json');
const fullFile = process.env.SCHEMAORG_VOCABULARY;
const PAGE_URL = 'https://films.example/leaving-las-vegas/';

/** Validator warnings that are expected, each with why. Matched against the issue message. */
const ACCEPTED_WARNINGS = [
  // schema.org's Role pattern: a PerformanceRole carries the property of the thing it wraps
  // (https://schema.org/Role, https://schema.org/PerformanceRole): `actor` inside the role is how a cast
  // member gets a `characterName`. The vocabulary cannot list it as a domain; the validator warns.
  /^Property "actor" for type "PerformanceRole" is not supported/,
  // Optional fields Google's validator itself does not ask for (see the comment in the validator's Rating.js).
  /^Missing field "(worstRating|bestRating)" \(optional\)$/,
];

// --- the data layer, from the sources ------------------------------------------------------------------

async function loadDataLayer() {
  const { outputFiles } = await build({
    entryPoints: [path.join(root, 'src', 'data.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'film-data-'));
  const file = path.join(dir, 'data.mjs');
  writeFileSync(file, outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

/** The films checked: [name, film]. Every input must parse without a problem. */
function films(data) {
  const sample = readJson('src/samples/leaving-las-vegas.json');
  const samples = Object.fromEntries(
    ['tmdb', 'omdb', 'imdb-jsonld'].map((name) => [name, readJson(`src/samples/leaving-las-vegas.${name}.json`)]),
  );
  // What the samples do not have, so that every property toSchemaOrg can publish is checked.
  const everything = {
    ...sample,
    originalTitle: 'Leaving Las Vegas (original cut)',
    basedOn: { ...sample.basedOn, kind: 'short story' },
    ratings: [...sample.ratings, { source: 'Our readers', value: 4.2, max: 5, kind: 'audience', count: 87, own: true }],
    reviews: [
      ...sample.reviews,
      { author: 'A. Critic', outlet: 'A Paper', date: '1995-11-03', verdict: 'positive', title: 'Fresh', text: 'Fresh.', url: 'reviews/1' },
    ],
  };
  const inputs = [
    ['sample (film format)', data.parseFilm(sample)],
    ['sample with every field toSchemaOrg can publish', data.parseFilm(everything)],
    ['sample as TMDB', data.parseFilm(samples.tmdb)],
    ['sample as OMDb', data.parseFilm(samples.omdb)],
    ['sample as IMDb JSON-LD', data.parseFilm(samples['imdb-jsonld'])],
    ['sample as TMDB + OMDb, merged', data.mergeFilms(samples.tmdb, samples.omdb)],
  ];
  return inputs.map(([name, result]) => {
    if (!result.ok || result.problems.length) throw new Error(`${name}: ${result.ok ? JSON.stringify(result.problems) : result.message}`);
    return [name, result.film];
  });
}

// --- Google's Movie guidelines --------------------------------------------------------------------------

function googleMovieIssues(movie) {
  const issues = [];
  const error = (message) => issues.push({ severity: 'ERROR', issueMessage: `Google Movie: ${message}` });
  // A recommended property the data cannot give (no score the site owns, no rated review) is a note, not a failure.
  const warning = (message) => issues.push({ severity: 'NOTE', issueMessage: `Google Movie: ${message}` });
  const imageUrl = typeof movie.image === 'string' ? movie.image : movie.image?.url;
  if (typeof movie.name !== 'string' || !movie.name) error('"name" is required');
  if (typeof imageUrl !== 'string' || !imageUrl) error('"image" is required');
  else if (!/^https?:\/\//.test(imageUrl)) error(`"image" must be an absolute URL: ${imageUrl}`);
  for (const name of ['dateCreated', 'director', 'review', 'aggregateRating'])
    if (movie[name] === undefined) warning(`"${name}" is recommended`);
  if (movie.aggregateRating) {
    const rating = movie.aggregateRating;
    if (rating.ratingCount === undefined && rating.reviewCount === undefined)
      error('"aggregateRating" needs "ratingCount" or "reviewCount"');
    if (rating.bestRating === undefined) error('"aggregateRating" needs "bestRating"');
  }
  for (const review of [movie.review ?? []].flat()) {
    if (!review.author?.name) error('a review needs an author with a name');
    if (review.reviewRating?.ratingValue === undefined) error('a review needs "reviewRating" with "ratingValue"');
    if (review.reviewRating?.bestRating === undefined) error('a review rating needs "bestRating"');
  }
  return issues;
}

// --- the vocabulary --------------------------------------------------------------------------------------

const ids = (value) => [value ?? []].flat().map((node) => node['@id']);
const refs = (list) => (list.length === 0 ? undefined : list.length === 1 ? { '@id': list[0] } : list.map((id) => ({ '@id': id })));

/** Every type and property in a JSON-LD value: types, and property → the types of the nodes that have it. */
function usage(value, found = { types: new Set(), properties: new Map() }) {
  if (Array.isArray(value)) for (const item of value) usage(item, found);
  else if (value && typeof value === 'object') {
    const types = [value['@type'] ?? []].flat();
    for (const type of types) found.types.add(`schema:${type}`);
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('@')) continue;
      const domains = found.properties.get(`schema:${key}`) ?? new Set();
      for (const type of types) domains.add(`schema:${type}`);
      found.properties.set(`schema:${key}`, domains);
      usage(child, found);
    }
  }
  return found;
}

/** The subset of the full vocabulary for these types and properties: classes with their ancestors. */
function subsetOf(full, used) {
  const byId = new Map(full['@graph'].map((node) => [node['@id'], node]));
  const classes = new Set();
  const addClass = (id) => {
    const node = byId.get(id);
    if (!node || classes.has(id) || !id.startsWith('schema:')) return;
    classes.add(id);
    for (const parent of ids(node['rdfs:subClassOf'])) addClass(parent);
  };
  for (const type of used.types) {
    if (!byId.has(type)) throw new Error(`${type} is not in the schema.org vocabulary`);
    addClass(type);
  }
  const schemaOnly = (list) => list.filter((id) => id.startsWith('schema:'));
  const graph = [];
  for (const id of [...classes].sort()) {
    const node = byId.get(id);
    graph.push({
      '@id': id,
      '@type': node['@type'],
      'rdfs:label': node['rdfs:label'],
      'rdfs:subClassOf': refs(schemaOnly(ids(node['rdfs:subClassOf']))),
    });
  }
  for (const id of [...used.properties.keys()].sort()) {
    const node = byId.get(id);
    if (!node) throw new Error(`${id} is not in the schema.org vocabulary`);
    graph.push({
      '@id': id,
      '@type': node['@type'],
      'rdfs:label': node['rdfs:label'],
      'schema:domainIncludes': refs(ids(node['schema:domainIncludes']).filter((domain) => classes.has(domain))),
      'schema:rangeIncludes': refs(ids(node['schema:rangeIncludes'])),
    });
  }
  return {
    '@context': {
      rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      schema: 'https://schema.org/',
    },
    '@graph': JSON.parse(JSON.stringify(graph)), // drops the keys left undefined
  };
}

// --- the run -------------------------------------------------------------------------------------------

const data = await loadDataLayer();
const outputs = films(data).map(([name, film]) => {
  const text = data.jsonLdScript(film, { url: PAGE_URL });
  return { name, text, movie: JSON.parse(text) };
});
const used = usage(outputs.map(({ movie }) => movie));
const haveFull = !!fullFile && existsSync(fullFile);

if (process.argv.includes('--write-vocabulary')) {
  if (!haveFull) throw new Error(`--write-vocabulary needs the full schema.org release: SCHEMAORG_VOCABULARY=<schemaorg-all-https.jsonld>`);
  writeFileSync(subsetFile, `${JSON.stringify(subsetOf(JSON.parse(readFileSync(fullFile, 'utf8')), used), null, 2)}\n`);
  console.log(
    `structured data: wrote ${path.relative(root, subsetFile)} (${used.types.size} types, ${used.properties.size} properties used)`,
  );
}

const failures = [];
const subset = JSON.parse(readFileSync(subsetFile, 'utf8'));
if (haveFull) {
  // The committed subset must be exactly what the full release says about what we use.
  const expected = JSON.stringify(subsetOf(JSON.parse(readFileSync(fullFile, 'utf8')), used));
  if (JSON.stringify(subset) !== expected) {
    failures.push(
      `${path.relative(root, subsetFile)} does not match the full schema.org release for what the output uses: run node scripts/check-structured-data.mjs --write-vocabulary`,
    );
  }
} else {
  console.log(
    `structured data: notice: no full schema.org release ${fullFile ? `at ${fullFile}` : 'given (SCHEMAORG_VOCABULARY=<file>)'}; the vocabulary subset was not checked against it`,
  );
}

const validator = new Validator(subset);
const extractor = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] });
for (const { name, text, movie } of outputs) {
  const html = `<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body></body></html>`;
  const extracted = extractor.parse(html);
  const issues = [...(await validator.validate(extracted)), ...googleMovieIssues(movie)];
  if (/[<\u2028\u2029]/.test(text)) issues.push({ severity: 'ERROR', issueMessage: 'the script text holds "<", U+2028 or U+2029' });
  if (JSON.stringify(extracted.jsonld?.Movie?.[0] && { ...extracted.jsonld.Movie[0], '@location': undefined }) !== JSON.stringify(movie)) {
    issues.push({ severity: 'ERROR', issueMessage: 'the page does not give back the JSON-LD it holds' });
  }
  const errors = issues.filter((issue) => issue.severity === 'ERROR');
  const warnings = issues.filter((issue) => issue.severity === 'WARNING');
  const notes = issues.filter((issue) => issue.severity === 'NOTE').map((issue) => issue.issueMessage.replace(/^Google Movie: /, ''));
  const unexpected = warnings.filter((issue) => !ACCEPTED_WARNINGS.some((pattern) => pattern.test(issue.issueMessage)));
  const accepted = [...new Set(warnings.filter((issue) => !unexpected.includes(issue)).map((issue) => issue.issueMessage))];
  console.log(
    `structured data: ${name}: ${errors.length} errors, ${unexpected.length} warnings` +
      (accepted.length ? `; accepted: ${accepted.join('; ')}` : '') +
      (notes.length ? `; not in the data: ${notes.join(', ')}` : ''),
  );
  for (const issue of [...errors, ...unexpected]) {
    const where = (issue.path ?? []).map((step) => step.property ?? step.type).join(' > ');
    console.log(`  ${issue.severity}: ${issue.issueMessage}${where ? ` at ${where}` : ''}`);
    failures.push(`${name}: ${issue.issueMessage}`);
  }
}

if (failures.length) {
  console.error(`structured data: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('structured data: every output passes');
