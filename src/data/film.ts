/**
 * The normalised film: what the elements render after validation. It differs from the input format
 * (`FilmInput`) only where the input allows alternatives: poster as an object, runtime in minutes,
 * track durations in seconds, directors as objects. Every URL in it is http(s) or relative.
 */
import type { Award, Credit, FilmInput, Kind, Money, Rating, Review, SoundtrackInput, TrackInput } from './schema.js';

export type { Award, Credit, FilmInput, Kind, Money, Rating, Review };

export interface Poster {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface Person {
  name: string;
  url?: string;
}

export interface Track extends Omit<TrackInput, 'duration'> {
  /** Seconds; absent when unknown. */
  duration?: number;
}

export interface Soundtrack extends Omit<SoundtrackInput, 'tracks'> {
  tracks: Track[];
}

export interface Film extends Omit<FilmInput, 'poster' | 'runtime' | 'directors' | 'soundtrack' | 'ratings' | 'reviews'> {
  poster?: Poster;
  ratings?: Rating[];
  reviews?: Review[];
  /** Minutes. */
  runtime?: number;
  directors?: Person[];
  soundtrack?: Soundtrack;
}

/** One thing wrong with the input: where (`reviews[3].rating.max`) and what, in plain words. */
export interface Problem {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; film: Film; problems: Problem[] } | { ok: false; message: string; problems: Problem[] };
