import type { ParseResult } from './film.js';
import { validateFilm } from './validate.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the input looks like JSON-LD rather than our own format. */
export function isSchemaOrg(input: unknown): boolean {
  if (Array.isArray(input)) return input.some((node) => isObject(node) && '@type' in node);
  return isObject(input) && ('@type' in input || '@graph' in input || '@context' in input);
}

/** JSON-LD that needs the schema.org mapping, which was not given: the value, parsed from JSON already. */
export interface NeedsMapping {
  jsonLd: unknown;
}

/**
 * `parseFilm` with the schema.org mapping passed in (or not): the elements load the mapping only when
 * JSON-LD arrives, so a page that feeds them our own format never downloads it. Without a mapping,
 * JSON-LD input comes back as `{ jsonLd }`, to be passed again (as a value: no second `JSON.parse`)
 * once the mapping is there. Never throws.
 */
export function parseInput(input: unknown, mapSchemaOrg?: (value: unknown) => unknown): ParseResult | NeedsMapping {
  try {
    let value = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `The film data is not valid JSON (${reason}).`, problems: [{ path: '', message: 'not valid JSON' }] };
      }
    }
    if (!isSchemaOrg(value)) return validateFilm(value);
    return mapSchemaOrg ? validateFilm(mapSchemaOrg(value)) : { jsonLd: value };
  } catch (error) {
    // Getters that throw, proxies, exotic objects: whatever happens, the caller gets a result.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The film data could not be read (${reason}).`, problems: [{ path: '', message: reason }] };
  }
}
