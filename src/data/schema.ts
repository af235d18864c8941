/**
 * The film format, described once. The TypeScript types (`Film`, …), the runtime validation and the
 * published `film.schema.json` all derive from these schemas: change the format here, then in the hand
 * check the elements use instead of valibot (validate-by-hand.ts); test/data-by-hand.test.ts fails
 * until its film with every key covers these schemas and the hand check gives what they give.
 *
 * The schemas describe what we accept; their rules that are not shapes are in `rules.ts`, shared with
 * the hand check. `normalise` (validate-by-hand.ts) turns an accepted film into the shape the elements
 * render (poster as an object, runtime in minutes, durations in seconds, people as objects).
 */
import * as v from 'valibot';

import { CLOCK_DURATION, ISO_DURATION } from './duration.js';
import { AWARD_RESULTS, KINDS, type Kind } from './enums.js';
import { CURRENCY, dateExists, inScale, ISO_DATE, KIND_INPUTS, trackDurationFits, VERDICTS } from './rules.js';
import { isSafeUrl } from './safe-url.js';

export { AWARD_RESULTS, KINDS, VERDICTS, type Kind };

// `critics` (0.1's spelling) is still accepted, and normalised to `critic` (validate-by-hand.ts), until 0.3.
const kind = v.picklist(KIND_INPUTS, 'expected "critic" or "audience"');

const text = v.string();
const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more'));
const wholeYear = v.pipe(v.number(), v.integer('expected a whole number'));

/**
 * A URL we will put in an href or src: http(s) or relative only. Checked here, in the schema, so the
 * problem is reported at the path the input had (before any bad list entry was cut out).
 */
const url = v.pipe(
  v.string(),
  v.check(isSafeUrl, 'URL dropped: only http, https or relative URLs are used'),
  v.description('An absolute http(s) URL or a relative one.'),
);

const isoDate = v.pipe(
  v.string(),
  v.regex(ISO_DATE, 'expected a date like 1995-10-27'),
  v.check(dateExists, 'expected a date that exists'),
  v.description('ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD.'),
);

const isoDuration = v.pipe(v.string(), v.regex(ISO_DURATION, 'expected an ISO 8601 duration like PT1H52M'));

export const PersonRefSchema = v.union([text, v.object({ name: text, url: v.optional(url) })], 'expected a name or { name, url }');

export const CreditSchema = v.object({
  name: text,
  role: v.optional(text),
  url: v.optional(url),
});

export const MoneySchema = v.object({
  amount: finite,
  currency: v.pipe(v.string(), v.regex(CURRENCY, 'expected an ISO 4217 currency code like USD')),
});

const scale = v.pipe(v.object({ value: finite, max: finite }), v.check(inScale, 'expected 0 ≤ value ≤ max and max > 0'));

export const RatingSchema = v.pipe(
  v.object({
    source: text,
    value: finite,
    max: finite,
    unit: v.optional(v.literal('%')),
    kind: v.optional(kind),
    count: v.optional(count),
    average: v.optional(scale),
    summary: v.optional(text),
    url: v.optional(url),
    // The site's own score (its users' or its critics'): the only one published as the page's aggregateRating (toSchemaOrg).
    own: v.optional(v.boolean()),
  }),
  v.check((r) => inScale(r), 'expected 0 ≤ value ≤ max and max > 0'),
);

export const AwardSchema = v.object({
  name: text,
  edition: v.optional(text),
  year: v.optional(wholeYear),
  category: v.pipe(text, v.minLength(1, 'expected a category')),
  nominees: v.optional(v.array(text)),
  result: v.picklist(AWARD_RESULTS, 'expected "won", "nominated" or "runner-up"'),
});

export const ReviewSchema = v.object({
  author: text,
  outlet: v.optional(text),
  kind: v.optional(kind),
  date: v.optional(isoDate),
  rating: v.optional(scale),
  verdict: v.optional(v.picklist(VERDICTS, 'expected "positive" or "negative"')),
  title: v.optional(text),
  text: v.pipe(text, v.minLength(1, 'expected the review text')),
  url: v.optional(url),
});

