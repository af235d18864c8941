import * as v from 'valibot';

import { closeDirectionControls, closeDirectionControlsIn } from './bidi.js';
import { durationSeconds } from './duration.js';
import type { Film, ParseResult, Person, Problem, Review } from './film.js';
import { isSafeUrl } from './safe-url.js';
import { dateExists, FilmSchema, FilmWithoutReviewsSchema, inScale, ISO_DATE, ReviewSchema, VERDICTS, type FilmInput } from './schema.js';

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

/** `critics` (0.1's spelling for scores) → `critic`. */
const normaliseKind = <T extends { kind?: string }>(item: T) => (item.kind === 'critics' ? { ...item, kind: 'critic' as const } : item);

/**
 * Turns a valid film into the shape the elements render: one form for every value with alternatives.
 * Its reviews come separately, normalised already (checked by hand, or the schema's with their kind normalised).
 */
function normalise(input: FilmInput, reviews: Review[] | undefined): Film {
  // The input's own `reviews` is left out of `rest`: the film's come after its ratings, as they always have.
  const { poster, runtime, directors, soundtrack, ratings, reviews: _inputReviews, ...rest } = input;
  const film: Film = { ...rest };
  if (ratings) film.ratings = ratings.map(normaliseKind) as Film['ratings'];
  if (reviews) film.reviews = reviews;
  if (poster !== undefined) film.poster = typeof poster === 'string' ? { src: poster } : poster;
  if (runtime !== undefined) {
    const minutes = typeof runtime === 'number' ? runtime : (durationSeconds(runtime) ?? 0) / 60;
    if (minutes > 0) film.runtime = Math.round(minutes);
  }
  if (directors) film.directors = directors.map((director): Person => (typeof director === 'string' ? { name: director } : director));
  if (soundtrack) {
    film.soundtrack = {
      ...soundtrack,
      tracks: soundtrack.tracks.map(({ duration, ...track }) => {
        const seconds = duration === undefined ? undefined : durationSeconds(duration);
        return seconds === undefined ? track : { ...track, duration: seconds };
      }),
    };
  }
  return film;
}

/*
 * The hand check of reviews. Validating a film with 10,000 reviews through valibot was most of the
 * carousel's first render (issue 18): the schema path allocates a dataset per value and copies every
 * review, and the direction-control pass walks them again. Reviews of the common valid shape are
 * checked here by hand instead, by ReviewSchema's own rules (`ISO_DATE`, `dateExists`, `inScale`,
 * `isSafeUrl`, its picklists and its keys), and built as the schema path builds them: a copy with the
 * schema's keys in its order (unknown keys left out, a key present as `undefined` kept), the kind
 * normalised, direction controls closed. A review this check does not accept is not necessarily
 * invalid: the whole film then goes through FilmSchema, for valibot's problems and paths.
 * test/data-reviews.test.ts holds the two paths to the same results.
 */

/** What a check returns for a value it does not accept. */
const REFUSED = Symbol('refused');

const KIND_OPTIONS: readonly unknown[] = ReviewSchema.entries.kind.wrapped.options;
const VERDICT_OPTIONS: readonly unknown[] = VERDICTS;

/** The keys the hand check knows, in ReviewSchema's order (test/data-reviews.test.ts compares them). */
export const REVIEW_KEYS_BY_HAND = ['author', 'outlet', 'kind', 'date', 'rating', 'verdict', 'title', 'text', 'url'];

const optionalText = (value: unknown) =>
  value === undefined ? value : typeof value === 'string' ? closeDirectionControls(value) : REFUSED;

/** valibot's object() takes any object (a list too) and reads the keys it knows: `{ value, max }`, both finite, in scale. */
function optionalScale(value: unknown) {
  if (value === undefined) return value;
  if (typeof value !== 'object' || value === null || !('value' in value)) return REFUSED;
  const score = value.value;
  if (!Number.isFinite(score) || !('max' in value)) return REFUSED;
  const scale = { value: score as number, max: value.max as number };
  return Number.isFinite(scale.max) && inScale(scale) ? scale : REFUSED;
}

/**
 * One review as the schema path would make it, or `undefined` when valibot must look at it. Each key
 * of ReviewSchema in its order, read as valibot's object() reads it: `in` (inherited keys too), then
 * once; an optional key present as `undefined` stays, as `undefined`. One field after the other, not
 * a loop over a table: this runs 10,000 times on a cold JIT.
 */
export function reviewByHand(review: unknown): Review | undefined {
  if (typeof review !== 'object' || review === null) return undefined;
  const r = review as Json;
  const out: Json = {};
  let value: unknown;
  if (!('author' in r) || typeof (value = r.author) !== 'string') return undefined;
  out.author = closeDirectionControls(value);
  if ('outlet' in r) {
    if ((value = optionalText(r.outlet)) === REFUSED) return undefined;
    out.outlet = value;
  }
  if ('kind' in r) {
    value = r.kind;
    if (value !== undefined && !KIND_OPTIONS.includes(value)) return undefined;
    out.kind = value === 'critics' ? 'critic' : value; // normalised, as normaliseKind does on the schema path
  }
  if ('date' in r) {
    value = r.date;
    if (value !== undefined && !(typeof value === 'string' && ISO_DATE.test(value) && dateExists(value))) return undefined;
    out.date = value;
  }
  if ('rating' in r) {
    if ((value = optionalScale(r.rating)) === REFUSED) return undefined;
    out.rating = value;
  }
  if ('verdict' in r) {
    value = r.verdict;
    if (value !== undefined && !VERDICT_OPTIONS.includes(value)) return undefined;
    out.verdict = value;
  }
  if ('title' in r) {
    if ((value = optionalText(r.title)) === REFUSED) return undefined;
    out.title = value;
  }
  if (!('text' in r) || typeof (value = r.text) !== 'string' || value.length === 0) return undefined;
  out.text = closeDirectionControls(value);
  if ('url' in r) {
    value = r.url;
    if (value !== undefined && !(typeof value === 'string' && isSafeUrl(value))) return undefined;
    out.url = optionalText(value);
  }
  return out as Review;
}

/**
 * The film's reviews checked by hand: `{ reviews }` (none when the film has none) when every one
 * passes, `undefined` when the film must go through FilmSchema whole.
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
 * reported in `problems`; only a non-object input or a missing/invalid title is fatal.
 */
export function validateFilm(input: unknown): ParseResult {
  return validate(input, reviewsByHand);
}

/** `validateFilm` without the hand check: valibot sees every review. For test/data-reviews.test.ts, which holds the two to the same results. */
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
