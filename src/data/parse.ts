import type { ParseResult } from './film.js';
import { parseList } from './merge.js';
import { fromOmdb } from './omdb.js';
import { failure, guarded, parseInput, type Mapping, type Mappings, type ParseOptions } from './read.js';
import { fromSchemaOrg } from './schema-org.js';
import { fromTmdb } from './tmdb.js';
import { validateBySchema } from './validate.js';

const everything: Mappings = {
  'schema.org': fromSchemaOrg,
  tmdb: fromTmdb as Mapping,
  omdb: fromOmdb as Mapping,
  merge: parseList,
  schema: validateBySchema,
};

/**
 * JSON text or a value in any format — ours, schema.org JSON-LD, TMDB, OMDb, detected or named by
 * `options.format` — or a list of inputs for one film, in; a normalised film and the problems found,
 * or a fatal error, out. Synchronous, with every mapping bundled: for code that wants a film now
 * (`film-elements/data`). The elements use `parseShared` (shared.ts), which loads a mapping only when
 * its format first arrives and shares results between elements. Never throws.
 */
export function parseFilm(input: unknown, options: ParseOptions = {}): ParseResult {
  return parseInput(input, everything, options) as ParseResult;
}

/**
 * One film from several inputs (`mergeFilms(tmdb, omdb)`), each JSON text or a value in its own
 * format, detected: each is parsed, then the films are merged, earlier inputs first (the precedence is
 * in src/data/merge.ts). To read one with options, map it first: `mergeFilms(fromTmdb(tmdb, { region:
 * 'GB' }), omdb)`. An input that gives no film is reported in `problems` (`[1]`); the result fails
 * only when none does. Never throws.
 */
export function mergeFilms(...inputs: unknown[]): ParseResult {
  if (!inputs.length) return failure('No film data was given.', '', 'expected at least one input');
  // Each argument is an input of its own, even an array (a JSON-LD document, TMDB's separate responses).
  return guarded(() => parseList(inputs, everything, {})) as ParseResult;
}
