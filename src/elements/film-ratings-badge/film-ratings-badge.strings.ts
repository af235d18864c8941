/** UI strings of <film-ratings-badge> in English: the reference every language in src/locales/ translates. */
import { defineStrings } from '../../internal/i18n.js';

export const badgeMessages = {
  /** The list's accessible name. */
  ratingsOf: 'Ratings of {title}',
  /** The one accessible name of a score: "Metacritic: 82 out of 100". */
  ratingName: '{source}: {score}',
  /** …and with its band, in the middle of a sentence: "Metacritic: 82 out of 100, universal acclaim". */
  ratingNameWithBand: '{source}: {score}, {band:lower}',
  /** Metacritic's bands on /100, fresh or rotten (critics) and mostly positive or negative (audience) on %. */
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
  },
  ratingKind: { critic: 'Critics score', audience: 'Audience score' },
  /** Reviews behind a critics score; `{count}` may be short ("1.2K"). */
  reviewCount: { one: '{count} review', other: '{count} reviews' },
  /** Ratings (votes) behind any other score. */
  voteCount: { one: '{count} rating', other: '{count} ratings' },
  ratingAverage: 'Average rating: {score}',
  /** Short, on the badge itself: "avg. 7.7/10". */
  ratingAverageShort: 'avg. {score}',
  ratingLink: 'See on {source}',
  scoreOutOf: '{value} out of {max}',
} as const;

export const badgeStrings = defineStrings('badge', badgeMessages);
export type BadgeStrings = ReturnType<typeof badgeStrings>;
