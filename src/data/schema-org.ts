/**
 * schema.org `Movie` JSON-LD, as film sites publish it, mapped onto our film format. Real pages are
 * loose: any property may be one value or a list, people may be `Person` or `PerformanceRole`, numbers
 * may be strings, types may be lower-case (`aggregateRating`), plurals stand for singulars (`actors`,
 * `directors`), URLs may be relative to the Movie's `url`, and strings may still hold HTML entities
 * (`&apos;`). Whatever this mapping produces is validated like any other input afterwards, so it only
 * has to be faithful, not strict.
 */
import type { ParseFailure } from './read.js';
import type { FilmInput } from './schema.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const named: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the HTML entities sites leave in JSON-LD strings; the result is still plain text. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    // Own keys only: "&constructor;" is not an entity, and must not turn into `Object`'s source text.
    if (body[0] !== '#') return Object.hasOwn(named, body.toLowerCase()) ? named[body.toLowerCase()]! : entity;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The node's types, lower-case and without a `schema:` or schema.org prefix: Letterboxd writes `aggregateRating`. */
const typesOf = (node: unknown): string[] =>
  isObject(node)
    ? list(node['@type'])
        .filter((t): t is string => typeof t === 'string')
        .map((t) => t.replace(/^(?:schema:|https?:\/\/schema\.org\/)/i, '').toLowerCase())
    : [];

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value.name ?? value['@value']);
  return undefined;
}

/** A score such as "7.5" or "7,5" (a decimal comma is common on European sites). */
function number(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.replace(',', '.')) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** A count such as "142,000", "142.000" or "142 000": every separator is a thousands separator. */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : undefined;
  const digits = typeof value === 'string' ? value.replace(/[\s,.'\u00a0\u202f]/g, '') : '';
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** The ISO date at the start of a schema.org date ("1995-10-27T00:00:00Z"); undefined for other forms. */
const isoDateOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value)?.[0] : undefined;

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((x): x is T => x !== undefined);

// The test lives beside parseInput (read.ts): format detection is needed up front, the mapping only for JSON-LD.
export { isSchemaOrg } from './read.js';

/** Film sites whose JSON-LD we know: the name of their scores and links, and whose reviews and scores they publish. */
const SITES: [host: RegExp, name: string, kind: 'critic' | 'audience'][] = [
  [/(^|\.)imdb\.com$/, 'IMDb', 'audience'],
  [/(^|\.)rottentomatoes\.com$/, 'Rotten Tomatoes', 'critic'],
  [/(^|\.)letterboxd\.com$/, 'Letterboxd', 'audience'],
  [/(^|\.)themoviedb\.org$/, 'TMDB', 'audience'],
  [/(^|\.)metacritic\.com$/, 'Metacritic', 'critic'],
];

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}
const siteOf = (url: string | undefined) => {
  const host = hostOf(url);
  return host ? SITES.find(([pattern]) => pattern.test(host)) : undefined;
};

/** The Movie node of a JSON-LD document: the object itself, a member of `@graph`, or of a top-level list. */
function findMovie(input: unknown): Json | undefined {
  const nodes = list(input).flatMap((node) => (isObject(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node]));
  const objects = nodes.filter(isObject);
  return (
    objects.find((node) => typesOf(node).some((t) => t === 'movie' || t === 'film')) ??
    objects.find((node) => typeof node.name === 'string')
  );
}

/**
 * What relative URLs in the Movie are relative to: its `url` when absolute. IMDb writes its own
 * `url` relative too ("/title/tt0113627/"): that one is on www.imdb.com.
 */
