/** The benchmark cases with the hand-written elements (bench/vanilla/elements.ts). */
import type { Driver } from '../driver.js';
import type { VanillaFilmElement, VanillaFilmReviewCarousel } from './elements.js';

import './elements.js';

export const driver: Driver = {
  cards(container, json, n) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const card = document.createElement('vanilla-film-card');
      card.setAttribute('film', json);
      fragment.append(card);
    }
    container.append(fragment);
  },
  updateCards(container, json) {
    for (const card of container.children) card.setAttribute('film', json);
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
