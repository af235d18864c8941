import type { ParseResult } from './film.js';
import { parseInput, type Format, type Mapping } from './read.js';

/** A result now, or (for a format whose mapping is still loading) later. */
export type Parsed = ParseResult | Promise<ParseResult>;

/*
 * Each mapping is loaded the first time its format arrives, not up front: most pages feed our own
 * format and never need one (schema.org's is about 1.3 kB of the 18 kB an element costs, min + gzip).
 * After that first load, input in that format parses synchronously like the rest.
 */
const mappingLoaders: Record<Exclude<Format, 'film'>, () => Promise<Mapping>> = {
  'schema.org': () => import('./schema-org.js').then((module) => module.fromSchemaOrg),
};
const mappings: Partial<Record<Format, Mapping>> = {};
const mappingLoads: Partial<Record<Format, Promise<unknown>>> = {};

function parse(input: unknown): Parsed {
  const result = parseInput(input, mappings);
  if (!('needs' in result)) return result;
  const { needs, value } = result;
  mappingLoads[needs] ??= mappingLoaders[needs]().then((map) => (mappings[needs] = map));
  return mappingLoads[needs].then(
    () => parseInput(value, mappings) as ParseResult,
    (error: unknown): ParseResult => {
      delete mappingLoads[needs]; // a failed download may succeed next time
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `The ${needs} mapping could not be loaded (${reason}).`, problems: [{ path: '', message: reason }] };
    },
  );
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
const parsedTexts = new Map<string, Parsed>();
let parsedTextChars = 0;
const parsedObjects = new WeakMap<object, Parsed>();

/**
 * The elements' way into the data layer: JSON text or a value, in any format, to a validated film.
 * The same text or the same object gives the same result (shared, never mutated: treat a film object
 * as immutable, and pass a new one to show a change). A result is a promise only while the mapping of
 * a new format loads. Never throws, and a promise never rejects.
 */
export function parseShared(input: unknown): Parsed {
  if (typeof input === 'string') {
    let result = parsedTexts.get(input);
    if (!result) {
      result = parse(input);
      if (input.length <= TEXT_CACHE_CHARS) {
        for (const oldest of parsedTexts.keys()) {
          if (parsedTexts.size < TEXT_CACHE_ENTRIES && parsedTextChars + input.length <= TEXT_CACHE_CHARS) break;
          parsedTexts.delete(oldest);
          parsedTextChars -= oldest.length;
        }
        parsedTexts.set(input, result);
        parsedTextChars += input.length;
      }
    }
    return result;
  }
  if (typeof input === 'object' && input !== null) {
    let result = parsedObjects.get(input);
    if (!result) parsedObjects.set(input, (result = parse(input)));
    return result;
  }
  return parse(input);
}
