/** The benchmark cases with the hand-written elements (bench/vanilla/elements.ts). */
import { appendCards, setFilms, type Driver } from '../driver.js';
import type { VanillaFilmElement, VanillaFilmReviewCarousel } from './elements.js';

import './elements.js';

export const driver: Driver = {
  cards(container, json, n) {
    appendCards(container, 'vanilla-film-card', json, n);
  },
  updateCards(container, json) {
    setFilms(container, json);
  },
  carousel(container, film) {
    const carousel = document.createElement('vanilla-film-review-carousel') as VanillaFilmReviewCarousel;
    carousel.film = film;
    container.append(carousel);
    return { next: () => carousel.next() };
  },
  soundtrack(container, film) {
    const soundtrack = document.createElement('vanilla-film-soundtrack') as VanillaFilmElement;
    soundtrack.film = film;
    container.append(soundtrack);
  },
  page(container, film) {
    for (const tag of ['card', 'ratings-badge', 'awards-list', 'review-carousel', 'soundtrack']) {
      const element = document.createElement(`vanilla-film-${tag}`) as VanillaFilmElement;
      element.film = film;
      container.append(element);
    }
  },
  roots: (container) => [...container.children].map((element) => element.shadowRoot!),
};
