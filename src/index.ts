/** Registers every film element and re-exports the classes, the data helpers and the types. */
import './film-card.js';
import './film-ratings-badge.js';
import './film-awards-list.js';
import './film-review-carousel.js';
import './film-soundtrack.js';

export * from './classes.js';
export * from './data.js';
