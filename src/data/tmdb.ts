/**
 * TMDB (The Movie Database) API v3 movie responses mapped onto the film format: the details
 * (`GET /3/movie/{id}`), alone or with `append_to_response` (credits, release_dates, reviews,
 * videos, keywords, images, external_ids; the older `releases` and `trailers` too), or the separate
 * responses of one film given together as a list, each told by its shape. Faithful, not strict: the
 * result is validated like any other input. Loaded only when a TMDB response first arrives.
 */
import type { ParseFailure } from './read.js';
import type { FilmInput } from './schema.js';

/** How TMDB data is read. */
export interface TmdbOptions {
  /**
   * Where posters are: TMDB's image `base_url` followed by a size, as its /configuration gives them
   * (default `https://image.tmdb.org/t/p/w500`); the poster's `poster_path` is appended. A proxy or
   * a copy of the images works the same way.
   */
  tmdbImageBase?: string;
  /** ISO 3166-1 country whose certification becomes `contentRating` and whose releases are listed (default `US`). */
  region?: string;
}

// --- the response shapes we read (loose where the API is: any field may be missing or null) ---------

interface Named {
  name?: string | null;
}
export interface TmdbCastMember extends Named {
  id?: number;
  character?: string | null;
  order?: number | null;
  profile_path?: string | null;
}
export interface TmdbCrewMember extends Named {
  id?: number;
  department?: string | null;
  job?: string | null;
  profile_path?: string | null;
}
export interface TmdbCredits {
  id?: number;
  cast?: TmdbCastMember[];
  crew?: TmdbCrewMember[];
}
export interface TmdbReleaseDate {
  certification?: string | null;
  note?: string | null;
  release_date?: string | null;
  /** 1 premiere, 2 theatrical (limited), 3 theatrical, 4 digital, 5 physical, 6 TV. */
  type?: number | null;
}
export interface TmdbReleaseDates {
  id?: number;
  results?: { iso_3166_1?: string; release_dates?: TmdbReleaseDate[] }[];
}
/** The older `releases` append: one date and certification per country. */
export interface TmdbReleases {
  countries?: { iso_3166_1?: string; certification?: string | null; release_date?: string | null; primary?: boolean }[];
}
export interface TmdbReview {
  id?: string;
  author?: string | null;
  author_details?: { name?: string | null; username?: string | null; rating?: number | null } | null;
  /** Markdown. */
  content?: string | null;
  created_at?: string | null;
  url?: string | null;
  media_id?: number;
  media_title?: string;
}
export interface TmdbReviews {
  id?: number;
  page?: number;
  results?: TmdbReview[];
  total_pages?: number;
  total_results?: number;
}
export interface TmdbVideo {
  key?: string | null;
  site?: string | null;
  type?: string | null;
  official?: boolean | null;
  name?: string | null;
  published_at?: string | null;
}
export interface TmdbVideos {
  id?: number;
  results?: TmdbVideo[];
}
/** The older `trailers` append. */
export interface TmdbTrailers {
  youtube?: { source?: string | null; type?: string | null; name?: string | null }[];
}
export interface TmdbImage {
  file_path?: string | null;
  width?: number | null;
  height?: number | null;
}
export interface TmdbImages {
  id?: number;
  posters?: TmdbImage[];
  backdrops?: TmdbImage[];
  logos?: TmdbImage[];
}
export interface TmdbExternalIds {
  id?: number;
  imdb_id?: string | null;
  wikidata_id?: string | null;
}
export interface TmdbKeywords {
  id?: number;
  keywords?: Named[];
}
export interface TmdbMovie {
  id?: number;
  imdb_id?: string | null;
  title?: string | null;
  original_title?: string | null;
  overview?: string | null;
  tagline?: string | null;
  /** YYYY-MM-DD, or "" when unknown. */
  release_date?: string | null;
  runtime?: number | null;
  poster_path?: string | null;
  genres?: Named[];
  production_countries?: ({ iso_3166_1?: string } & Named)[];
  spoken_languages?: ({ english_name?: string | null; iso_639_1?: string } & Named)[];
  /** US dollars; 0 means unknown. */
  budget?: number | null;
  /** US dollars; 0 means unknown. */
  revenue?: number | null;
  homepage?: string | null;
  vote_average?: number | null;
  vote_count?: number | null;
  credits?: TmdbCredits;
  release_dates?: TmdbReleaseDates;
  releases?: TmdbReleases;
  reviews?: TmdbReviews;
  videos?: TmdbVideos;
  trailers?: TmdbTrailers;
  keywords?: TmdbKeywords;
  images?: TmdbImages;
  external_ids?: TmdbExternalIds;
}
/** One of the separate responses of a film. */
export type TmdbPart =
  TmdbMovie | TmdbCredits | TmdbReleaseDates | TmdbReviews | TmdbReview | TmdbVideos | TmdbKeywords | TmdbImages | TmdbExternalIds;
