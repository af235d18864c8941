/**
 * The DOM of `<film-ratings-badge>` (src/elements/film-ratings-badge/film-ratings-badge.ts), `full`
 * variant, for the baselines. The tooltips are rendered (hidden, as ours are until hovered or focused);
 * the baselines don't wire up their behaviour.
 */
import type { Rating } from '../../src/data/film.js';
import type { BadgeStrings as Strings } from '../../src/elements/film-ratings-badge/film-ratings-badge.strings.js';
import { ratingText } from '../../src/elements/film-ratings-badge/rating-text.js';
import { externalLink, type Child, type H } from './h.js';

const stars = <N>(h: H<N>, fraction: number) =>
  h.svg(
    'svg',
    { part: 'stars', class: 'stars', viewBox: '0 0 5 1', preserveAspectRatio: 'none' },
    h.svg('rect', { class: 'track', width: '5', height: '1' }),
    h.svg('rect', { class: 'fill', width: (fraction * 5).toFixed(3), height: '1' }),
  );

function ratingView<N>(h: H<N>, rating: Rating, i: number, s: Strings, locale: string): N {
  const { scale, tone, fraction, shown, bandWord, name, meta, count, average } = ratingText(rating, s, locale);
  const details = [
    rating.kind && h('span', { class: 'tip-kind' }, s.ratingKind[rating.kind]),
    count,
    average,
    rating.summary && h('q', null, rating.summary),
    rating.url && externalLink(h, rating.url, s.ratingLink({ source: rating.source })),
  ].filter(Boolean) as Child<N>[];
  const tip = details.length ? `tip-${i}` : undefined;
  return h(
    'li',
    { key: i, part: 'item', class: `item ${tone ?? 'neutral'}` },
    h(
      'span',
      { class: 'trigger', role: 'img', 'aria-label': name, 'aria-describedby': tip, tabindex: tip ? 0 : undefined },
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
  return h(
    'ul',
    { part: 'base list', class: 'list', 'aria-label': s.ratingsOf({ title }) },
    ratings.map((rating, i) => ratingView(h, rating, i, s, locale)),
  );
}
