/*
 * The hand check of a film (issue 18). The elements validate every film they get, and valibot with the
 * film schema is most of the data code they would load at once (valibot ≈1.7 kB gzip, schema.ts
 * ≈1.3 kB). A film of the common valid shape is checked here instead, without valibot: by the
 * schema's own rules (rules.ts, `isSafeUrl`, the duration formats, the enumerations) and built exactly
 * as the schema path builds it (validate.ts): a copy with each schema's keys in its order (unknown keys
 * left out, a key present as `undefined` kept as `undefined`), every text with its direction controls
 * closed, then normalised. A film this check does not accept is not necessarily invalid: it goes to
 * the schema path, which reports valibot's problems with their paths (and is loaded only then).
 * test/data-by-hand.test.ts holds the two paths to the same results.
 *
 * Nothing here may import valibot or a value from schema.ts (types are fine): that is the point.
 */
import { closeDirectionControls } from './bidi.js';
import { durationSeconds, ISO_DURATION } from './duration.js';
import { AWARD_RESULTS } from './enums.js';
import type { Film, ParseResult, Person, Review } from './film.js';
import { CURRENCY, dateExists, inScale, ISO_DATE, KIND_INPUTS, trackDurationFits, VERDICTS } from './rules.js';
import { isSafeUrl } from './safe-url.js';
import type { FilmInput } from './schema.js';

type Json = Record<string, unknown>;

/** `critics` (0.1's spelling for scores) → `critic`. */
export const normaliseKind = <T extends { kind?: string }>(item: T) =>
  item.kind === 'critics' ? { ...item, kind: 'critic' as const } : item;

/**
 * Turns a valid film into the shape the elements render: one form for every value with alternatives.
 * Its reviews come separately, normalised already (checked by hand, or the schema's with their kind normalised).
 */
export function normalise(input: FilmInput, reviews: Review[] | undefined): Film {
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

/** What a check returns for a value it does not accept. */
const REFUSED = Symbol('refused');

/** A value as the schema path outputs it (its own copy, texts with their direction controls closed), or REFUSED. */
type Check = (value: unknown) => unknown;

/*
 * Small checks composed as the schema composes valibot's. Each mirrors what valibot does with the
 * schema's piece: object() takes any object (a list too), reads each key it knows with `in`
 * (inherited keys too), then its value once, and builds a new object in its own key order; array()
 * wants a real list and builds a new one; a union gives its first option that passes. Texts are
 * closed as closeDirectionControlsIn closes them on the schema path; every other string passed a
 * format with no direction controls in it.
 */

/** A value that passes `test`, as it is (numbers, booleans, enumerations, ASCII formats). */
const is =
  (test: (value: unknown) => boolean): Check =>
  (value) =>
    test(value) ? value : REFUSED;

const oneOf =
  (options: readonly unknown[]): Check =>
  (value) =>
    options.includes(value) ? value : REFUSED;

const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? value : check(value);

const either =
  (first: Check, second: Check): Check =>
  (value) => {
    const checked = first(value);
    return checked === REFUSED ? second(value) : checked;
  };

const list =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return REFUSED;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i]);
      if (checked === REFUSED) return REFUSED;
      out.push(checked);
    }
    return out;
  };

/**
 * An object of these entries. An absent key is checked as `undefined`: a required key's check refuses
 * it, an optional key's passes it and the key stays absent.
 */
const object =
  (entries: Record<string, Check>, valid?: typeof inScale): Check =>
  (value) => {
    if (typeof value !== 'object' || value === null) return REFUSED;
    const out: Json = {};
    for (const key in entries) {
      const present = key in value;
      const checked = entries[key]!(present ? (value as Json)[key] : undefined);
      if (checked === REFUSED) return REFUSED;
      if (present) out[key] = checked;
    }
    return valid && !valid(out as Parameters<typeof inScale>[0]) ? REFUSED : out;
  };

/** Text, with its direction controls closed. */
const text: Check = (value) => (typeof value === 'string' ? closeDirectionControls(value) : REFUSED);
const filled: Check = (value) => (value === '' ? REFUSED : text(value));
const url: Check = (value) => (typeof value === 'string' && isSafeUrl(value) ? closeDirectionControls(value) : REFUSED);
const finite = is(Number.isFinite);
const whole = is(Number.isInteger);
const optionalText = optional(text);
const optionalUrl = optional(url);
const optionalWhole = optional(whole);
const optionalKind = optional(oneOf(KIND_INPUTS));
const date: Check = (value) => (typeof value === 'string' && ISO_DATE.test(value) && dateExists(value) ? value : REFUSED);
const optionalDate = optional(date);
const optionalScale = optional(object({ value: finite, max: finite }, inScale));
const optionalVerdict = optional(oneOf(VERDICTS));
const texts = optional(list(text));
const atLeastOne = optional(is((value) => Number.isFinite(value) && (value as number) >= 1));
const credit = object({ name: text, role: optionalText, url: optionalUrl });
const money = object({ amount: finite, currency: is((value) => typeof value === 'string' && CURRENCY.test(value)) });