/** What `fromTmdb` reads: the details (with appends), or the separate responses of one film. */
export type TmdbInput = TmdbMovie | readonly TmdbPart[];

// --- helpers --------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value.filter(isObject) : []) as T[];
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
const isoDate = (value: unknown) => (typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined);

export const TMDB_IMAGE_BASE = 'https://image.tmdb.org/t/p/w500';
const TMDB = 'https://www.themoviedb.org';

/** TMDB's release types 1–6 as the film format's release kinds. */
const RELEASE_KINDS: Record<number, string> = { 1: 'premiere', 2: 'limited', 3: 'wide', 4: 'digital', 5: 'physical', 6: 'tv' };
/** Which release's certification is the film's rating: theatrical first (3, 2), then the others. */
const CERTIFICATION_ORDER = [3, 2, 1, 4, 5, 6];

/** The heads of department, as crew roles; TMDB lists every grip and caterer too. */
const CREW_ROLES: Record<string, string> = {
  Producer: 'producer',
  'Executive Producer': 'executive producer',
  'Director of Photography': 'cinematography',
  Editor: 'editor',
  'Original Music Composer': 'music',
  Music: 'music',
  'Production Design': 'production design',
  'Costume Design': 'costume design',
  Casting: 'casting',
};
/** Jobs in TMDB's Writing department that are not authorship. */
const NOT_WRITING = /editor|consultant|assistant|supervisor|storyboard|research|coordinator/i;

/**
 * Markdown (TMDB reviews) to plain text: emphasis, code, strike-through, headings, quote marks,
 * rules, escapes and link syntax removed, link and image text kept. It only removes characters (and
 * turns CRLF into LF): nothing is added, no HTML is made, and text that was not Markdown stays as it was.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(?:[-*_] *){3,}$/gm, '') // rules
    .replace(/^ {0,3}#{1,6}[ \t]+/gm, '') // headings
    .replace(/^ {0,3}(?:> ?)+/gm, '') // block quotes
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)/g, '$1') // [text](url), ![alt](src)
    .replace(/(^|[^\w*\\])(\*{1,3}|_{1,3}|~~)(?=\S)([^\n]*?\S)\2(?![\w*])/g, '$1$3') // **bold**, _italic_, ~~strike~~
    .replace(/`([^`\n]+)`/g, '$1') // `code`
    .replace(/\\([\\`*_{}[\]()#+\-.!~>|])/g, '$1') // escapes
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The details plus each separate response, as one details object with appends. */
function combine(input: unknown): TmdbMovie {
  if (!Array.isArray(input)) return isObject(input) ? (input as TmdbMovie) : {};
  const movie: Json = {};
  const reviews: TmdbReview[] = [];
  for (const part of input) {
    if (!isObject(part)) continue;
    const results = list<Json>(part.results);
    if ('title' in part || 'original_title' in part || 'poster_path' in part) Object.assign(movie, { ...part, ...movie });
    else if (Array.isArray(part.cast) || Array.isArray(part.crew)) movie.credits = part;
    else if (Array.isArray(part.keywords)) movie.keywords = part;
    else if (Array.isArray(part.posters) || Array.isArray(part.backdrops)) movie.images = part;
    else if (typeof part.content === 'string') reviews.push(part as TmdbReview);
    else if (results.some((r) => 'release_dates' in r)) movie.release_dates = part;
    else if (results.some((r) => 'content' in r)) reviews.push(...(results as TmdbReview[]));
    else if (results.some((r) => 'key' in r && 'site' in r)) movie.videos = part;
    else if ('imdb_id' in part || 'wikidata_id' in part) movie.external_ids = part;
  }
  if (reviews.length) movie.reviews = { results: reviews };
  return movie as TmdbMovie;
}

