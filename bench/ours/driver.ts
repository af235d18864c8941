/** The benchmark cases with our elements, used the way a page would use them. */
import '../../src/index.js';

import type { FilmElement } from '../../src/internal/film-element.js';
import { appendCards, setFilms, type Driver } from '../driver.js';

const settled = (elements: Iterable<Element>) => Promise.all([...elements].map((element) => (element as FilmElement).updateComplete));

export const driver: Driver = {
  async cards(container, json, n) {
    appendCards(container, 'film-card', json, n);
    await settled(container.children);
  },
  async updateCards(container, json) {
    setFilms(container, json);
    await settled(container.children);
  },
  async carousel(container, film) {
    const carousel = document.createElement('film-review-carousel');
    carousel.film = film;
    container.append(carousel);
    await carousel.updateComplete;
    return {
      next: () => {
        carousel.next();
        return carousel.updateComplete.then(() => undefined);
      },
    };
  },
  async soundtrack(container, film) {
    const soundtrack = document.createElement('film-soundtrack');
    soundtrack.film = film;
    container.append(soundtrack);
    await soundtrack.updateComplete;
  },
  async page(container, film) {
    for (const tag of ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'] as const) {
      const element = document.createElement(tag);
      element.film = film;
      container.append(element);
    }
    await settled(container.children);
  },
  roots: (container) => [...container.children].map((element) => element.shadowRoot!),
};
