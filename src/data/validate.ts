import * as v from 'valibot';

import { closeDirectionControlsIn } from './bidi.js';
import { durationSeconds } from './duration.js';
import type { Film, ParseResult, Person, Problem } from './film.js';
import { FilmSchema, type FilmInput } from './schema.js';

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

/** Turns a valid film into the shape the elements render: one form for every value with alternatives. */
/** `critics` (0.1's spelling for scores) → `critic`. */
const normaliseKind = <T extends { kind?: string }>(item: T) => (item.kind === 'critics' ? { ...item, kind: 'critic' as const } : item);

function normalise(input: FilmInput): Film {
  const { poster, runtime, directors, soundtrack, ratings, reviews, ...rest } = input;
  const film: Film = { ...rest };
  if (ratings) film.ratings = ratings.map(normaliseKind) as Film['ratings'];
  if (reviews) film.reviews = reviews.map(normaliseKind) as Film['reviews'];
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

/**
 * Validates a film in our format and normalises it. Bad values are cut out (see `cutPoint`) and
 * reported in `problems`; only a non-object input or a missing/invalid title is fatal.
 */
export function validateFilm(input: unknown): ParseResult {
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
    // abortPipeEarly: one message per bad value (a date that fails its format is not also "a date that does not exist").
    const result = v.safeParse(FilmSchema, candidate, { abortEarly: false, abortPipeEarly: true });
    // Direction controls left open in any text are closed, so that no data can reorder the UI text around it.
    if (result.success) return { ok: true, film: closeDirectionControlsIn(normalise(result.output)), problems };
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