/** The poster's URL, and its size when the images list (an append) has it: `w342` scales it. */
function poster(movie: TmdbMovie, base: string): FilmInput['poster'] {
  const path = str(movie.poster_path);
  if (!path) return undefined;
  const src = `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const image = list<TmdbImage>(movie.images?.posters).find((p) => p.file_path === path);
  const width = positive(image?.width);
  const height = positive(image?.height);
  if (!width || !height) return { src };
  const size = /\/w(\d+)$/.exec(base.replace(/\/+$/, ''));
  const scale = size ? Math.min(1, Number(size[1]) / width) : /\/original$/.test(base.replace(/\/+$/, '')) ? 1 : 0;
  return scale ? { src, width: Math.round(width * scale), height: Math.round(height * scale) } : { src };
}

interface Release {
  date: string;
  region?: string;
  kind?: string;
  note?: string;
}

/** The region's releases (types 1–6) and certification; from the older `releases` append, its one date. */
function releases(movie: TmdbMovie, region: string): { releases: Release[]; contentRating?: string } {
  const country = list<{ iso_3166_1?: string; release_dates?: unknown }>(movie.release_dates?.results).find((r) => r.iso_3166_1 === region);
  const dates = list<TmdbReleaseDate>(country?.release_dates);
  const legacy = list<{ iso_3166_1?: string; certification?: unknown; release_date?: unknown }>(movie.releases?.countries).find(
    (r) => r.iso_3166_1 === region,
  );
  const found: Release[] = [];
  for (const release of dates) {
    const date = isoDate(release.release_date);
    if (!date) continue;
    const kind = typeof release.type === 'number' && Object.hasOwn(RELEASE_KINDS, release.type) ? RELEASE_KINDS[release.type] : undefined;
    const note = str(release.note);
    found.push({ date, region, ...(kind && { kind }), ...(note && { note }) });
  }
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const legacyDate = isoDate(legacy?.release_date);
  if (!found.length && legacyDate) found.push({ date: legacyDate, region });
  // No date for the region: the film's primary release date, which has no region.
  const primary = isoDate(movie.release_date);
  if (!found.length && primary) found.push({ date: primary });
  const certification =
    CERTIFICATION_ORDER.map((type) => dates.find((d) => d.type === type && str(d.certification))).find(Boolean)?.certification ??
    legacy?.certification;
  return { releases: found, contentRating: str(certification) };
}

/** The trailer: the first official trailer TMDB published (YouTube or Vimeo), else any trailer, else a teaser. */
function trailer(movie: TmdbMovie): string | undefined {
  const videos = list<TmdbVideo>(movie.videos?.results)
    .filter((v) => str(v.key) && (v.site === 'YouTube' || v.site === 'Vimeo'))
    .sort((a, b) => String(a.published_at ?? '').localeCompare(String(b.published_at ?? '')));
  const best =
    videos.find((v) => v.type === 'Trailer' && v.official) ??
    videos.find((v) => v.type === 'Trailer') ??
    videos.find((v) => v.type === 'Teaser');
  const key = (value: unknown) => encodeURIComponent(str(value)!);
  if (best) return best.site === 'Vimeo' ? `https://vimeo.com/${key(best.key)}` : `https://www.youtube.com/watch?v=${key(best.key)}`;
  const old = list<{ source?: unknown; type?: unknown }>(movie.trailers?.youtube).find((t) => str(t.source) && t.type === 'Trailer');
  return old ? `https://www.youtube.com/watch?v=${key(old.source)}` : undefined;
}

function review(value: TmdbReview) {
  const text = typeof value.content === 'string' ? markdownToText(value.content) : '';
  if (!text) return undefined;
  const details = isObject(value.author_details) ? value.author_details : {};
  const rating = typeof details.rating === 'number' && Number.isFinite(details.rating) ? details.rating : undefined;
  const date = isoDate(value.created_at);
  return {
    author: str(details.name) ?? str(value.author) ?? str(details.username) ?? 'Anonymous',
    kind: 'audience' as const,
    ...(date && { date }),
    ...(rating !== undefined && { rating: { value: rating, max: 10 } }),
    text,
    ...(str(value.url) && { url: str(value.url) }),
  };
}

const money = (amount: unknown) => (positive(amount) ? { amount: positive(amount)!, currency: 'USD' } : undefined);
const defined = <T>(values: (T | undefined)[]): T[] => values.filter((x): x is T => x !== undefined);
const names = (values: unknown, key = 'name') => defined(list<Json>(values).map((v) => str(v[key]) ?? str(v.name)));

/**
 * Maps a TMDB movie (details with appends, or the separate responses of one film) onto the film
 * format; without the details (credits alone, reviews alone), a failure that says so.
 */
