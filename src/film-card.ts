import { FilmCard } from './elements/film-card/film-card.js';
import { defineElement } from './internal/define.js';

export { FilmCard };
defineElement('film-card', FilmCard);

declare global {
  interface HTMLElementTagNameMap {
    'film-card': FilmCard;
  }
}
