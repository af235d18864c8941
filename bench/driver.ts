/**
 * What each variant (ours, vanilla, react) must do for the benchmark cases. The pages (bench/main.ts,
 * bench/page.ts) time these calls; test/bench-smoke.test.ts runs each once and compares the DOM.
 * Every call resolves once the variant's own rendering work is done (ours: `updateComplete`; the
 * baselines render synchronously).
 */
export interface Carousel {
  next(): Promise<void> | void;
}

export interface Driver {
  /** `n` cards, each given the film as JSON text (the `film` attribute; a prop for React). */
  cards(container: HTMLElement, json: string, n: number): Promise<void> | void;
  /** The same cards, given another film's JSON text. */
  updateCards(container: HTMLElement, json: string): Promise<void> | void;
  /** One review carousel, given the film as an object (the `film` property). */
  carousel(container: HTMLElement, film: Record<string, unknown>): Promise<Carousel> | Carousel;
  /** One soundtrack, given the film as an object. */
  soundtrack(container: HTMLElement, film: Record<string, unknown>): Promise<void> | void;
  /** All five elements, given the same film object. */
  page(container: HTMLElement, film: Record<string, unknown>): Promise<void> | void;
  /** What holds each rendered element's content, in order: shadow roots, or React's root `div`s. */
  roots(container: HTMLElement): ParentNode[];
}

export type VariantName = 'ours' | 'vanilla' | 'react';

/** The custom-element variants' cards: `n` × `<tag film="json">`, appended at once (one fragment). */
export function appendCards(container: HTMLElement, tag: string, json: string, n: number): void {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const card = document.createElement(tag);
    card.setAttribute('film', json);
    fragment.append(card);
  }
  container.append(fragment);
}

/** The custom-element variants' update: every card given another film's JSON text. */
export function setFilms(container: HTMLElement, json: string): void {
  for (const card of container.children) card.setAttribute('film', json);
}
