import type { ParseResult } from './film.js';
import { parseInput } from './read.js';
import { fromSchemaOrg } from './schema-org.js';

/**
 * JSON text or a value, our format or schema.org JSON-LD, in; a normalised film and the problems
 * found, or a fatal error, out. Synchronous, with every mapping bundled: for code that wants a film
 * now (`film-elements/data`). The elements use `parseShared` (shared.ts), which loads a mapping only
 * when its format first arrives and shares results between elements. Never throws.
 */
export function parseFilm(input: unknown): ParseResult {
  return parseInput(input, { 'schema.org': fromSchemaOrg }) as ParseResult;
}
