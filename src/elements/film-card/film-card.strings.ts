/** UI strings of <film-card>, one table per language; English is the reference (the type keeps them in step). */
import { plural, type Translations } from '../../internal/i18n.js';

const en = {
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
  releaseKind: {
    limited: 'limited',
    wide: 'wide',
    festival: 'festival',
    premiere: 'premiere',
    dvd: 'DVD',
    vhs: 'VHS',
    streaming: 'streaming',
    tv: 'TV',
  } as Record<string, string>,
  wonAward: (award: string) => `Won ${award}`,
  awardsSummary: (wins: number, nominations: number) =>
    [
      wins ? plural('en', wins, { one: '# win', other: '# wins' }) : '',
      nominations ? plural('en', nominations, { one: '# nomination', other: '# nominations' }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  scoreOutOf: (value: string, max: string) => `${value} out of ${max}`,
  ratingsAndAwards: 'Ratings and awards',
};

export type Strings = typeof en;

const fr: Strings = {
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
  releaseKind: {
    limited: 'sortie limitée',
    wide: 'sortie nationale',
    festival: 'festival',
    premiere: 'avant-première',
    dvd: 'DVD',
    vhs: 'VHS',
    streaming: 'streaming',
    tv: 'télévision',
  },
  wonAward: (award) => `Lauréat : ${award}`,
  awardsSummary: (wins, nominations) =>
    [
      wins ? plural('fr', wins, { one: '# victoire', other: '# victoires' }) : '',
      nominations ? plural('fr', nominations, { one: '# nomination', other: '# nominations' }) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  scoreOutOf: (value, max) => `${value} sur ${max}`,
  ratingsAndAwards: 'Notes et récompenses',
};

export const translations: Translations<Strings> = { en, fr };
