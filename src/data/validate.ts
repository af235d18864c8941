import * as v from 'valibot';

import { closeDirectionControlsIn } from './bidi.js';
import type { ParseResult, Problem, Review } from './film.js';
import { FilmSchema, FilmWithoutReviewsSchema, type FilmInput } from './schema.js';
import { normalise, normaliseKind, reviewByHand, validateByHand } from './validate-by-hand.js';

type Key = string | number;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `['reviews', 3, 'rating', 'max']` → `reviews[3].rating.max` */
export function formatPath(keys: readonly Key[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
};

/** valibot's messages are written for developers of schemas; ours are for people feeding data. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || issue.message.startsWith('expected')) {
    return issue.message.startsWith('Invalid') ? `invalid value ${issue.received}` : issue.message;
  }
  if (issue.received === 'undefined') return 'is required';
  const expected = issue.expected ?? '';
  return `expected ${typeNames[expected] ?? expected}, got ${issue.received}`;
}

/** Hints whose loss leaves their object whole: a review without its link (or its verdict) is still a review. */
const optionalHints = new Set<Key>(['url', 'width', 'height', 'own', 'verdict']);

/**
 * Where to cut a bad value out so the rest survives: a bad hint (URL, poster size) loses only itself,
 * anything else inside a list loses its list entry (a track with an impossible duration is dropped),
 * anything else loses its top-level field. `undefined` means the film as a whole is unusable (no
 * title, or the title itself is wrong).
 */
function cutPoint(keys: readonly Key[]): readonly Key[] | undefined {
  const last = keys[keys.length - 1];
  if (keys.length >= 2 && optionalHints.has(last!) && keys[keys.length - 3] !== 'links') return keys;
  for (let i = keys.length - 1; i > 0; i--) if (typeof keys[i] === 'number') return keys.slice(0, i + 1);
  if (keys.length === 0 || keys[0] === 'title') return undefined;
  return keys.slice(0, 1);
}

/** Returns a copy of `root` without the values at `cuts`, copying only the containers on the way. */
function without(root: Json, cuts: readonly (readonly Key[])[]): Json {
  const copies = new Map<unknown, Json | unknown[]>();
  const made = new Set<unknown>();
  const copyOf = (container: Json | unknown[]) => {
    if (made.has(container)) return container;
    let copy = copies.get(container);
    if (!copy) copies.set(container, (copy = Array.isArray(container) ? container.slice() : { ...container }));
    made.add(copy);
    return copy;
  };
  const result = copyOf(root) as Json;
  const removedItems = new Map<unknown[], Set<number>>();
  // Walk each cut from the root, linking copies into their (already copied) parents.
  for (const cut of cuts) {
    let parent: Json | unknown[] = result;
    for (let i = 0; i < cut.length - 1; i++) {
      const key = cut[i]!;
      const child = (parent as Json)[key as string];
      if (typeof child !== 'object' || child === null) break;
      const copy = copyOf(child as Json);
      (parent as Json)[key as string] = copy;
      parent = copy;
    }
    const last = cut[cut.length - 1]!;
    if (Array.isArray(parent) && typeof last === 'number') {
      let set = removedItems.get(parent);
      if (!set) removedItems.set(parent, (set = new Set()));
      set.add(last);
    } else {
      delete (parent as Json)[last as string];
    }
  }
  for (const [list, indexes] of removedItems) {
    let kept = 0;
    for (let i = 0; i < list.length; i++) if (!indexes.has(i)) list[kept++] = list[i];
    list.length = kept;
  }
  return result;
}

/**
 * The film's reviews checked by hand (`reviewByHand`), for a film the whole-film hand check refused:
 * `{ reviews }` (none when the film has none) when every review passes, and valibot checks the rest
 * of the film (a film with 10,000 reviews and one bad poster URL stays fast); `undefined` when the
 * film must go through FilmSchema whole.
 */
function reviewsByHand(film: Json): { reviews?: Review[] } | undefined {
  try {
    const list = 'reviews' in film ? film.reviews : undefined;
    if (list === undefined) return {};
    if (!Array.isArray(list)) return undefined;
    const reviews: Review[] = [];
    for (let i = 0; i < list.length; i++) {
      const review = reviewByHand(list[i]);
      if (!review) return undefined;
      reviews.push(review);
    }
    return { reviews };
  } catch {
    // A getter that throws: valibot reads the film in its own order and meets the same error where it always did.
    return undefined;
  }
}

/**
 * Validates a film in our format and normalises it. Bad values are cut out (see `cutPoint`) and
 * reported in `problems`; only a non-object input or a missing/invalid title is fatal. A film of the
 * common valid shape is checked by hand (validate-by-hand.ts), anything else by the schema.
 */
export function validateFilm(input: unknown): ParseResult {
  return validateByHand(input) ?? validateBySchema(input);
}

/** The schema path, for a film `validateByHand` refused: valibot, with the reviews still checked by hand when they pass. */
export function validateBySchema(input: unknown): ParseResult {
  return validate(input, reviewsByHand);
}

/** `validateFilm` without any hand check: valibot sees every value. For test/data-by-hand.test.ts, which holds the paths to the same results. */
export function validateBySchemaOnly(input: unknown): ParseResult {
  return validate(input, () => undefined);
}

function validate(input: unknown, byHandCheck: typeof reviewsByHand): ParseResult {
  if (!isObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    return {
      ok: false,
      message: `The film data must be an object with a title, not ${got}.`,
      problems: [{ path: '', message: `expected an object, got ${got}` }],
    };
  }
  const problems: Problem[] = [];
  let candidate: Json = input;
  // Each round removes every bad value valibot found; a second round only runs when a cut exposes
  // a new problem (it never should, but the loop is bounded all the same).
  for (let round = 0; round < 4; round++) {
    const byHand = byHandCheck(candidate);
    // abortPipeEarly: one message per bad value (a date that fails its format is not also "a date that does not exist").
    const config = { abortEarly: false, abortPipeEarly: true } as const;
    const result = byHand ? v.safeParse(FilmWithoutReviewsSchema, candidate, config) : v.safeParse(FilmSchema, candidate, config);
    if (result.success) {
      // Direction controls left open in any text are closed, so that no data can reorder the UI text
      // around it (in the schema's output, its own copies; reviews checked by hand are closed already).
      const output = closeDirectionControlsIn(result.output);
      const reviews = byHand ? byHand.reviews : (output as FilmInput).reviews?.map(normaliseKind);
      return { ok: true, film: normalise(output as FilmInput, reviews as Review[] | undefined), problems };
    }
    const cuts: Key[][] = [];
    for (const issue of result.issues) {
      const keys = (issue.path ?? []).map((item) => item.key as Key);
      const path = formatPath(keys);
      problems.push({ path, message: describeIssue(issue) });
      const cut = cutPoint(keys);
      if (!cut) {
        const message =
          keys[0] === 'title' ? 'The film has no usable title (title must be non-empty text).' : 'The film data has an unknown shape.';
        return { ok: false, message, problems };
      }
      cuts.push([...cut]);
    }
    candidate = without(candidate, cuts);
  }
  return { ok: false, message: 'The film data could not be repaired.', problems };
}
