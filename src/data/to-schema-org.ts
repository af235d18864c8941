/**
 * A film as schema.org `Movie` JSON-LD for search engines, following Google's Movie (carousel) and
 * Review snippet guidelines: `name` and `image` (required), `dateCreated` (the release), `director`,
 * `review` and `aggregateRating` (recommended), plus `actor`, `author`, `duration`, `genre` and the
 * rest schema.org has a place for. What Google would refuse is left out rather than published wrong:
 *
 * - `aggregateRating` only for a score the site owns (a rating marked `own: true`) that has a count;
 *   third-party scores (IMDb, Rotten Tomatoes, Metacritic) are never published as the page's rating.
 * - `review` only for reviews with a rating (Google requires `reviewRating`); a verdict (Rotten
 *   Tomatoes' fresh or rotten) is a rating from -1 to 1, as Rotten Tomatoes publishes it.
 * - No `trailer`: a VideoObject needs a thumbnail and an upload date the film format does not have.
 *
 * `fromSchemaOrg(toSchemaOrg(film))` gives back every field both formats have (tested).
 */
import type { Film, Person } from './film.js';

/** How the JSON-LD is published. */
export interface SchemaOrgOptions {
  /** The page's own URL: the Movie's `url`, and what relative URLs (the poster's, links) are resolved against. */
  url?: string;
}

type Json = Record<string, unknown>;

const defined = <T extends Json>(value: T): T => {
  for (const key of Object.keys(value))
    if (value[key] === undefined || (Array.isArray(value[key]) && (value[key] as unknown[]).length === 0)) delete value[key];
  return value;
};

/** 112 → "PT1H52M". */
const isoDuration = (minutes: number) =>
  `PT${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 || !Math.floor(minutes / 60) ? `${minutes % 60}M` : ''}`;

/** The film's date: its first release in its year (or the year alone), else its first release. */
function filmDate(film: Film): string | undefined {
  const dates = (film.releases ?? []).map((r) => r.date).sort();
  if (film.year === undefined) return dates[0];
  return dates.find((date) => date.startsWith(`${String(film.year).padStart(4, '0')}`)) ?? String(film.year).padStart(4, '0');
}

const TRAILER = /trailer/i;

/** Maps a (parsed) film onto a schema.org Movie for a page's `<script type="application/ld+json">`. */
export function toSchemaOrg(film: Film, options: SchemaOrgOptions = {}): Json {
  const absolute = (url: string | undefined) => {
    if (url === undefined || !options.url) return url;
    try {
      return new URL(url, options.url).href;
    } catch {
      return url;
    }
  };
  const person = ({ name, url }: Person) => defined({ '@type': 'Person', name, url: absolute(url) });
  const poster = film.poster;
  const own = (film.ratings ?? []).find((rating) => rating.own && rating.count !== undefined && rating.count > 0);
  const basedOn = film.basedOn;
  return defined({
    '@context': 'https://schema.org',
    '@type': 'Movie',
    url: options.url,
    name: film.title,
    alternateName: film.originalTitle !== film.title ? film.originalTitle : undefined,
    image:
      poster &&
      (poster.alt !== undefined || poster.width !== undefined || poster.height !== undefined
        ? defined({ '@type': 'ImageObject', url: absolute(poster.src), caption: poster.alt, width: poster.width, height: poster.height })
        : absolute(poster.src)),
    dateCreated: filmDate(film),
    description: film.synopsis,
    duration: film.runtime ? isoDuration(film.runtime) : undefined,
    contentRating: film.contentRating,
    genre: film.genres,
    countryOfOrigin: film.countries?.map((name) => ({ '@type': 'Country', name })),
    inLanguage: film.languages,
    director: film.directors?.map(person),
    author: film.writers?.map(person),
    actor: film.cast?.map((member) =>
      member.character ? { '@type': 'PerformanceRole', actor: person(member), characterName: member.character } : person(member),
    ),
    producer: film.crew?.filter((c) => c.role === 'producer').map(person),
    musicBy: film.crew?.filter((c) => c.role === 'music').map(person),
    isBasedOn:
      basedOn &&
      defined({
        '@type': basedOn.kind === 'novel' ? 'Book' : 'CreativeWork',
        name: basedOn.title,
        author: basedOn.author !== undefined ? { '@type': 'Person', name: basedOn.author } : undefined,
        datePublished: basedOn.year !== undefined ? String(basedOn.year).padStart(4, '0') : undefined,
        genre: basedOn.kind !== 'novel' ? basedOn.kind : undefined,
      }),
    releasedEvent: film.releases?.map((release) =>
      defined({
        '@type': 'PublicationEvent',
        startDate: release.date,
        location: release.region !== undefined ? { '@type': 'Country', name: release.region } : undefined,
        name: release.kind,
        description: release.note,
      }),
    ),
    award: film.awards?.filter((a) => a.result === 'won').map((a) => (a.category === a.name ? a.name : `${a.name} for ${a.category}`)),
    sameAs: film.links?.filter((link) => !TRAILER.test(link.label)).map((link) => absolute(link.url)),
    aggregateRating:
      own &&
      defined({
        '@type': 'AggregateRating',
        name: own.source,
        ratingValue: own.value,
        bestRating: own.max,
        worstRating: 0,
        ratingCount: own.count,
      }),
    review: film.reviews
      ?.filter((review) => review.rating || review.verdict)
      .map((review) =>
        defined({
          '@type': 'Review',
          author: { '@type': 'Person', name: review.author },
          publisher: review.outlet !== undefined ? { '@type': 'Organization', name: review.outlet } : undefined,
          datePublished: review.date,
          name: review.title,
          reviewBody: review.text,
          url: absolute(review.url),
          reviewRating: review.rating
            ? { '@type': 'Rating', ratingValue: review.rating.value, bestRating: review.rating.max, worstRating: 0 }
            : { '@type': 'Rating', ratingValue: review.verdict === 'positive' ? 1 : -1, bestRating: 1, worstRating: -1 },
        }),
      ),
  });
}

/**
 * The text of a `<script type="application/ld+json">` holding the film's JSON-LD, safe to put between
 * the tags as it is: `<` is written `\u003c` (so no `</script>` or `<!--` in data can end or bend
 * the script), and U+2028 / U+2029 are escaped too. Still JSON, with the same value.
 */
export function jsonLdScript(film: Film, options: SchemaOrgOptions = {}): string {
  return JSON.stringify(toSchemaOrg(film, options)).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
