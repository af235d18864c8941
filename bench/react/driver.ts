/** The benchmark cases with the React 19 components (bench/react/components.ts), one React root per container. */
import { createRef, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { jsx } from 'react/jsx-runtime';

import type { Driver } from '../driver.js';
import { FilmAwardsList, FilmCard, FilmRatingsBadge, FilmReviewCarousel, FilmSoundtrack, type CarouselApi } from './components.js';

const roots = new WeakMap<HTMLElement, Root>();

/** Renders into the container's root synchronously: React's default would finish in a later task. */
function render(container: HTMLElement, element: ReactElement) {
  let root = roots.get(container);
  if (!root) roots.set(container, (root = createRoot(container)));
  flushSync(() => root.render(element));
}

const Cards = ({ json, n }: { json: string; n: number }) => Array.from({ length: n }, (_, i) => jsx(FilmCard, { film: json }, i));
let cardCount = 0;

export const driver: Driver = {
  cards(container, json, n) {
    cardCount = n;
    render(container, jsx(Cards, { json, n }));
  },
  updateCards(container, json) {
    render(container, jsx(Cards, { json, n: cardCount }));
  },
  carousel(container, film) {
    const api = createRef<CarouselApi>();
    render(container, jsx(FilmReviewCarousel, { film, ref: api }));
    return { next: () => flushSync(() => api.current!.next()) };
  },
  soundtrack(container, film) {
    render(container, jsx(FilmSoundtrack, { film }));
  },
  page(container, film) {
    const props = { film };
    render(container, [
      jsx(FilmCard, props, 'card'),
      jsx(FilmRatingsBadge, props, 'badge'),
      jsx(FilmAwardsList, props, 'awards'),
      jsx(FilmReviewCarousel, props, 'carousel'),
      jsx(FilmSoundtrack, props, 'soundtrack'),
    ] as unknown as ReactElement);
  },
  roots: (container) => [...container.children],
};
