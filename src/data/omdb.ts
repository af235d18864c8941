/**
 * OMDb (omdbapi.com) answers mapped onto the film format: `?i=` or `?t=`, short or full plot. OMDb
 * sends every value as text and `"N/A"` for what it does not know; lists are comma-separated, with
 * roles in brackets ("John O'Brien (novel)"). An error answer (`"Response": "False"`) is a failure
 * carrying OMDb's message. Faithful, not strict: the result is validated like any other input.
 * Loaded only when an OMDb answer first arrives.
 */
import type { ParseFailure } from './read.js';
import type { FilmInput } from './schema.js';

/** An OMDb answer, as the API sends it: every value text, "N/A" when unknown. */
export interface OmdbResponse {
  Response?: 'True' | 'False' | string;
  Error?: string;
  Title?: string;
  Year?: string;
  Rated?: string;
  /** "27 Oct 1995" */
  Released?: string;
  /** "112 min" */
  Runtime?: string;
  Genre?: string;
  Director?: string;
  Writer?: string;
  Actors?: string;
  Plot?: string;
  Language?: string;
  Country?: string;
  Awards?: string;
  Poster?: string;
  Ratings?: { Source?: string; Value?: string }[];
  Metascore?: string;
  imdbRating?: string;
  /** "142,000" */
  imdbVotes?: string;
  imdbID?: string;
  Type?: string;
  DVD?: string;
  /** "$32,029,928" */
  BoxOffice?: string;
  Production?: string;
  Website?: string;
}

/** A value OMDb knows: not "N/A", not empty. */
const known = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s{2,}/g, ' ');
  return text && text !== 'N/A' ? text : undefined;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "27 Oct 1995" → "1995-10-27". */
function isoDate(value: unknown): string | undefined {
  const match = /^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})$/i.exec(known(value) ?? '');
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) + 1 : 0;
  return month ? `${match![3]}-${String(month).padStart(2, '0')}-${match![1]!.padStart(2, '0')}` : undefined;
}

/** "Action, Adventure" → ["Action", "Adventure"]; commas inside brackets do not split ("Jim Starlin (Thanos, Gamora and Drax created by)"). */
function items(value: unknown): string[] {
  const text = known(value);
  if (!text) return [];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (i === text.length || (char === ',' && depth === 0)) {
      const item = text.slice(start, i).trim();
      if (item && item !== 'N/A') out.push(item);
      start = i + 1;
    }
  }
  return out;
}

/** "Christopher Markus (screenplay by)" → name and role ("screenplay"); IMDb's "by" goes, except in "created by". */
function credit(item: string): { name: string; role?: string } {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(item);
  if (!match || !match[1]) return { name: item };
  const role = match[2]!.trim().replace(/(?<!created)\s+by$/i, '');
  return role ? { name: match[1], role } : { name: match[1] };
}

/** "142,000" → 142000. */
const count = (value: unknown) => {
  const digits = known(value)?.replace(/[,.\s]/g, '');
  return digits && /^\d+$/.test(digits) ? Number(digits) : undefined;
};

const CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/** "$32,029,928" → 32029928 US dollars. */
function money(value: unknown) {
  const match = /^([$€£¥])\s*([\d,]+)$/.exec(known(value) ?? '');
  const amount = match ? Number(match[2]!.replace(/,/g, '')) : 0;
  return amount > 0 ? { amount, currency: CURRENCIES[match![1]!]! } : undefined;
}

/** OMDb's sources as the film format names them, with what kind of score each is. */
const SOURCES: Record<string, { source: string; kind: 'critic' | 'audience' }> = {
  'Internet Movie Database': { source: 'IMDb', kind: 'audience' },
  'Rotten Tomatoes': { source: 'Rotten Tomatoes', kind: 'critic' },
  Metacritic: { source: 'Metacritic', kind: 'critic' },
};

/** "8.5/10", "84%", "68/100" → value and scale. */
function score(value: unknown) {
  const text = known(value) ?? '';
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) return { value: Number(percent[1]), max: 100, unit: '%' as const };
  const ratio = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text);
  return ratio ? { value: Number(ratio[1]), max: Number(ratio[2]) } : undefined;
}

