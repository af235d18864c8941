/**
 * The CDN file (`dist/cdn/film-elements.js`): everything `film-elements` does, and hydration of
 * server-rendered elements by itself. hydrate.js comes first: it must run before Lit's element class
 * is evaluated.
 */
import './hydrate.js';

export * from './index.js';
