/**
 * Benchmark data: the sample film, another film for the update case, and the sample grown to N reviews
 * or N tracks. Deterministic, so every run and every variant gets the same input.
 */
import sampleJson from '../src/samples/leaving-las-vegas.json';

type Json = Record<string, unknown>;
type Sample = typeof sampleJson;

/** A fresh copy of the sample film (our elements never mutate input, but the benchmark doesn't rely on it). */
export const sample = (): Sample => structuredClone(sampleJson);

/** The sample as JSON text, as it stands in a `film` attribute. */
export const sampleText = (): string => JSON.stringify(sampleJson);

/**
 * Another film of the same shape, with different text nearly everywhere and different list lengths,
 * so an update changes most of the card (not a handful of bindings).
 */
export function otherFilm(): Json {
  const film = sample();
  const mark = (text: string) => `${text} ✱`;
  return {
    ...film,
    title: 'Rain in Reno',
    year: 1997,
    tagline: 'Nothing stays in Reno.',
    synopsis: `${film.synopsis.slice(0, 180)} The rest of the story differs.`,
    runtime: 'PT1H47M',
    contentRating: 'PG-13',
    genres: ['Drama', 'Crime', 'Neo-noir'],
    directors: ['Ana Ortiz', { name: 'Ben Cole' }],
    writers: film.writers.map((writer) => ({ ...writer, name: mark(writer.name) })),
    basedOn: { ...film.basedOn, title: 'Reno at Dawn', year: 1993 },
    cast: film.cast
      .slice(2, 14)
      .reverse()
      .map((member) => ({ ...member, name: mark(member.name) })),
    releases: film.releases
      .slice(1)
      .map((release) => ({ ...release, date: release.date.replace(/^\d{4}/, (year) => String(Number(year) + 2)) })),
    distributors: ['Northlight Pictures'],
    boxOffice: { amount: 4_812_000, currency: 'EUR' },
    budget: { amount: 2_000_000, currency: 'EUR' },
    ratings: film.ratings.map((rating) => ({ ...rating, source: mark(rating.source), value: rating.value * 0.8 })),
    awards: film.awards.slice(3).map((award) => ({ ...award, category: mark(award.category) })),
  };
}

export const otherText = (): string => JSON.stringify(otherFilm());

/** The sample with `n` reviews: its own 16, repeated with numbered authors so no two slides are alike. */
export function filmWithReviews(n: number): Json {
  const film = sample();
  const reviews = film.reviews;
  return {
    ...film,
    reviews: Array.from({ length: n }, (_, i) => ({
      ...reviews[i % reviews.length]!,
      author: `${reviews[i % reviews.length]!.author} (${i + 1})`,
    })),
  };
}

/** The sample with `n` tracks: its own 25, repeated and renumbered. */
export function filmWithTracks(n: number): Json {
  const film = sample();
  const tracks = film.soundtrack.tracks;
  return {
    ...film,
    soundtrack: {
      ...film.soundtrack,
      tracks: Array.from({ length: n }, (_, i) => ({
        ...tracks[i % tracks.length]!,
        position: i + 1,
        title: `${tracks[i % tracks.length]!.title}${i < tracks.length ? '' : ` (${Math.floor(i / tracks.length) + 1})`}`,
      })),
    },
  };
}
