/**
 * The CDN file (`dist/cdn/film-elements.js`): registers the five elements and exports their classes
 * and the language API, and hydrates server-rendered elements by itself.
 *
 * Hydration support (@lit-labs/ssr-client, 2 kB) loads only on a page that has server-rendered
 * elements: Lit applies it to its element class when that class is evaluated if it is there already
 * (what `film-elements/hydrate.js` does for bundlers); here it is applied by hand, after the check and
 * before any element is defined, which is all it needs. Elements the page adds later with a server
 * shadow root are then rendered anew (without support, the base element discards the server's DOM).
 *
 * The data helpers (`parseFilm`, `mergeFilms`, `fromTmdb`, `toSchemaOrg`, …) are not in this file: a
 * page that only shows films would download every format mapping before its first paint. They are
 * `dist/cdn/data.js` (src/data.ts), built beside it and sharing its chunks.
 */
import { LitElement } from 'lit';

import { FilmAwardsList, FilmCard, FilmRatingsBadge, FilmReviewCarousel, FilmSoundtrack } from './classes.js';
import { defineElement } from './internal/define.js';

export * from './classes.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
const hydrateSupport = () => (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;

const elements = {
  'film-card': FilmCard,
  'film-ratings-badge': FilmRatingsBadge,
  'film-awards-list': FilmAwardsList,
  'film-review-carousel': FilmReviewCarousel,
  'film-soundtrack': FilmSoundtrack,
};

// A module script runs once the document is parsed: the server's declarative shadow roots are attached.
const serverRendered = [...document.querySelectorAll(Object.keys(elements).join(','))].some((element) => element.shadowRoot);
// Set already (hydrate.js from another bundle on the page): Lit applied it to this copy as it was evaluated.
if (serverRendered && !hydrateSupport()) {
  try {
    await import('./hydrate.js');
    hydrateSupport()?.({ LitElement });
  } catch (error) {
    // Without it the elements still work: they render anew over the server's DOM.
    console.error('film-elements: hydration support failed to load; server-rendered elements render again.', error);
  }
}

for (const [tag, element] of Object.entries(elements)) defineElement(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'film-card': FilmCard;
    'film-ratings-badge': FilmRatingsBadge;
    'film-awards-list': FilmAwardsList;
    'film-review-carousel': FilmReviewCarousel;
    'film-soundtrack': FilmSoundtrack;
  }
}
