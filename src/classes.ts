/** The element classes without registering any tag: extend them or define them under your own names. */
export { FilmElement, type FilmErrorDetail, type FilmLoadDetail } from './internal/film-element.js';
export { FilmCard } from './elements/film-card/film-card.js';
