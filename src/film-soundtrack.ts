import { FilmSoundtrack } from './elements/film-soundtrack/film-soundtrack.js';
import { defineElement } from './internal/define.js';

export { FilmSoundtrack };
defineElement('film-soundtrack', FilmSoundtrack);

declare global {
  interface HTMLElementTagNameMap {
    'film-soundtrack': FilmSoundtrack;
  }
}
