import { closeDirectionControls } from './bidi.js';
import type { ParseResult } from './film.js';
import { isSafeUrl } from './safe-url.js';
import type { TmdbOptions } from './tmdb.js';
import { validateByHand } from './validate-by-hand.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The formats a film can come in. `film` is our own; each other one has a mapping onto it. */
export const FORMATS = ['film', 'schema.org', 'tmdb', 'omdb'] as const;
export type Format = (typeof FORMATS)[number];

/** How to read an input. Every field is optional: the format is detected, the rest has defaults. */
export interface ParseOptions extends TmdbOptions {
  /** The input's format, when it should not be detected (`film`, `schema.org`, `tmdb`, `omdb`). An unknown value is ignored. */
  format?: Format;
}

/** A failed parse: what `parseInput` returns, and what a mapping returns for an error response (OMDb's `"Response": "False"`). */
export type ParseFailure = Extract<ParseResult, { ok: false }>;

/** A mapping from another format onto ours: faithful, not strict (its output is validated like any input), or a failure. */
export type Mapping = (value: unknown, options: ParseOptions) => unknown;
/** Reads a list of inputs for one film: each member in its own format, the films merged (src/data/merge.ts). */
export type ParseList = (list: readonly unknown[], mappings: Mappings, options: ParseOptions) => ParseResult | NeedsMapping;

/**
 * What parsing may need beyond this module: each mapping, the merge of a list of inputs, and the
 * schema check (src/data/validate.ts, with valibot) for a film the hand check does not accept.
 */
export type Need = Exclude<Format, 'film'> | 'merge' | 'schema';
export type Mappings = Partial<Record<Exclude<Format, 'film'>, Mapping>> & {
  merge?: ParseList;
  schema?: (value: unknown) => ParseResult;
};

/**
 * Input whose mapping (or merge) was not given: what it needs, and how to go on once that is loaded.
 * `resume` works on the values already parsed from JSON (no second `JSON.parse`).
 */
export interface NeedsMapping {
  needs: Need[];
  resume: (mappings: Mappings) => ParseResult | NeedsMapping;
}

/** True for a JSON-LD node or document: an object with `@type`, `@graph` or `@context`. */
const isJsonLdNode = (value: unknown): boolean => isObject(value) && ('@type' in value || '@graph' in value || '@context' in value);

/** True when the input looks like JSON-LD rather than our own format. */
export function isSchemaOrg(input: unknown): boolean {
  if (Array.isArray(input)) return input.some(isJsonLdNode);
  return isJsonLdNode(input);
}

/** True for an OMDb response: `Title` (capitalised) with `imdbID`, or any answer with `Response` ("True" or "False" with `Error`). */
export function isOmdb(input: unknown): boolean {
  if (!isObject(input)) return false;
  if (typeof input.Response === 'string') return 'Title' in input || 'Error' in input;
  return typeof input.Title === 'string' && typeof input.imdbID === 'string';
}

/** Keys of TMDB's movie details that our format never has. */
const TMDB_DETAILS = ['original_title', 'poster_path', 'backdrop_path', 'vote_average', 'imdb_id', 'release_date', 'production_countries'];

/**
 * True for a TMDB v3 movie response: the details (with or without `append_to_response`) or one of
 * the separate responses of a film (credits, release_dates, reviews, videos, keywords, images,
 * external_ids, one review), each told by its shape. Our own format never has these keys (it has
 * `cast` and `crew` too, but always with a `title` and never with a numeric `id`).
 */
export function isTmdb(input: unknown): boolean {
  if (!isObject(input) || '@type' in input) return false;
  if (TMDB_DETAILS.some((key) => key in input)) return true;
  if (typeof input.id === 'number' && !('title' in input)) {
    if (Array.isArray(input.cast) && Array.isArray(input.crew)) return true; // credits
    if (Array.isArray(input.results) || Array.isArray(input.keywords)) return true; // release_dates, reviews, videos; keywords
    if (Array.isArray(input.posters) || Array.isArray(input.backdrops)) return true; // images
    if ('wikidata_id' in input || 'facebook_id' in input) return true; // external_ids
  }
  // One review (GET /3/review/{id}): its film is `media_title`.
  return typeof input.content === 'string' && typeof input.author === 'string' && 'media_id' in input;
}

/** Which format a value (parsed from JSON already) is in. */
export function detectFormat(value: unknown): Format {
  if (isSchemaOrg(value)) return 'schema.org';
  if (isOmdb(value)) return 'omdb';
  if (isTmdb(value) || (Array.isArray(value) && value.length > 0 && value.every(isTmdb))) return 'tmdb';
  return 'film';
}

export const knownFormat = (format: unknown): Format | undefined =>
  (FORMATS as readonly unknown[]).includes(format) ? (format as Format) : undefined;

/**
 * A list of inputs for one film (`[tmdb, omdb]`): a non-empty array whose members are all objects or
 * JSON texts. A JSON-LD document may be an array of nodes too: an array whose members are all JSON-LD
 * nodes (objects with `@type`, `@graph` or `@context`) is one document, never a list, and so is any
 * array read as `schema.org`. To merge two JSON-LD documents, call `mergeFilms(a, b)`.
 */
