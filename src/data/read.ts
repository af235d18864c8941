import type { ParseResult } from './film.js';
import { validateFilm } from './validate.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The formats a film can come in. `film` is our own; each other one has a mapping onto it. */
export type Format = 'film' | 'schema.org';

/** A mapping from another format onto ours: faithful, not strict (its output is validated like any input). */
export type Mapping = (value: unknown) => unknown;

/** True when the input looks like JSON-LD rather than our own format. */
export function isSchemaOrg(input: unknown): boolean {
  if (Array.isArray(input)) return input.some((node) => isObject(node) && '@type' in node);
  return isObject(input) && ('@type' in input || '@graph' in input || '@context' in input);
}

/** Which format a value (parsed from JSON already) is in. */
export function detectFormat(value: unknown): Format {
  return isSchemaOrg(value) ? 'schema.org' : 'film';
}

/** Input in a format whose mapping was not given: the value, parsed from JSON already, and what it needs. */
export interface NeedsMapping {
  needs: Exclude<Format, 'film'>;
  value: unknown;
}

const failure = (message: string, path: string, problem: string): ParseResult => ({
  ok: false,
  message,
  problems: [{ path, message: problem }],
});

/**
 * JSON text or a value, in any format, to a validated film, with the mappings at hand. A format whose
 * mapping is missing comes back as `{ needs, value }`, to be passed again (as a value: no second
 * `JSON.parse`) once the mapping is loaded: the elements load a mapping only when its format first
 * arrives (src/data/shared.ts). Never throws.
 */
export function parseInput(input: unknown, mappings: Partial<Record<Format, Mapping>>): ParseResult | NeedsMapping {
  try {
    let value = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return failure(`The film data is not valid JSON (${reason}).`, '', 'not valid JSON');
      }
    }
    const format = detectFormat(value);
    if (format === 'film') return validateFilm(value);
    const map = mappings[format];
    return map ? validateFilm(map(value)) : { needs: format, value };
  } catch (error) {
    // Getters that throw, proxies, exotic objects: whatever happens, the caller gets a result.
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`The film data could not be read (${reason}).`, '', reason);
  }
}
