import type { ParseResult } from './film.js';
import { fromSchemaOrg, isSchemaOrg } from './schema-org.js';
import { validateFilm } from './validate.js';

/**
 * The one way into the data layer: JSON text or a value, our format or schema.org JSON-LD, in; a
 * normalised film and the problems found, or a fatal error, out. Never throws.
 */
export function parseFilm(input: unknown): ParseResult {
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
    return validateFilm(isSchemaOrg(value) ? fromSchemaOrg(value) : value);
  } catch (error) {
    // Getters that throw, proxies, exotic objects: whatever happens, the caller gets a result.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The film data could not be read (${reason}).`, problems: [{ path: '', message: reason }] };
  }
}
