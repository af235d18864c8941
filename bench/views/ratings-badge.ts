/**
 * The DOM of `<film-ratings-badge>` (src/elements/film-ratings-badge/film-ratings-badge.ts), `full`
 * variant, for the baselines. The tooltips are rendered (hidden, as ours are until hovered or focused);
 * the baselines don't wire up their behaviour.
 */
import type { Rating } from '../../src/data/film.js';
import { formatNumber } from '../../src/data/format.js';
import type { Strings } from '../../src/elements/film-ratings-badge/film-ratings-badge.strings.js';
import { externalLink, type Child, type H } from './h.js';

type Band = keyof Strings['ratingBand'];

function read(rating: Rating): { scale: 'hundred' | 'percent' | 'stars' | 'plain'; band?: Band; tone?: string } {
  const { value, max, unit, kind } = rating;
  if (unit === '%') {
    const good = (value / max) * 100 >= 60;
    const band = kind === 'audience' ? (good ? 'positive' : 'negative') : good ? 'fresh' : 'rotten';
    return { scale: 'percent', band, tone: good ? 'positive' : 'negative' };
  }
  if (max === 100) {
    const [band, tone]: [Band, string] =
      value >= 81 ? ['acclaim', 'positive'] : value >= 61 ? ['favourable', 'positive'] : value >= 40 ? ['mixed', 'mixed'] : value >= 20 ? ['unfavourable', 'negative'] : ['dislike', 'negative'];
    return { scale: 'hundred', band, tone };
  }
  return { scale: max <= 10 ? 'stars' : 'plain' };
}

const stars = <N>(h: H<N>, fraction: number) =>
  h.svg(
    'svg',
    { part: 'stars', class: 'stars', viewBox: '0 0 5 1', preserveAspectRatio: 'none' },
    h.svg('rect', { class: 'track', width: '5', height: '1' }),
    h.svg('rect', { class: 'fill', width: (fraction * 5).toFixed(3), height: '1' }),
  );

function ratingView<N>(h: H<N>, rating: Rating, i: number, s: Strings, locale: string): N {
  const { scale, band, tone } = read(rating);
  const fraction = rating.value / rating.max;
  const number = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 2 });
  const outOf = (value: number, max: number) => s.scoreOutOf(number(value), number(max));
  const shown =
    scale === 'percent'
      ? formatNumber(fraction, locale, { style: 'percent', maximumFractionDigits: 1 })
      : scale === 'hundred'
        ? number(rating.value)
        : `${number(rating.value)}/${number(rating.max)}`;
  const spoken = scale === 'percent' ? shown : outOf(rating.value, rating.max);
  const bandWord = band && s.ratingBand[band];
  const critics = rating.kind === 'critics';
  const count = (compact: boolean) =>
    rating.count === undefined ? undefined : s.ratingCount(rating.count, formatNumber(rating.count, locale, compact ? { notation: 'compact' } : {}), critics);
  const meta = [count(true), rating.average && s.ratingAverageShort(`${number(rating.average.value)}/${number(rating.average.max)}`)].filter(Boolean);
  const details = [
    rating.kind && h('span', { class: 'tip-kind' }, s.ratingKind[rating.kind]),
    count(false),
    rating.average && s.ratingAverage(outOf(rating.average.value, rating.average.max)),
    rating.summary && h('q', null, rating.summary),
    rating.url && externalLink(h, rating.url, s.ratingLink(rating.source)),
  ].filter(Boolean) as Child<N>[];
  const tip = details.length ? `tip-${i}` : undefined;
  return h(
    'li',
    { key: i, part: 'item', class: `item ${tone ?? 'neutral'}` },
    h(
      'span',
      { class: 'trigger', role: 'img', 'aria-label': s.ratingName(rating.source, spoken, bandWord), 'aria-describedby': tip, tabindex: tip ? 0 : undefined },
      h(
        'span',
        { class: 'visual', 'aria-hidden': 'true' },
        h('span', { part: 'score', class: `score is-${scale}` }, shown),
        h(
          'span',
          { class: 'text' },
          h('span', { part: 'source-name', class: 'source' }, rating.source),
          bandWord ? h('span', { part: 'band', class: 'band' }, bandWord) : null,
          scale === 'stars' ? stars(h, fraction) : null,
          meta.length ? h('span', { part: 'meta', class: 'meta' }, meta.join(' · ')) : null,
        ),
      ),
    ),
    tip
      ? h(
          'div',
          { role: 'tooltip', id: tip, part: 'tooltip', class: 'tip' },
          details.map((detail, j) => h('div', { key: j }, detail, ' ')),
          h('span', { 'data-arrow': '' }),
        )
      : null,
  );
}

export function ratingsBadgeView<N>(h: H<N>, title: string, ratings: readonly Rating[], s: Strings, locale: string): N | null {
  if (!ratings.length) return null;
  return h('ul', { part: 'list', class: 'list', 'aria-label': s.ratingsOf(title) }, ratings.map((rating, i) => ratingView(h, rating, i, s, locale)));
}
