import { KINDS } from '../../data/enums.js';
import type { Review } from '../../data/film.js';

/*
 * Which reviews <film-review-carousel> shows, in which order, and which of them may need "Read more":
 * pure functions of the data (no DOM, no Lit), so a server render and the benchmark baselines
 * (bench/views/carousel.ts) decide the same way without a copy.
 */

/** Values of `kind`: every review, or only those of one kind. */
export const CAROUSEL_KINDS = ['all', ...KINDS] as const;
export type CarouselKind = (typeof CAROUSEL_KINDS)[number];

/** Values of `sort`: as in the data, newest first, best score first. */
export const CAROUSEL_SORTS = ['data', 'date', 'rating'] as const;
export type CarouselSort = (typeof CAROUSEL_SORTS)[number];

/** Newest first; undated reviews last (ISO dates of any precision compare as text). */
const byDate = (a: Review, b: Review) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0);

/** The score on a common scale (0–1); unrated reviews get -1, so they sort last. */
const score = (review: Review) => (review.rating && review.rating.max > 0 ? review.rating.value / review.rating.max : -1);

/**
 * The reviews of one `kind`, in `sort` order (a stable sort: ties keep the data's order). A value
 * outside the enumerations means the default (`all`, `data`), as the element's attributes do. Returns
 * `reviews` itself when nothing is filtered or sorted.
 */
export function selectReviews(reviews: readonly Review[], kind: string, sort: string): readonly Review[] {
  let list = reviews;
  if ((KINDS as readonly string[]).includes(kind)) list = list.filter((review) => review.kind === kind);
  if (sort === 'date') list = [...list].sort(byDate);
  else if (sort === 'rating') list = [...list].sort((a, b) => score(b) - score(a));
  return list;
}

/** Texts shorter than this (and without line breaks) cannot fill the clamp of a slide. */
const MAY_OVERFLOW = 160;

/**
 * Whether a review's text is long enough to be clamped with "Read more". Decided on the data, so a
 * server render (which cannot measure) shows the button where it is likely needed; the browser then
 * hides it where the text fits after all. Shorter texts are never clamped: nothing of them is cut.
 */
export const mayOverflow = (review: Review): boolean => review.text.length > MAY_OVERFLOW || review.text.includes('\n');
