/** The data layer on its own: parse, validate, map other formats, merge, publish JSON-LD, format. No Lit, no custom elements. */
export { parseFilm, mergeFilms } from './data/parse.js';
export { validateFilm } from './data/validate.js';
export { detectFormat, FORMATS, type Format, type ParseFailure, type ParseOptions } from './data/read.js';
export { fromSchemaOrg, isSchemaOrg, decodeEntities } from './data/schema-org.js';
export { fromTmdb, markdownToText, TMDB_IMAGE_BASE } from './data/tmdb.js';
export type {
  TmdbOptions,
  TmdbInput,
  TmdbMovie,
  TmdbPart,
  TmdbCredits,
  TmdbCastMember,
  TmdbCrewMember,
  TmdbReleaseDates,
  TmdbReleaseDate,
  TmdbReleases,
  TmdbReviews,
  TmdbReview,
  TmdbVideos,
  TmdbVideo,
  TmdbTrailers,
  TmdbImages,
  TmdbImage,
  TmdbExternalIds,
  TmdbKeywords,
} from './data/tmdb.js';
export { fromOmdb, type OmdbResponse } from './data/omdb.js';
export { toSchemaOrg, jsonLdScript, type SchemaOrgOptions } from './data/to-schema-org.js';
export { FilmSchema, VERDICTS } from './data/schema.js';
export { AWARD_RESULTS, KINDS } from './data/enums.js';
export * from './data/format.js';
export { durationSeconds } from './data/duration.js';
export type * from './data/film.js';
export type { FilmInput, PersonRef, TrackInput, SoundtrackInput } from './data/schema.js';