function baseOf(movie: Json): string | undefined {
  const url = typeof movie.url === 'string' ? movie.url.trim() : '';
  if (/^https?:\/\//i.test(url)) return url;
  if (/^\/title\/tt\d+\/?$/.test(url)) return `https://www.imdb.com${url}`;
  return undefined;
}

/** Maps a schema.org Movie (or a document containing one) onto the film format; a document without one is a failure. */
export function fromSchemaOrg(input: unknown): FilmInput | ParseFailure {
  const movie = findMovie(input);
  if (!movie) {
    return { ok: false, message: 'The JSON-LD has no Movie.', problems: [{ path: '', message: 'expected a Movie node' }] };
  }
  const base = baseOf(movie);
  const site = siteOf(base);
  /** A URL resolved against the Movie's `url`; left as it is when there is nothing to resolve against. */
  const resolve = (value: unknown): string | undefined => {
    if (typeof value !== 'string' || !value.trim()) return undefined;
    try {
      return base ? new URL(value.trim(), base).href : value.trim();
    } catch {
      return value;
    }
  };
  const urlOf = (value: unknown): string | undefined =>
    typeof value === 'string' ? resolve(value) : isObject(value) ? resolve(value.url ?? value.contentUrl ?? value.embedUrl) : undefined;
  const person = (value: unknown): { name: string; url?: string } | undefined => {
    const name = text(value);
    if (!name) return undefined;
    const url = isObject(value) ? resolve(value.url ?? list(value.sameAs)[0]) : undefined;
    return url ? { name, url } : { name };
  };
  const people = (value: unknown) => defined(list(value).map(person));

  const rating = (value: unknown): Json | undefined => {
    if (!isObject(value)) return undefined;
    const ratingValue = number(value.ratingValue);
    if (ratingValue === undefined) return undefined;
    const best = number(value.bestRating) ?? 5; // schema.org's default scale is 1–5
    const count = wholeNumber(value.ratingCount) ?? wholeNumber(value.reviewCount);
    const source = text(value.author) ?? text(value.publisher) ?? site?.[1] ?? text(value.name) ?? 'Users';
    return {
      source,
      value: ratingValue,
      max: best,
      ...(site?.[1] === 'Rotten Tomatoes' && best === 100 && { unit: '%' }),
      ...(site && { kind: site[2] }),
      ...(count !== undefined && { count }),
    };
  };

  const review = (value: unknown): Json | undefined => {
    if (!isObject(value)) return undefined;
    const reviewRating = isObject(value.reviewRating) ? value.reviewRating : undefined;
    const ratingValue = number(reviewRating?.ratingValue);
    const best = number(reviewRating?.bestRating) ?? 5;
    // Rotten Tomatoes rates each critic's review fresh (1) or rotten (-1) on a scale from -1 to 1: a verdict, not a score.
    const thumbs = best === 1 && number(reviewRating?.worstRating) === -1;
    const date = isoDateOf(value.datePublished) ?? isoDateOf(value.dateCreated);
    const body = text(value.reviewBody) ?? text(value.description);
    if (!body) return undefined; // a review without text has nothing to show
    return {
      author: text(value.author) ?? 'Anonymous',
      ...(text(value.publisher) && { outlet: text(value.publisher) }),
      ...(site && { kind: site[2] }),
      ...(date && { date }),
      ...(ratingValue !== undefined && !thumbs && { rating: { value: ratingValue, max: best } }),
      ...(ratingValue !== undefined && thumbs && ratingValue !== 0 && { verdict: ratingValue > 0 ? 'positive' : 'negative' }),
      ...(text(value.name) && { title: text(value.name) }),
      text: body,
      ...(resolve(value.url) && { url: resolve(value.url) }),
    };
  };

  // The film's own date: `datePublished`, or `dateCreated` unless it dates the page's record (it has
  // a time of day, or comes with `dateModified`: Letterboxd's and Rotten Tomatoes' do), or its earliest release.
  const events = list(movie.releasedEvent)
    .filter(isObject)
    .map((event) => ({ event, date: isoDateOf(event.startDate) }))
    .filter((e): e is { event: Json; date: string } => e.date !== undefined);
  const created =
    typeof movie.dateCreated === 'string' && !movie.dateCreated.includes('T') && !('dateModified' in movie) ? movie.dateCreated : undefined;
  const firstRelease = events.map((e) => e.date).sort()[0];
  const published = isoDateOf(movie.datePublished) ?? isoDateOf(created) ?? firstRelease;
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const releases = events.length
    ? events.map(({ event, date }) => ({
        date,
        ...(text(event.location) && { region: text(event.location) }),
        ...(text(event.name) && { kind: text(event.name) }),
        ...(text(event.description) && { note: text(event.description) }),
      }))
    : published?.length === 10
      ? [{ date: published }]
      : [];

  const image = list(movie.image)[0];
  // Rotten Tomatoes lists the characters apart from the actors, in the same order.
  const characters = list(movie.character);
  const cast = list(movie.actor ?? movie.actors).flatMap((entry, index) => {
    // A PerformanceRole wraps the actor(s) and names the character.
    if (typesOf(entry).includes('performancerole')) {
      const character = text((entry as Json).characterName);
      return people((entry as Json).actor).map((p) => (character ? { ...p, character } : p));
    }
    const character = text(characters[index]);
    return defined([person(entry)]).map((p) => (character ? { ...p, character } : p));
  });
  // IMDb lists the writers as `creator`, among the companies.
  const writers =
    movie.author !== undefined ? people(movie.author) : people(list(movie.creator).filter((c) => typesOf(c).includes('person')));
  const basedOn = isObject(movie.isBasedOn) ? movie.isBasedOn : undefined;
  const basedOnYear = isoDateOf(basedOn?.datePublished)?.slice(0, 4);
  const basedOnKind = text(basedOn?.genre) ?? (typesOf(basedOn).includes('book') ? 'novel' : undefined);
  const trailer = urlOf(list(movie.trailer)[0]);
  const movieUrl = resolve(movie.url);
  const links = [
    ...(site && movieUrl ? [{ label: site[1], url: movieUrl }] : []),
    ...defined(list(movie.sameAs).map(resolve)).map((url) => ({
      label: siteOf(url)?.[1] ?? hostOf(url)?.replace(/^www\./, '') ?? url,
      url,
    })),
    ...(trailer ? [{ label: 'Trailer', url: trailer }] : []),
  ];

  // IMDb names a film by its original title and gives the English one as `alternateName` ("Mononoke-hime", "Princess Mononoke").
  const [title, originalTitle] =
    site?.[1] === 'IMDb' && text(movie.alternateName)
      ? [text(movie.alternateName), text(movie.name)]
      : [text(movie.name), text(movie.alternateName)];
  const film: Json = {
    title: title ?? '',
    ...(originalTitle && originalTitle !== title && { originalTitle }),
    ...(year && Number.isInteger(year) && { year }),
    ...(text(movie.description) && { synopsis: text(movie.description) }),
    ...(urlOf(image) && {
      poster: {
        src: urlOf(image),
        ...(isObject(image) && text(image.caption) && { alt: text(image.caption) }),
        ...(isObject(image) && number(image.width) && { width: number(image.width) }),
        ...(isObject(image) && number(image.height) && { height: number(image.height) }),
      },
    }),
    ...(typeof movie.duration === 'string' && { runtime: movie.duration }),
    ...(text(movie.contentRating) && { contentRating: text(movie.contentRating) }),
    genres: defined(list(movie.genre).map(text)),
    countries: defined(list(movie.countryOfOrigin).map(text)),
    languages: defined(list(movie.inLanguage).map(text)),
    directors: people(movie.director ?? movie.directors),
    writers,
    ...(text(basedOn) && {
      basedOn: {
        title: text(basedOn),
        ...(text(basedOn!.author) && { author: text(basedOn!.author) }),
        ...(basedOnYear && { year: Number(basedOnYear) }),
        ...(basedOnKind && { kind: basedOnKind }),
      },
    }),
    cast,
    crew: [
      ...people(movie.producer).map((p) => ({ ...p, role: 'producer' })),
      ...people(movie.musicBy).map((p) => ({ ...p, role: 'music' })),
    ],
    releases,
    links,
    ratings: defined([rating(movie.aggregateRating)]),
    awards: defined(list(movie.award ?? movie.awards).map(award)),
    reviews: defined(list(movie.review).map(review)),
  };
  // Leave out the lists the page did not fill, so the film looks as if written by hand.
  for (const [key, value] of Object.entries(film)) if (Array.isArray(value) && value.length === 0) delete film[key];
  return film as FilmInput;
}

/** "Academy Award for Best Actor" → { name: "Academy Award", category: "Best Actor" } */
function award(value: unknown): Json | undefined {
  const name = text(value);
  if (!name) return undefined;
  const split = / for /i.exec(name);
  return split
    ? { name: name.slice(0, split.index), category: name.slice(split.index + split[0].length), result: 'won' }
    : { name, category: name, result: 'won' };
}
