import type { ParseResult } from './film.js';
import { FORMATS, parseInput, type Mappings, type Need, type NeedsMapping, type ParseOptions } from './read.js';

export type { ParseOptions };

/** A result now, or (for a format whose mapping is still loading) later. */
export type Parsed = ParseResult | Promise<ParseResult>;

/*
 * Each mapping is loaded the first time its format arrives, not up front: most pages feed our own
 * format and never need one (schema.org's is about 1.3 kB of the 18 kB an element costs, min + gzip).
 * The merge of a list of inputs likewise, and the schema check (valibot), which only a film the hand
 * check does not accept needs: one with a bad value to report and cut out. After that first load,
 * input in that format (or with such a value) parses synchronously like the rest.
 */
const loaders: { [K in Need]: () => Promise<NonNullable<Mappings[K]>> } = {
  'schema.org': () => import('./schema-org.js').then((module) => module.fromSchemaOrg),
  tmdb: () => import('./tmdb.js').then((module) => module.fromTmdb as NonNullable<Mappings['tmdb']>),
  omdb: () => import('./omdb.js').then((module) => module.fromOmdb as NonNullable<Mappings['omdb']>),
  merge: () => import('./merge.js').then((module) => module.parseList),
  schema: () => import('./validate.js').then((module) => module.validateBySchema),
};
const mappings: Mappings = {};
const loads: Partial<Record<Need, Promise<unknown>>> = {};

function load(need: Need): Promise<unknown> {
  return (loads[need] ??= loaders[need]().then(
    (loaded) => ((mappings as Record<Need, unknown>)[need] = loaded),
    (error: unknown) => {
      delete loads[need]; // a failed download may succeed next time
      throw new Error(`The ${need} mapping could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
    },
  ));
}

/** Loads what the input needs, then goes on; a promise that never rejects. */
async function resume(result: NeedsMapping): Promise<ParseResult> {
  let next: ParseResult | NeedsMapping = result;
  while ('needs' in next) {
    try {
      await Promise.all(next.needs.map(load));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: reason, problems: [{ path: '', message: reason }] };
    }
    next = next.resume(mappings);
  }
  return next;
}

function parse(input: unknown, options: ParseOptions): Parsed {
  const result = parseInput(input, mappings, { ...options });
  return 'needs' in result ? resume(result) : result;
}

/** The options that change a parse, as a cache key: results of the same input read differently are kept apart. */
function optionsKey({ format, region, tmdbImageBase }: ParseOptions): string {
  return [(FORMATS as readonly unknown[]).includes(format) ? format : '', region ?? '', tmdbImageBase ?? ''].join('\u0000');
}

/*
 * Parse results are shared: a page with a thousand cards fed the same JSON text (or the same object)
 * parses it once. Results are never mutated, so sharing is safe. Object keys are weak; text keys are
 * bounded by count and by size, oldest out first, so a page that feeds its elements one large film
 * after another keeps at most 8 million characters of them, not all (32 texts of 5 MB would be 160 MB,
 * plus the films parsed from them). A text larger than the whole bound is parsed and not kept.
 */
const TEXT_CACHE_ENTRIES = 32;
const TEXT_CACHE_CHARS = 8_000_000;
const parsedTexts = new Map<string, Map<string, Parsed>>();
let parsedTextChars = 0;
const parsedObjects = new WeakMap<object, Map<string, Parsed>>();

/** The results of one input, by options (almost always one: the page's elements read it alike). */
function resultsOf(input: string | object): Map<string, Parsed> {
  if (typeof input === 'object') {
    let results = parsedObjects.get(input);
    if (!results) parsedObjects.set(input, (results = new Map()));
    return results;
  }
  let results = parsedTexts.get(input);
  if (!results) {
    results = new Map();
    if (input.length > TEXT_CACHE_CHARS) return results;
    for (const oldest of parsedTexts.keys()) {
      if (parsedTexts.size < TEXT_CACHE_ENTRIES && parsedTextChars + input.length <= TEXT_CACHE_CHARS) break;
      parsedTexts.delete(oldest);
      parsedTextChars -= oldest.length;
    }
    parsedTexts.set(input, results);
    parsedTextChars += input.length;
  }
  return results;
}

/**
 * The elements' way into the data layer: JSON text or a value, in any format (or a list of inputs for
 * one film), to a validated film. `options` says how to read it (format, TMDB region and image base).
 * The same text or the same object read with the same options gives the same result (shared, never
 * mutated: treat a film object as immutable, and pass a new one to show a change). A result is a
 * promise only while code it needs loads the first time: a new format's mapping, or the schema check
 * for a film with something to report. Never throws, and a promise never rejects.
 */
export function parseShared(input: unknown, options: ParseOptions = {}): Parsed {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) return parse(input, options);
  const results = resultsOf(input);
  const key = optionsKey(options);
  let result = results.get(key);
  if (!result) {
    results.set(key, (result = parse(input, options)));
    // Once settled, the result itself: the next element (or a hydrating one) gets it synchronously.
    if (result instanceof Promise) void result.then((settled) => results.get(key) === result && results.set(key, settled));
  }
  return result;
}

/**
 * Loads every format's mapping and the merge now, so that every input parses synchronously: what a
 * server needs before it renders (src/ssr.ts), since a server render cannot wait for one.
 */
export function loadAllMappings(): Promise<void> {
  return Promise.all((Object.keys(loaders) as Need[]).map(load)).then(() => undefined);
}
