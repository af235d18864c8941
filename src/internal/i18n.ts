/**
 * UI strings, one table per language. English is the reference: every other table must have the same
 * keys (the type says so). Functions take numbers already counted and format them for their language.
 * Each element has its own section; add a language by adding a table and listing it in `tables`.
 */
import { formatNumber, pluralCategory } from '../data/format.js';

const plural = (locale: string, n: number, forms: { one: string; other: string }) =>
  (pluralCategory(n, locale) === 'one' ? forms.one : forms.other).replace('#', formatNumber(n, locale));

const en = {
  // shared (FilmElement)
  loading: 'Loading film…',
  errorHeading: 'This film could not be shown',
  moreProblems: (n: number) => plural('en', n, { one: 'and # more problem', other: 'and # more problems' }),
  // <film-card>
  posterOf: (title: string) => `Poster of ${title}`,
  noPoster: 'No poster',
  directedBy: 'Directed by',
  writtenBy: 'Written by',
  basedOn: 'Based on',
  by: 'by',
  cast: 'Cast',
  as: 'as',
  showAllCast: (n: number) => plural('en', n, { one: 'Show all # cast member', other: 'Show all # cast members' }),
  showFewerCast: 'Show fewer cast members',
  readMore: 'Read more',
  readLess: 'Read less',
  released: 'Released',
  distributor: 'Distributor',
  boxOffice: 'Box office',
  budget: 'Budget',
  runtime: 'Runtime',
  rated: (rating: string) => `Rated ${rating}`,
  releaseKind: { limited: 'limited', wide: 'wide', festival: 'festival', premiere: 'premiere', dvd: 'DVD', vhs: 'VHS', streaming: 'streaming', tv: 'TV' } as Record<string, string>,
  wonAward: (award: string) => `Won ${award}`,
  awardsSummary: (wins: number, nominations: number) =>
    [wins ? plural('en', wins, { one: '# win', other: '# wins' }) : '', nominations ? plural('en', nominations, { one: '# nomination', other: '# nominations' }) : '']
      .filter(Boolean)
      .join(' · '),
  scoreOutOf: (value: string, max: string) => `${value} out of ${max}`,
  ratingsAndAwards: 'Ratings and awards',
  // <film-ratings-badge>
  // <film-awards-list>
  // <film-review-carousel>
  // <film-soundtrack>
};

export type Strings = typeof en;

const fr: Strings = {
  loading: 'Chargement du film…',
  errorHeading: 'Impossible d’afficher ce film',
  moreProblems: (n) => plural('fr', n, { one: 'et # autre problème', other: 'et # autres problèmes' }),
  posterOf: (title) => `Affiche de ${title}`,
  noPoster: 'Pas d’affiche',
  directedBy: 'Réalisé par',
  writtenBy: 'Scénario',
  basedOn: 'D’après',
  by: 'de',
  cast: 'Distribution',
  as: 'dans le rôle de',
  showAllCast: (n) => plural('fr', n, { one: 'Afficher # membre de la distribution', other: 'Afficher les # membres de la distribution' }),
  showFewerCast: 'Afficher moins',
  readMore: 'Lire la suite',
  readLess: 'Réduire',
  released: 'Sortie',
  distributor: 'Distribution commerciale',
  boxOffice: 'Box-office',
  budget: 'Budget',
  runtime: 'Durée',
  rated: (rating) => `Classé ${rating}`,
  releaseKind: { limited: 'sortie limitée', wide: 'sortie nationale', festival: 'festival', premiere: 'avant-première', dvd: 'DVD', vhs: 'VHS', streaming: 'streaming', tv: 'télévision' },
  wonAward: (award) => `Lauréat : ${award}`,
  awardsSummary: (wins, nominations) =>
    [wins ? plural('fr', wins, { one: '# victoire', other: '# victoires' }) : '', nominations ? plural('fr', nominations, { one: '# nomination', other: '# nominations' }) : '']
      .filter(Boolean)
      .join(' · '),
  scoreOutOf: (value, max) => `${value} sur ${max}`,
  ratingsAndAwards: 'Notes et récompenses',
};

const tables: Record<string, Strings> = { en, fr };

/** The table for a BCP 47 locale ("fr-CA" → French), English when the language has none. */
export function strings(locale: string): Strings {
  return tables[locale.toLowerCase().split('-')[0]!] ?? en;
}
