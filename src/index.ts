/** Registers every film element and re-exports the classes, the data helpers and the types. */
import './film-card.js';

export * from './classes.js';
export * from './data.js';
