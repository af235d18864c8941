/** The data layer on its own: parse, validate, map schema.org, format. No Lit, no custom elements. */
export { parseFilm } from './data/parse.js';
export { validateFilm } from './data/validate.js';
export { fromSchemaOrg, isSchemaOrg, decodeEntities } from './data/schema-org.js';
export { FilmSchema } from './data/schema.js';
export * from './data/format.js';
export { durationSeconds } from './data/duration.js';
export type * from './data/film.js';
export type { FilmInput, PersonRef, TrackInput, SoundtrackInput } from './data/schema.js';
