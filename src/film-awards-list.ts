import { FilmAwardsList } from './elements/film-awards-list/film-awards-list.js';
import { defineElement } from './internal/define.js';

export { FilmAwardsList };
defineElement('film-awards-list', FilmAwardsList);

declare global {
  interface HTMLElementTagNameMap {
    'film-awards-list': FilmAwardsList;
  }
}
