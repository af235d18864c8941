/**
 * What the baselines do with film data: JSON.parse (one parse shared by identical texts, as ours
 * does), and the few conversions the output needs (poster text → object, directors → objects, ISO
 * runtime → minutes, clock durations → seconds). No validation: the baselines trust their input.
 */
import type { Film } from '../../src/data/film.js';

let lastText: string | undefined;
let lastFilm: Film | undefined;

/** JSON text → film, parsed once for a run of identical texts (a page of cards fed the same attribute). */
export function filmFromJson(text: string): Film {
  if (text !== lastText) {
    lastFilm = normalizeFilm(JSON.parse(text));
    lastText = text;
  }
  return lastFilm!;
}

const normalized = new WeakMap<object, Film>();

/** A film object → the shape the views render; once per object. */
export function normalizeFilm(raw: Record<string, unknown>): Film {
  let film = normalized.get(raw);
  if (film) return film;
  const { poster, runtime, directors, soundtrack, ...rest } = raw as Record<string, never>;
  film = { ...(rest as unknown as Film) };
  if (poster) film.poster = typeof poster === 'string' ? { src: poster } : poster;
  if (runtime !== undefined) film.runtime = typeof runtime === 'number' ? runtime : isoMinutes(runtime);
  if (directors)
    film.directors = (directors as (string | { name: string; url?: string })[]).map((d) => (typeof d === 'string' ? { name: d } : d));
  if (soundtrack) {
    const album = soundtrack as { tracks: { duration?: number | string }[] };
    film.soundtrack = {
      ...(soundtrack as Film['soundtrack'] & object),
      tracks: album.tracks.map(({ duration, ...track }) =>
        duration === undefined ? track : { ...track, duration: clockSeconds(duration) },
      ) as never,
    };
  }
  normalized.set(raw, film);
  return film;
}

function isoMinutes(iso: string): number {
  const [, h = 0, m = 0] = /PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso) ?? [];
  return Number(h) * 60 + Number(m);
}

function clockSeconds(value: number | string): number {
  if (typeof value === 'number') return value;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
