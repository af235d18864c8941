/**
 * schema.org `Movie` JSON-LD, as film sites publish it, mapped onto our film format. Real pages are
 * loose: any property may be one value or a list, people may be `Person` or `PerformanceRole`, numbers
 * may be strings, and strings may still hold HTML entities (`&apos;`). Whatever this mapping produces
 * is validated like any other input afterwards, so it only has to be faithful, not strict.
 */
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

const typesOf = (node: Json): string[] => list(node['@type']).filter((t): t is string => typeof t === 'string');

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

const urlOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : isObject(value) ? (text(value.url) ?? text(value.contentUrl) ?? text(value.embedUrl)) : undefined;

function person(value: unknown): { name: string; url?: string } | undefined {
  const name = text(value);
  if (!name) return undefined;
  const url = isObject(value) && typeof value.url === 'string' ? value.url : undefined;
  return url ? { name, url } : { name };
}

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((x): x is T => x !== undefined);

// The test lives beside parseInput (read.ts): format detection is needed up front, the mapping only for JSON-LD.
export { isSchemaOrg } from './read.js';

/** The Movie node of a JSON-LD document: the object itself, a member of `@graph`, or of a top-level list. */
function findMovie(input: unknown): Json | undefined {
  const nodes = Array.isArray(input) ? input : isObject(input) && Array.isArray(input['@graph']) ? input['@graph'] : [input];
  const objects = nodes.filter(isObject);
  return (
    objects.find((node) => typesOf(node).some((t) => /^(schema:)?(Movie|Film)$/.test(t))) ??
    objects.find((node) => typeof node.name === 'string')
  );
}

function rating(value: unknown, fallbackSource: string): Json | undefined {
  if (!isObject(value)) return undefined;
  const ratingValue = number(value.ratingValue);
  if (ratingValue === undefined) return undefined;
  const best = number(value.bestRating) ?? 5; // schema.org's default scale is 1–5
  const count = wholeNumber(value.ratingCount) ?? wholeNumber(value.reviewCount);
  const source = text(value.author) ?? text(value.publisher) ?? text(value.name) ?? fallbackSource;
  return { source, value: ratingValue, max: best, ...(count !== undefined && { count }) };
}

function review(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  const reviewRating = isObject(value.reviewRating) ? value.reviewRating : undefined;
  const ratingValue = number(reviewRating?.ratingValue);
  const date = isoDateOf(value.datePublished);
  const body = text(value.reviewBody) ?? text(value.description);
  if (!body) return undefined; // a review without text has nothing to show
  return {
    author: text(value.author) ?? 'Anonymous',
    ...(text(value.publisher) && { outlet: text(value.publisher) }),
    ...(date && { date }),
    ...(ratingValue !== undefined && { rating: { value: ratingValue, max: number(reviewRating?.bestRating) ?? 5 } }),
    ...(text(value.name) && { title: text(value.name) }),
    text: body,
    ...(typeof value.url === 'string' && { url: value.url }),
  };
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

/** Maps a schema.org Movie (or a document containing one) onto the film format. */
export function fromSchemaOrg(input: unknown): unknown {
  const movie = findMovie(input);
  if (!movie) return input;
  const published = isoDateOf(movie.datePublished) ?? isoDateOf(movie.dateCreated);
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const image = list(movie.image)[0];
  const cast = list(movie.actor ?? movie.actors).flatMap((entry) => {
    // A PerformanceRole wraps the actor(s) and names the character.
    if (isObject(entry) && typesOf(entry).includes('PerformanceRole')) {
      const character = text(entry.characterName);
      return defined(list(entry.actor).map(person)).map((p) => (character ? { ...p, character } : p));
    }
    return defined([person(entry)]);
  });
  const trailer = urlOf(list(movie.trailer)[0]);
  const film: Json = {
    title: text(movie.name) ?? '',
    ...(text(movie.alternateName) && { originalTitle: text(movie.alternateName) }),
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
    directors: defined(list(movie.director).map(person)),
    writers: defined(list(movie.author).map(person)),
    cast,
    crew: defined(list(movie.musicBy).map(person)).map((p) => ({ ...p, role: 'music' })),
    ...(published && published.length === 10 && { releases: [{ date: published }] }),
    links: trailer ? [{ label: 'Trailer', url: trailer }] : [],
    ratings: defined([rating(movie.aggregateRating, 'Users')]),
    awards: defined(list(movie.award ?? movie.awards).map(award)),
    reviews: defined(list(movie.review).map(review)),
  };
  // Leave out the lists the page did not fill, so the film looks as if written by hand.
  for (const [key, value] of Object.entries(film)) if (Array.isArray(value) && value.length === 0) delete film[key];
  return film;
}
