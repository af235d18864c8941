import type { Rating } from '../../data/film.js';
import { formatNumber } from '../../data/format.js';
import type { BadgeStrings } from './film-ratings-badge.strings.js';

type Band = keyof BadgeStrings['ratingBand'];

/** How a score is read and said: everything the badge shows of one rating, as text. */
export interface RatingText {
  scale: 'hundred' | 'percent' | 'stars' | 'plain';
  /** Colour class for /100 and percentages; the band word always goes with it. */
  tone?: 'positive' | 'mixed' | 'negative';
  /** value / max, 0–1: the star meter's fill. */
  fraction: number;
  /** The score as shown: "82", "92%", "7.1/10". */
  shown: string;
  /** "universal acclaim", "fresh", … for /100 and percentages. */
  bandWord?: string;
  /** The one accessible name that says it all: "Metacritic: 82 out of 100, universal acclaim". */
  name: string;
  /** The short line under the source: compact count, short average. */
  meta: string[];
  /** For the tooltip: the count in full, the average said out. */
  count?: string;
  average?: string;
}

/**
 * Metacritic's bands on /100 (81–100, 61–80, 40–60, 20–39, 0–19), a fresh/rotten line at 60 % for
 * percentages, stars for scales up to 10, the bare number for anything else. A pure function, kept out
 * of the element so the benchmark baselines (bench/views) produce the same text without copying it.
 */
export function ratingText(rating: Rating, s: BadgeStrings, locale: string): RatingText {
  const { value, max, unit, kind } = rating;
  let scale: RatingText['scale'] = max <= 10 ? 'stars' : 'plain';
  let band: Band | undefined;
  let tone: RatingText['tone'];
  if (unit === '%') {
    const good = (value / max) * 100 >= 60;
    scale = 'percent';
    band = kind === 'audience' ? (good ? 'positive' : 'negative') : good ? 'fresh' : 'rotten';
    tone = good ? 'positive' : 'negative';
  } else if (max === 100) {
    scale = 'hundred';
    [band, tone] =
      value >= 81
        ? ['acclaim', 'positive']
        : value >= 61
          ? ['favourable', 'positive']
          : value >= 40
            ? ['mixed', 'mixed']
            : value >= 20
              ? ['unfavourable', 'negative']
              : ['dislike', 'negative'];
  }

  const fraction = value / max;
  const number = (n: number) => formatNumber(n, locale, { maximumFractionDigits: 2 });
  const outOf = (n: number, of: number) => s.scoreOutOf({ value: number(n), max: number(of) });
  const shown =
    scale === 'percent'
      ? formatNumber(fraction, locale, { style: 'percent', maximumFractionDigits: 1 })
      : scale === 'hundred'
        ? number(value)
        : `${number(value)}/${number(max)}`;
  const bandWord = band && s.ratingBand[band];
  // Reviews behind a critics score, ratings (votes) behind any other.
  const counted = kind === 'critic' ? s.reviewCount : s.voteCount;
  const countText = (compact: boolean) =>
    rating.count === undefined
      ? undefined
      : counted(rating.count, { count: formatNumber(rating.count, locale, compact ? { notation: 'compact' } : {}) });
  const { average } = rating;
  return {
    scale,
    tone,
    fraction,
    shown,
    bandWord,
    name: (bandWord ? s.ratingNameWithBand : s.ratingName)({
      source: rating.source,
      score: scale === 'percent' ? shown : outOf(value, max),
      band: bandWord ?? '',
    }),
    meta: [countText(true), average && s.ratingAverageShort({ score: `${number(average.value)}/${number(average.max)}` })].filter(
      (text): text is string => !!text,
    ),
    count: countText(false),
    average: average && s.ratingAverage({ score: outOf(average.value, average.max) }),
  };
}
