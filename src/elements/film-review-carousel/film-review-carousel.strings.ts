/** UI strings of <film-review-carousel> in English: the reference every language in src/locales/ translates. */
import { defineStrings } from '../../internal/i18n.js';

export const carouselMessages = {
  /** What a screen reader calls the region and each slide (aria-roledescription). */
  carousel: 'carousel',
  slide: 'slide',
  /** The carousel's accessible name. */
  reviewsOf: 'Reviews of {title}',
  /** A slide's accessible name: "3 of 16". */
  slideOf: '{n} of {total}',
  /** The position readout when there are many slides: "3 / 1,250". */
  slidePosition: '{n} / {total}',
  previousReview: 'Previous review',
  nextReview: 'Next review',
  startRotation: 'Start automatic slide show',
  stopRotation: 'Stop automatic slide show',
  chooseReview: 'Choose a review',
  reviewNumber: 'Review {n}',
  /** The name of the slider that jumps to a review by its number (many reviews). */
  goToReview: 'Go to review',
  reviewKind: { critic: 'Critic', audience: 'Audience' },
  /** A review's thumbs up or down (Rotten Tomatoes' fresh and rotten), shown where a score would be. */
  verdict: { positive: 'Positive', negative: 'Negative' },
  ratedOutOf: 'Rated {value} out of {max}',
  fullReview: 'Full review',
  fullReviewAt: 'Full review at {outlet}',
  readMore: 'Read more',
  readLess: 'Read less',
} as const;

export const carouselStrings = defineStrings('carousel', carouselMessages);
export type CarouselStrings = ReturnType<typeof carouselStrings>;
