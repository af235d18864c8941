import { FilmReviewCarousel } from './elements/film-review-carousel/film-review-carousel.js';
import { defineElement } from './internal/define.js';

export { FilmReviewCarousel };
export type { FilmSlideChangeDetail } from './elements/film-review-carousel/film-review-carousel.js';
defineElement('film-review-carousel', FilmReviewCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'film-review-carousel': FilmReviewCarousel;
  }
}
