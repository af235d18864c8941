/** The element classes without registering any tag (extend them or define them under your own names), and the language API. */
export { FilmElement, THEMES, type FilmErrorDetail, type FilmHydrationErrorDetail, type FilmLoadDetail } from './internal/film-element.js';
export { FilmCard } from './elements/film-card/film-card.js';
export { BADGE_VARIANTS, FilmRatingsBadge } from './elements/film-ratings-badge/film-ratings-badge.js';
export { AWARDS_FILTERS, AWARDS_GROUPINGS, FilmAwardsList } from './elements/film-awards-list/film-awards-list.js';
export { FilmReviewCarousel, type FilmSlideChangeDetail } from './elements/film-review-carousel/film-review-carousel.js';
export { CAROUSEL_KINDS, CAROUSEL_SORTS } from './elements/film-review-carousel/reviews.js';
export { FilmSoundtrack } from './elements/film-soundtrack/film-soundtrack.js';
export { registerTranslation, type PartialTables } from './internal/i18n.js';
export { LOCALES, type LocaleTables } from './locales/index.js';
