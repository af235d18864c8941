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
  ratingsOf: (title: string) => `Ratings of ${title}`,
  /** The one accessible name of a score: "Metacritic: 82 out of 100, universal acclaim". */
  ratingName: (source: string, score: string, band?: string) => (band ? `${source}: ${score}, ${band.toLowerCase()}` : `${source}: ${score}`),
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
  ratingKind: { critics: 'Critics score', audience: 'Audience score' } as Record<'critics' | 'audience', string>,
  /** Reviews behind a critics score, ratings (votes) behind any other. `count` is already formatted. */
  ratingCount: (n: number, count: string, critics: boolean) =>
    (pluralCategory(n, 'en') === 'one' ? (critics ? '# review' : '# rating') : critics ? '# reviews' : '# ratings').replace('#', count),
  ratingAverage: (score: string) => `Average rating: ${score}`,
  ratingAverageShort: (score: string) => `avg. ${score}`,
  ratingLink: (source: string) => `See on ${source}`,
  // <film-awards-list>
  awardResult: { won: 'Won', nominated: 'Nominated', 'runner-up': 'Runner-up' } as Record<'won' | 'nominated' | 'runner-up', string>,
  awardCount: {
    won: (n: number) => plural('en', n, { one: '# win', other: '# wins' }),
    nominated: (n: number) => plural('en', n, { one: '# nomination', other: '# nominations' }),
    'runner-up': (n: number) => plural('en', n, { one: '# runner-up', other: '# runner-up' }),
  } as Record<'won' | 'nominated' | 'runner-up', (n: number) => string>,
  /** `hidden` is a list of counts ("14 nominations, 3 runner-up"), or empty when nothing is hidden. */
  awardsWinsOnly: (hidden: string) => (hidden ? `Showing wins only; ${hidden} hidden.` : 'Showing wins only.'),
  awardsHidden: (hidden: string) => `${hidden} hidden`,
  awardsByCeremony: 'Awards by ceremony',
  awardsByPerson: 'Awards by person',
  awardsTheFilm: 'the film',
  awardsWith: (names: string) => `with ${names}`,
  awardsShowAll: (n: number, byPerson: boolean) =>
    plural('en', n, byPerson ? { one: 'Show # nominee', other: 'Show all # nominees' } : { one: 'Show # ceremony', other: 'Show all # ceremonies' }),
  awardsShowFewer: 'Show fewer',
  // <film-review-carousel>
  reviewsOf: (title: string) => `Reviews of ${title}`,
  slideOf: (n: number, total: number) => `${formatNumber(n, 'en')} of ${formatNumber(total, 'en')}`,
  slidePosition: (n: number, total: number) => `${formatNumber(n, 'en')} / ${formatNumber(total, 'en')}`,
  previousReview: 'Previous review',
  nextReview: 'Next review',
  startRotation: 'Start automatic slide show',
  stopRotation: 'Stop automatic slide show',
  chooseReview: 'Choose a review',
  reviewNumber: (n: number) => `Review ${formatNumber(n, 'en')}`,
  goToReview: 'Go to review',
  reviewKind: { critic: 'Critic', audience: 'Audience' } as Record<string, string>,
  ratedOutOf: (value: string, max: string) => `Rated ${value} out of ${max}`,
  fullReview: 'Full review',
  fullReviewAt: (outlet: string) => `Full review at ${outlet}`,
  // <film-soundtrack>
  albumLabel: 'Label',
  catalogNumber: 'Catalogue number',
  albumReleased: 'Released',
  musicBy: 'Music by',
  featuring: 'Featuring',
  otherPerformers: (n: number) => plural('en', n, { one: '# other', other: '# others' }),
  tracklist: 'Tracklist',
  albumNotes: 'Notes',
  side: (side: string) => `Side ${side}`,
  disc: (disc: string) => `Disc ${disc}`,
  trackCount: (n: number) => plural('en', n, { one: '# track', other: '# tracks' }),
  totalTime: 'total time',
  performedBy: 'performed by',
  songWriters: (names: string) => `written by ${names}`,
  highlightedTrack: 'highlighted',
  performerFilter: (performer: string, shown: number, total: number) =>
    `Tracks performed by ${performer}: ${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} shown, ${formatNumber(total - shown, 'en')} hidden`,
  showAllTracks: (n: number) => plural('en', n, { one: 'Show all # track', other: 'Show all # tracks' }),
  showFewerTracks: 'Show fewer tracks',
  noTracks: 'No tracks listed.',
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
  // <film-ratings-badge>
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
  ratingKind: { critics: 'Note de la critique', audience: 'Note du public' },
  ratingCount: (n, count, critics) =>
    (pluralCategory(n, 'fr') === 'one' ? (critics ? '# critique' : '# vote') : critics ? '# critiques' : '# votes').replace('#', count),
  ratingAverage: (score) => `Note moyenne\u00a0: ${score}`,
  ratingAverageShort: (score) => `moy. ${score}`,
  ratingLink: (source) => `Voir sur ${source}`,
  // <film-awards-list>
  awardResult: { won: 'Victoire', nominated: 'Nomination', 'runner-up': 'Deuxième place' },
  awardCount: {
    won: (n) => plural('fr', n, { one: '# victoire', other: '# victoires' }),
    nominated: (n) => plural('fr', n, { one: '# nomination', other: '# nominations' }),
    'runner-up': (n) => plural('fr', n, { one: '# deuxième place', other: '# deuxièmes places' }),
  },
  awardsWinsOnly: (hidden) => (hidden ? `Victoires seulement\u00a0; non affichées\u00a0: ${hidden}.` : 'Victoires seulement.'),
  awardsHidden: (hidden) => `non affichées\u00a0: ${hidden}`,
  awardsByCeremony: 'Récompenses par cérémonie',
  awardsByPerson: 'Récompenses par personne',
  awardsTheFilm: 'le film',
  awardsWith: (names) => `avec ${names}`,
  awardsShowAll: (n, byPerson) =>
    plural('fr', n, byPerson ? { one: 'Afficher # nommé', other: 'Afficher les # nommés' } : { one: 'Afficher # cérémonie', other: 'Afficher les # cérémonies' }),
  awardsShowFewer: 'Afficher moins',
  // <film-review-carousel>
  reviewsOf: (title) => `Critiques de ${title}`,
  slideOf: (n, total) => `${formatNumber(n, 'fr')} sur ${formatNumber(total, 'fr')}`,
  slidePosition: (n, total) => `${formatNumber(n, 'fr')} / ${formatNumber(total, 'fr')}`,
  previousReview: 'Critique précédente',
  nextReview: 'Critique suivante',
  startRotation: 'Démarrer le défilement automatique',
  stopRotation: 'Arrêter le défilement automatique',
  chooseReview: 'Choisir une critique',
  reviewNumber: (n) => `Critique ${formatNumber(n, 'fr')}`,
  goToReview: 'Aller à la critique',
  reviewKind: { critic: 'Critique de presse', audience: 'Spectateur' },
  ratedOutOf: (value, max) => `Noté ${value} sur ${max}`,
  fullReview: 'Critique complète',
  fullReviewAt: (outlet) => `Critique complète sur ${outlet}`,
  // <film-soundtrack>
  albumLabel: 'Label',
  catalogNumber: 'Référence',
  albumReleased: 'Parution',
  musicBy: 'Musique',
  featuring: 'Avec',
  otherPerformers: (n) => plural('fr', n, { one: '# autre', other: '# autres' }),
  tracklist: 'Liste des titres',
  albumNotes: 'Notes',
  side: (side) => `Face ${side}`,
  disc: (disc) => `Disque ${disc}`,
  trackCount: (n) => plural('fr', n, { one: '# titre', other: '# titres' }),
  totalTime: 'durée totale',
  performedBy: 'interprété par',
  songWriters: (names) => `écrit par ${names}`,
  highlightedTrack: 'mis en évidence',
  performerFilter: (performer, shown, total) =>
    `Titres interprétés par ${performer} : ${plural('fr', shown, { one: '# sur ' + formatNumber(total, 'fr') + ' affiché', other: '# sur ' + formatNumber(total, 'fr') + ' affichés' })}, ${plural('fr', total - shown, { one: '# masqué', other: '# masqués' })}`,
  showAllTracks: (n) => plural('fr', n, { one: 'Afficher # titre', other: 'Afficher les # titres' }),
  showFewerTracks: 'Afficher moins de titres',
  noTracks: 'Aucun titre répertorié.',
};

const tables: Record<string, Strings> = { en, fr };

/** The table for a BCP 47 locale ("fr-CA" → French), English when the language has none. */
export function strings(locale: string): Strings {
  return tables[locale.toLowerCase().split('-')[0]!] ?? en;
}