/** The failure an error answer gives: OMDb's message ("Movie not found!", "Invalid API key!"). */
const omdbError = (message: string): ParseFailure => ({
  ok: false,
  message: `The film data is an OMDb error (${message}).`,
  problems: [{ path: 'Error', message }],
});

/** Maps an OMDb answer onto the film format; an error answer becomes a failure with OMDb's message. */
export function fromOmdb(input: OmdbResponse): FilmInput | ParseFailure {
  const omdb: Record<string, unknown> = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if (omdb.Response === 'False') return omdbError(known(omdb.Error) ?? 'no film');
  const imdbId = known(omdb.imdbID);
  const imdbUrl = imdbId && /^tt\d+$/.test(imdbId) ? `https://www.imdb.com/title/${imdbId}/` : undefined;
  const runtime = /^(?:(\d+)\s*h\s*)?(\d+)\s*min$/i.exec(known(omdb.Runtime) ?? '');
  const released = isoDate(omdb.Released);
  const dvd = isoDate(omdb.DVD);
  const ratings = (Array.isArray(omdb.Ratings) ? omdb.Ratings : []).flatMap((entry: unknown) => {
    const { Source, Value } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const named = typeof Source === 'string' && Object.hasOwn(SOURCES, Source) ? SOURCES[Source]! : undefined;
    const parsed = score(Value);
    if (!parsed || typeof Source !== 'string') return [];
    const imdb = named?.source === 'IMDb';
    const votes = imdb ? count(omdb.imdbVotes) : undefined;
    return [
      {
        source: named?.source ?? Source,
        ...parsed,
        ...(named && { kind: named.kind }),
        ...(votes !== undefined && { count: votes }),
        ...(imdb && imdbUrl && { url: imdbUrl }),
      },
    ];
  });
  // Older answers have no `Ratings`: imdbRating and Metascore say the same.
  const imdbRating = score(`${known(omdb.imdbRating)}/10`);
  if (imdbRating && !ratings.some((r) => r.source === 'IMDb')) {
    const votes = count(omdb.imdbVotes);
    ratings.unshift({
      source: 'IMDb',
      ...imdbRating,
      kind: 'audience',
      ...(votes !== undefined && { count: votes }),
      ...(imdbUrl && { url: imdbUrl }),
    });
  }
  const metascore = score(`${known(omdb.Metascore)}/100`);
  if (metascore && !ratings.some((r) => r.source === 'Metacritic')) ratings.push({ source: 'Metacritic', ...metascore, kind: 'critic' });
  const year = /^\d{4}/.exec(known(omdb.Year) ?? '')?.[0];
  const website = known(omdb.Website);
  const film: Record<string, unknown> = {
    title: known(omdb.Title) ?? '',
    ...(year && { year: Number(year) }),
    synopsis: known(omdb.Plot),
    poster: known(omdb.Poster),
    runtime: runtime ? Number(runtime[1] ?? 0) * 60 + Number(runtime[2]) : undefined,
    contentRating: known(omdb.Rated),
    genres: items(omdb.Genre),
    countries: items(omdb.Country),
    languages: items(omdb.Language),
    directors: items(omdb.Director).map((item) => credit(item).name),
    writers: items(omdb.Writer).map(credit),
    cast: items(omdb.Actors).map((item) => ({ name: credit(item).name })),
    // Release kinds as TMDB's types name them (so merged sources agree). A DVD date before the
    // release is one of OMDb's mix-ups: left out.
    releases: [
      ...(released ? [{ date: released }] : []),
      ...(dvd && (!released || dvd >= released) ? [{ date: dvd, kind: 'physical', note: 'DVD' }] : []),
    ],
    boxOffice: money(omdb.BoxOffice),
    links: [...(imdbUrl ? [{ label: 'IMDb', url: imdbUrl }] : []), ...(website ? [{ label: 'Website', url: website }] : [])],
    ratings,
    // OMDb runs two sentences together ("… 1 BAFTA Award7 wins & 46 nominations total"): a full stop between them.
    awardsSummary: known(omdb.Awards)?.replace(/([a-z])(\d)/g, '$1. $2'),
  };
  for (const [key, value] of Object.entries(film))
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete film[key];
  return film as FilmInput;
}