export function fromTmdb(input: TmdbInput, options: TmdbOptions = {}): FilmInput | ParseFailure {
  const movie = combine(input);
  const region = (str(options.region) ?? 'US').toUpperCase();
  const id = Number.isSafeInteger(movie.id) && movie.id! > 0 ? movie.id : undefined;
  // Identifiers go into URLs: only their own forms (tt0113627, Q1).
  const imdb = [movie.imdb_id, movie.external_ids?.imdb_id].map(str).find((id) => id && /^tt\d+$/.test(id));
  const wikidata = [movie.external_ids?.wikidata_id].map(str).find((id) => id && /^Q\d+$/.test(id));
  const title = str(movie.title) ?? str(movie.original_title);
  if (!title) {
    const message = 'The TMDB data has no movie details (no title): give the details (/3/movie/{id}) with the other responses.';
    return { ok: false, message, problems: [{ path: 'title', message: 'is required' }] };
  }
  const year = isoDate(movie.release_date)?.slice(0, 4);
  const credits = isObject(movie.credits) ? movie.credits : {};
  const crew = list<TmdbCrewMember>(credits.crew);
  const personUrl = (person: { id?: unknown }) =>
    Number.isSafeInteger(person.id) && (person.id as number) > 0 ? { url: `${TMDB}/person/${person.id}` } : {};
  const people = (members: TmdbCrewMember[], role?: (m: TmdbCrewMember) => string | undefined) => {
    const seen = new Set<string>();
    return defined(
      members.map((member) => {
        const name = str(member.name);
        const as = role?.(member);
        if (!name || seen.has(`${name}\n${as}`)) return undefined;
        seen.add(`${name}\n${as}`);
        return { name, ...(as && { role: as }), ...personUrl(member) };
      }),
    );
  };
  const cast = list<TmdbCastMember>(credits.cast)
    .map((member, index) => ({ member, order: typeof member.order === 'number' ? member.order : Infinity, index }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ member }) => member);
  const { releases: dates, contentRating } = releases(movie, region);
  const link = trailer(movie);
  const score = typeof movie.vote_average === 'number' && positive(movie.vote_count) && movie.vote_average >= 0 && movie.vote_average <= 10;
  const film: Json = {
    title,
    ...(str(movie.original_title) && str(movie.original_title) !== title && { originalTitle: str(movie.original_title) }),
    ...(year && { year: Number(year) }),
    synopsis: str(movie.overview),
    tagline: str(movie.tagline),
    poster: poster(movie, str(options.tmdbImageBase) ?? TMDB_IMAGE_BASE),
    runtime: positive(movie.runtime),
    contentRating,
    genres: names(movie.genres),
    countries: names(movie.production_countries),
    languages: names(movie.spoken_languages, 'english_name'),
    directors: people(crew.filter((m) => m.job === 'Director')),
    writers: people(
      crew.filter((m) => m.department === 'Writing' && !NOT_WRITING.test(String(m.job ?? ''))),
      (m) => (str(m.job) && m.job !== 'Writer' ? str(m.job)!.toLowerCase() : undefined),
    ),
    cast: defined(
      cast.map((member) => {
        const name = str(member.name);
        return name ? { name, ...(str(member.character) && { character: str(member.character) }), ...personUrl(member) } : undefined;
      }),
    ),
    crew: people(
      crew.filter((m) => typeof m.job === 'string' && Object.hasOwn(CREW_ROLES, m.job)),
      (m) => CREW_ROLES[m.job!],
    ),
    releases: dates,
    budget: money(movie.budget),
    boxOffice: money(movie.revenue),
    links: [
      ...(id !== undefined ? [{ label: 'TMDB', url: `${TMDB}/movie/${id}` }] : []),
      ...(imdb ? [{ label: 'IMDb', url: `https://www.imdb.com/title/${imdb}/` }] : []),
      ...(wikidata ? [{ label: 'Wikidata', url: `https://www.wikidata.org/wiki/${wikidata}` }] : []),
      ...(str(movie.homepage) ? [{ label: 'Website', url: str(movie.homepage) }] : []),
      ...(link ? [{ label: 'Trailer', url: link }] : []),
    ],
    // TMDB's user score, to one decimal: its site shows it as a whole percentage.
    ratings: score
      ? [
          {
            source: 'TMDB',
            value: Math.round(movie.vote_average! * 10) / 10,
            max: 10,
            kind: 'audience',
            count: Math.round(movie.vote_count!),
            ...(id !== undefined && { url: `${TMDB}/movie/${id}` }),
          },
        ]
      : [],
    reviews: defined(list<TmdbReview>(movie.reviews?.results).map(review)),
  };
  // Leave out what the response did not fill, so the film looks as if written by hand.
  for (const [key, value] of Object.entries(film))
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete film[key];
  return film as FilmInput;
}