export const TrackSchema = v.object({
  position: v.optional(v.union([v.pipe(v.number(), v.integer('expected a whole number')), text])),
  title: v.pipe(text, v.minLength(1, 'expected a title')),
  performers: v.optional(v.array(text)),
  writers: v.optional(v.array(text)),
  // At most 24 hours in every form (trackDurationFits).
  duration: v.optional(
    v.pipe(
      v.union(
        [
          v.pipe(finite, v.minValue(0, 'expected a duration of 0 seconds or more')),
          v.pipe(v.string(), v.regex(CLOCK_DURATION, 'expected m:ss, h:mm:ss or an ISO 8601 duration')),
          isoDuration,
        ],
        'expected seconds, m:ss, h:mm:ss or an ISO 8601 duration like PT3M12S',
      ),
      v.check(trackDurationFits, 'expected a duration of 24 hours or less'),
    ),
  ),
  note: v.optional(text),
});

export const SoundtrackSchema = v.object({
  title: text,
  released: v.optional(isoDate),
  label: v.optional(text),
  catalogNumber: v.optional(text),
  composer: v.optional(text),
  notes: v.optional(v.array(text)),
  tracks: v.array(TrackSchema),
});

export const PosterSchema = v.union(
  [
    url,
    v.object({
      src: url,
      alt: v.optional(text),
      width: v.optional(v.pipe(finite, v.minValue(1, 'expected 1 or more'))),
      height: v.optional(v.pipe(finite, v.minValue(1, 'expected 1 or more'))),
    }),
  ],
  'expected a URL or { src, alt, width, height }',
);

const FilmObject = v.object({
  title: v.pipe(text, v.minLength(1, 'expected a title')),
  originalTitle: v.optional(text),
  year: v.optional(wholeYear),
  synopsis: v.optional(text),
  tagline: v.optional(text),
  poster: v.optional(PosterSchema),
  runtime: v.optional(
    v.union([v.pipe(finite, v.minValue(0, 'expected 0 or more')), isoDuration], 'expected minutes or an ISO 8601 duration like PT1H52M'),
  ),
  contentRating: v.optional(text),
  genres: v.optional(v.array(text)),
  countries: v.optional(v.array(text)),
  languages: v.optional(v.array(text)),
  directors: v.optional(v.array(PersonRefSchema)),
  writers: v.optional(v.array(CreditSchema)),
  basedOn: v.optional(v.object({ title: text, author: v.optional(text), year: v.optional(wholeYear), kind: v.optional(text) })),
  cast: v.optional(v.array(v.object({ name: text, character: v.optional(text), url: v.optional(url) }))),
  crew: v.optional(v.array(CreditSchema)),
  releases: v.optional(v.array(v.object({ date: isoDate, region: v.optional(text), kind: v.optional(text), note: v.optional(text) }))),
  distributors: v.optional(v.array(text)),
  format: v.optional(text),
  budget: v.optional(MoneySchema),
  boxOffice: v.optional(MoneySchema),
  links: v.optional(v.array(v.object({ label: text, url }))),
  ratings: v.optional(v.array(RatingSchema)),
  awards: v.optional(v.array(AwardSchema)),
  // A sentence about the awards as a source words it ("Won 1 Oscar. 17 wins & 17 nominations total"), when there is no list.
  awardsSummary: v.optional(text),
  reviews: v.optional(v.array(ReviewSchema)),
  soundtrack: v.optional(SoundtrackSchema),
});

export const FilmSchema = v.pipe(
  FilmObject,
  v.title('Film'),
  v.description('One film, as the film-elements custom elements take it. Only `title` is required.'),
);

/**
 * The film without its reviews, for validate.ts: a long list of reviews of the common shape is
 * checked by hand (valibot walking 10,000 reviews is most of a carousel's first render), the rest of
 * the film by this schema. Anything the hand check does not accept goes through `FilmSchema` whole.
 */
export const FilmWithoutReviewsSchema = v.omit(FilmObject, ['reviews']);

/** A film as accepted on input (the public contract). */
export type FilmInput = v.InferInput<typeof FilmSchema>;
export type PersonRef = v.InferInput<typeof PersonRefSchema>;
export type Credit = v.InferOutput<typeof CreditSchema>;
export type Money = v.InferOutput<typeof MoneySchema>;
/** A score as the elements get it: its `kind` normalised (`critics` → `critic`). */
export type Rating = Omit<v.InferOutput<typeof RatingSchema>, 'kind'> & { kind?: Kind };
export type Award = v.InferOutput<typeof AwardSchema>;
/** A review as the elements get it: its `kind` normalised (`critics` → `critic`). */
export type Review = Omit<v.InferOutput<typeof ReviewSchema>, 'kind'> & { kind?: Kind };
export type TrackInput = v.InferOutput<typeof TrackSchema>;
export type SoundtrackInput = v.InferOutput<typeof SoundtrackSchema>;
