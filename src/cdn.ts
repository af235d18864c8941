/**
 * The CDN file (`dist/cdn/film-elements.js`): registers the five elements and exports their classes
 * and the language API, and hydrates server-rendered elements by itself. hydrate.js comes first: it
 * must run before Lit's element class is evaluated.
 *
 * The data helpers (`parseFilm`, `mergeFilms`, `fromTmdb`, `toSchemaOrg`, …) are not in it: a page
 * that only shows films would download every format mapping before its first paint. They are
 * `dist/cdn/data.js` (src/data.ts), built beside it and sharing its chunks.
 */
import './hydrate.js';
import './film-card.js';
import './film-ratings-badge.js';
import './film-awards-list.js';
import './film-review-carousel.js';
import './film-soundtrack.js';

export * from './classes.js';
