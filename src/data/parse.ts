import type { ParseResult } from './film.js';
import { parseInput } from './read.js';
import { fromSchemaOrg } from './schema-org.js';

/**
 * The one way into the data layer: JSON text or a value, our format or schema.org JSON-LD, in; a
 * normalised film and the problems found, or a fatal error, out. Never throws. (The elements use
 * `parseInput` from read.ts, which loads the schema.org mapping only for JSON-LD.)
 */
export function parseFilm(input: unknown): ParseResult {
  return parseInput(input, fromSchemaOrg) as ParseResult;
}