/** The keys the hand check of reviews knows, in ReviewSchema's order (test/data-by-hand.test.ts compares them). */
export const REVIEW_KEYS_BY_HAND = ['author', 'outlet', 'kind', 'date', 'rating', 'verdict', 'title', 'text', 'url'];

/**
 * One review as the schema path would make it, its kind normalised, or `undefined` when valibot must
 * look at it. One field after the other, not a loop over a table: a film may have 10,000 reviews, all
 * checked at first render on a cold JIT (validating them through valibot was most of the carousel's
 * first render; `object()` below, a loop over a table, takes about twice as long in V8's interpreter
 * for 10,000 reviews). A required key is read even when absent (`undefined`, refused); an optional one only
 * when present, so that a key present as `undefined` stays, as `undefined`.
 */
export function reviewByHand(review: unknown): Review | undefined {
  if (typeof review !== 'object' || review === null) return undefined;
  const r = review as Json;
  const out: Json = {};
  return (out.author = text(r.author)) === REFUSED ||
    ('outlet' in r && (out.outlet = optionalText(r.outlet)) === REFUSED) ||
    ('kind' in r && (out.kind = optionalKind(r.kind)) === REFUSED) ||
    ('date' in r && (out.date = optionalDate(r.date)) === REFUSED) ||
    ('rating' in r && (out.rating = optionalScale(r.rating)) === REFUSED) ||
    ('verdict' in r && (out.verdict = optionalVerdict(r.verdict)) === REFUSED) ||
    ('title' in r && (out.title = optionalText(r.title)) === REFUSED) ||
    (out.text = filled(r.text)) === REFUSED ||
    ('url' in r && (out.url = optionalUrl(r.url)) === REFUSED)
    ? undefined
    : normaliseKind(out as Review);
}

const track = object({
  position: optional(either(whole, text)),
  title: filled,
  performers: texts,
  writers: texts,
  // Seconds (finite, 0 or more), m:ss, h:mm:ss or ISO 8601: the forms durationSeconds reads.
  duration: optional(
    is(
      (value) =>
        (typeof value === 'number' || typeof value === 'string') && durationSeconds(value) !== undefined && trackDurationFits(value),
    ),
  ),
  note: optionalText,
});

/** FilmSchema's keys in its order (test/data-by-hand.test.ts compares every object's keys with the schema's). */
const film = object({
  title: filled,
  originalTitle: optionalText,
  year: optionalWhole,
  synopsis: optionalText,
  tagline: optionalText,
  poster: optional(either(url, object({ src: url, alt: optionalText, width: atLeastOne, height: atLeastOne }))),
  runtime: optional(
    is((value) => (Number.isFinite(value) ? (value as number) >= 0 : typeof value === 'string' && ISO_DURATION.test(value))),
  ),
  contentRating: optionalText,
  genres: texts,
  countries: texts,
  languages: texts,
  directors: optional(list(either(text, object({ name: text, url: optionalUrl })))),
  writers: optional(list(credit)),
  basedOn: optional(object({ title: text, author: optionalText, year: optionalWhole, kind: optionalText })),
  cast: optional(list(object({ name: text, character: optionalText, url: optionalUrl }))),
  crew: optional(list(credit)),
  releases: optional(list(object({ date, region: optionalText, kind: optionalText, note: optionalText }))),
  distributors: texts,
  format: optionalText,
  budget: optional(money),
  boxOffice: optional(money),
  links: optional(list(object({ label: text, url }))),
  ratings: optional(
    list(
      object(
        {
          source: text,
          value: finite,
          max: finite,
          unit: optional(oneOf(['%'])),
          kind: optionalKind,
          count: optional(is((value) => Number.isInteger(value) && (value as number) >= 0)),
          average: optionalScale,
          summary: optionalText,
          url: optionalUrl,
          own: optional(is((value) => typeof value === 'boolean')),
        },
        inScale,
      ),
    ),
  ),
  awards: optional(
    list(
      object({
        name: text,
        edition: optionalText,
        year: optionalWhole,
        category: filled,
        nominees: texts,
        result: oneOf(AWARD_RESULTS),
      }),
    ),
  ),
  awardsSummary: optionalText,
  reviews: optional(list((value) => reviewByHand(value) ?? REFUSED)),
  soundtrack: optional(
    object({
      title: text,
      released: optionalDate,
      label: optionalText,
      catalogNumber: optionalText,
      composer: optionalText,
      notes: texts,
      tracks: list(track),
    }),
  ),
});

/**
 * A film the hand check accepts, as `validateBySchemaOnly` (validate.ts) gives it: `{ ok: true, film,
 * problems: [] }`. `undefined` for anything else, which the schema path must look at: not an object,
 * no title, any value the schema would refuse or report, and a getter that throws (valibot reads the
 * film in the same order and meets the same error where it always did).
 */
export function validateByHand(input: unknown): ParseResult | undefined {
  if (Array.isArray(input)) return undefined;
  try {
    const checked = film(input);
    if (checked === REFUSED) return undefined;
    return { ok: true, film: normalise(checked as FilmInput, (checked as Json).reviews as Review[] | undefined), problems: [] };
  } catch {
    return undefined;
  }
}
