/** The element classes without registering any tag: extend them or define them under your own names. */
export { FilmElement, type FilmErrorDetail, type FilmLoadDetail } from './internal/film-element.js';
export { FilmCard } from './elements/film-card/film-card.js';
export { FilmRatingsBadge } from './elements/film-ratings-badge/film-ratings-badge.js';
export { FilmAwardsList } from './elements/film-awards-list/film-awards-list.js';
export { FilmReviewCarousel, type FilmSlideChangeDetail } from './elements/film-review-carousel/film-review-carousel.js';
export { FilmSoundtrack } from './elements/film-soundtrack/film-soundtrack.js';
