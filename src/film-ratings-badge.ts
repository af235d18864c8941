import { FilmRatingsBadge } from './elements/film-ratings-badge/film-ratings-badge.js';
import { defineElement } from './internal/define.js';

export { FilmRatingsBadge };
defineElement('film-ratings-badge', FilmRatingsBadge);

declare global {
  interface HTMLElementTagNameMap {
    'film-ratings-badge': FilmRatingsBadge;
  }
}