export function isListOfInputs(value: unknown, format?: Format): value is unknown[] {
  if (!Array.isArray(value) || value.length === 0 || format === 'schema.org') return false;
  if (!value.every((member) => typeof member === 'string' || (typeof member === 'object' && member !== null))) return false;
  return format !== undefined || !value.every(isJsonLdNode);
}

/**
 * The JSON inside a script text: sites wrap JSON-LD in a CDATA section for XHTML parsers
 * (`/* <![CDATA[ *\/ … /* ]]> *\/`, `//<![CDATA[ … //]]>` or bare `<![CDATA[ … ]]>`), which is
 * not JSON. Any other text is returned unchanged.
 */
export function unwrapScriptText(text: string): string {
  const start = /^\s*[/<]/.exec(text);
  if (!start) return text;
  const wrapped =
    /^\s*(?:\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)([\s\S]*?)(?:\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>)\s*$/.exec(text);
  return wrapped ? wrapped[1]! : text;
}

export const failure = (message: string, path: string, problem: string): ParseFailure => ({
  ok: false,
  message,
  problems: [{ path, message: problem }],
});

/**
 * The failure for a film address (`src`) that is not an http(s) or relative URL, never requested;
 * else undefined. Here rather than in fetch-film.ts: an element says it at once, before it loads
 * the code that fetches.
 */
export const unsafeFilmAddress = (src: string): ParseFailure | undefined =>
  isSafeUrl(src)
    ? undefined
    : failure(`The film address "${closeDirectionControls(src)}" is not an http(s) or relative URL.`, 'src', 'unsafe URL');

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A mapping's result that is a failure rather than a film (OMDb's error answer): our format has no `ok`. */
const isFailure = (value: unknown): value is ParseFailure => isObject(value) && value.ok === false;

/** JSON text to a value (a CDATA wrapper removed first), or the failure saying why not. */
export function fromJson(text: string): { value: unknown } | ParseFailure {
  try {
    return { value: JSON.parse(unwrapScriptText(text)) };
  } catch (error) {
    return failure(`The film data is not valid JSON (${reasonOf(error)}).`, '', 'not valid JSON');
  }
}

/**
 * A film in our format, validated: by hand when it has the common valid shape (src/data/validate-by-hand.ts),
 * else by the schema, which says what is wrong and cuts it out. The schema check brings valibot (about
 * 4 kB of an element's 18, min + gzip): the elements load it only when a film needs it.
 */
function validated(value: unknown, mappings: Mappings): ParseResult | NeedsMapping {
  const result = validateByHand(value);
  if (result) return result;
  return mappings.schema ? mappings.schema(value) : { needs: ['schema'], resume: (loaded) => validated(value, loaded) };
}

/** One input (a value, not a list of inputs) in its format to a validated film. */
export function parseOne(value: unknown, mappings: Mappings, options: ParseOptions): ParseResult | NeedsMapping {
  const format = knownFormat(options.format) ?? detectFormat(value);
  if (format === 'film') return validated(value, mappings);
  const map = mappings[format];
  if (!map) return { needs: [format], resume: (loaded) => parseOne(value, loaded, options) };
  const mapped = map(value, options);
  return isFailure(mapped) ? mapped : validated(mapped, mappings);
}

/**
 * A list of inputs for one film, read by src/data/merge.ts (which is loaded when a list first
 * arrives): each member parsed in its own format, then the films merged.
 */
function parseListWith(list: readonly unknown[], mappings: Mappings, options: ParseOptions): ParseResult | NeedsMapping {
  return mappings.merge
    ? mappings.merge(list, mappings, options)
    : { needs: ['merge'], resume: (loaded) => parseListWith(list, loaded, options) };
}

/**
 * JSON text or a value, in any format (or a list of inputs for one film), to a validated film, with
 * the mappings at hand. A format whose mapping is missing comes back as `{ needs, resume }`: the
 * elements load a mapping only when its format first arrives (src/data/shared.ts), then resume.
 * Never throws.
 */
export function parseInput(input: unknown, mappings: Mappings, options: ParseOptions = {}): ParseResult | NeedsMapping {
  return guarded(() => {
    let value = input;
    if (typeof input === 'string') {
      const parsed = fromJson(input);
      if ('ok' in parsed) return parsed;
      value = parsed.value;
    }
    return isListOfInputs(value, knownFormat(options.format))
      ? parseListWith(value, mappings, options)
      : parseOne(value, mappings, options);
  });
}

/** Runs a step of parsing; whatever happens (getters that throw, proxies, exotic objects), the caller gets a result. */
export function guarded(step: () => ParseResult | NeedsMapping): ParseResult | NeedsMapping {
  try {
    const result = step();
    return 'needs' in result ? { needs: result.needs, resume: (loaded) => guarded(() => result.resume(loaded)) } : result;
  } catch (error) {
    const reason = reasonOf(error);
    return failure(`The film data could not be read (${reason}).`, '', reason);
  }
}
