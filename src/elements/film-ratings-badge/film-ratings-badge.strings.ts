/** UI strings of <film-ratings-badge>, one table per language; English is the reference (the type keeps them in step). */
import type { Kind } from '../../data/film.js';
import { pluralCategory } from '../../data/format.js';
import type { Translations } from '../../internal/i18n.js';

const en = {
  ratingsOf: (title: string) => `Ratings of ${title}`,
  /** The one accessible name of a score: "Metacritic: 82 out of 100, universal acclaim". */
  ratingName: (source: string, score: string, band?: string) =>
    band ? `${source}: ${score}, ${band.toLowerCase()}` : `${source}: ${score}`,
  ratingBand: {
    acclaim: 'Universal acclaim',
    favourable: 'Generally favourable',
    mixed: 'Mixed or average',
    unfavourable: 'Generally unfavourable',
    dislike: 'Overwhelming dislike',
    fresh: 'Fresh',
    rotten: 'Rotten',
    positive: 'Mostly positive',
    negative: 'Mostly negative',
  } as Record<'acclaim' | 'favourable' | 'mixed' | 'unfavourable' | 'dislike' | 'fresh' | 'rotten' | 'positive' | 'negative', string>,
  ratingKind: { critic: 'Critics score', audience: 'Audience score' } as Record<Kind, string>,
  /** Reviews behind a critics score, ratings (votes) behind any other. `count` is already formatted. */
  ratingCount: (n: number, count: string, critics: boolean) =>
    (pluralCategory(n, 'en') === 'one' ? (critics ? '# review' : '# rating') : critics ? '# reviews' : '# ratings').replace('#', count),
  ratingAverage: (score: string) => `Average rating: ${score}`,
  ratingAverageShort: (score: string) => `avg. ${score}`,
  ratingLink: (source: string) => `See on ${source}`,
  scoreOutOf: (value: string, max: string) => `${value} out of ${max}`,
};

export type Strings = typeof en;

const fr: Strings = {
  ratingsOf: (title) => `Notes de ${title}`,
  ratingName: (source, score, band) => (band ? `${source}\u00a0: ${score}, ${band.toLowerCase()}` : `${source}\u00a0: ${score}`),
  ratingBand: {
    acclaim: 'Acclamation générale',
    favourable: 'Généralement favorable',
    mixed: 'Mitigé ou moyen',
    unfavourable: 'Généralement défavorable',
    dislike: 'Rejet massif',
    fresh: 'Frais',
    rotten: 'Pourri',
    positive: 'Plutôt positif',
    negative: 'Plutôt négatif',
  },
  ratingKind: { critic: 'Note de la critique', audience: 'Note du public' },
  ratingCount: (n, count, critics) =>
    (pluralCategory(n, 'fr') === 'one' ? (critics ? '# critique' : '# vote') : critics ? '# critiques' : '# votes').replace('#', count),
  ratingAverage: (score) => `Note moyenne\u00a0: ${score}`,
  ratingAverageShort: (score) => `moy. ${score}`,
  ratingLink: (source) => `Voir sur ${source}`,
  scoreOutOf: (value, max) => `${value} sur ${max}`,
};

export const translations: Translations<Strings> = { en, fr };
