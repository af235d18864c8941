/** UI strings of <film-card> in English: the reference every language in src/locales/ translates. */
import { defineStrings } from '../../internal/i18n.js';

export const cardMessages = {
  posterOf: 'Poster of {title}',
  noPoster: 'No poster',
  directedBy: 'Directed by',
  writtenBy: 'Written by',
  basedOn: 'Based on',
  /** A source work and its author: "Leaving Las Vegas (novel, 1990) by John O'Brien"; `{work}` is the title and its details. */
  sourceBy: '{work} by {author}',
  cast: 'Cast',
  /**
   * After an actor's name, the character: "Nicolas Cage as Ben Sanderson". Only `{character}` is shown
   * (beside the name); the rest of the message is read out by screen readers.
   */
  asCharacter: 'as {character}',
  showAllCast: { one: 'Show all {count} cast member', other: 'Show all {count} cast members' },
  showFewerCast: 'Show fewer cast members',
  readMore: 'Read more',
  readLess: 'Read less',
  /** The list of every release: in cinemas, at festivals, on disc, streaming, on TV. */
  released: 'Released',
  distributor: 'Distributor',
  boxOffice: 'Box office',
  budget: 'Budget',
  runtime: 'Runtime',
  /** The content rating's tooltip: "Rated R". */
  rated: 'Rated {rating}',
  /**
   * Kinds of release, after the date and region: "27 October 1995 (United States, limited)". `limited`
   * and `wide`: in cinemas, in a few or in many; `digital`: to buy or rent online; `physical`: on DVD,
   * Blu-ray or other discs; `streaming`: on a subscription service; `tv`: broadcast.
   */
  releaseKind: {
    premiere: 'premiere',
    festival: 'festival',
    limited: 'limited',
    wide: 'wide',
    digital: 'digital',
    physical: 'physical',
    dvd: 'DVD',
    vhs: 'VHS',
    streaming: 'streaming',
    tv: 'TV',
  },
  /** The film's headline award, won by the film or one of its people: "Won Academy Awards – Best Actor". */
  wonAward: 'Won {award}',
  wins: { one: '{count} win', other: '{count} wins' },
  nominations: { one: '{count} nomination', other: '{count} nominations' },
  /** A score read out: "82 out of 100". */
  scoreOutOf: '{value} out of {max}',
  ratingsAndAwards: 'Ratings and awards',
} as const;

export const cardStrings = defineStrings('card', cardMessages);
export type CardStrings = ReturnType<typeof cardStrings>;
