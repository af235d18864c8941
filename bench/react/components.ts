/**
 * React 19 components producing the same DOM as our elements, in light DOM: each renders a root `div`
 * (standing in for our host element, with the element's stylesheet scoped to its class, see css.ts)
 * around the same content our shadow roots hold. Props: `film` as JSON text (parsed once for a run of
 * identical texts, like ours) or as an object. Written the way React code usually is: state in
 * hooks, layout measured in `useLayoutEffect`, the carousel's methods on a ref.
 */
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactElement, type Ref } from 'react';

import type { Film, Review } from '../../src/data/film.js';
import { awardsStrings } from '../../src/elements/film-awards-list/film-awards-list.strings.js';
import { styles as awardsStyles } from '../../src/elements/film-awards-list/film-awards-list.styles.js';
import { cardStrings } from '../../src/elements/film-card/film-card.strings.js';
import { styles as cardStyles } from '../../src/elements/film-card/film-card.styles.js';
import { badgeStrings } from '../../src/elements/film-ratings-badge/film-ratings-badge.strings.js';
import { styles as badgeStyles } from '../../src/elements/film-ratings-badge/film-ratings-badge.styles.js';
import { carouselStrings } from '../../src/elements/film-review-carousel/film-review-carousel.strings.js';
import { styles as carouselStyles } from '../../src/elements/film-review-carousel/film-review-carousel.styles.js';
import { soundtrackStrings } from '../../src/elements/film-soundtrack/film-soundtrack.strings.js';
import { styles as soundtrackStyles } from '../../src/elements/film-soundtrack/film-soundtrack.styles.js';
import { baseStyles } from '../../src/internal/styles.js';
import { tooltipStyles } from '../../src/internal/tooltip.js';
import { awardsListView, groupAwards } from '../views/awards-list.js';
import { cardView, initialCardState, type CardState } from '../views/card.js';
import { carouselView, positions } from '../views/carousel.js';
import { filmFromJson, normalizeFilm } from '../views/film-data.js';
import { ratingsBadgeView } from '../views/ratings-badge.js';
import { deriveSoundtrack, initialSoundtrackState, soundtrackView } from '../views/soundtrack.js';
import { installStyles } from './css.js';
import { h } from './h.js';

export type FilmProp = string | Record<string, unknown>;

const locale = 'en';
const toFilm = (film: FilmProp): Film => (typeof film === 'string' ? filmFromJson(film) : normalizeFilm(film));

/** State that starts over when the film changes (React's "adjust state during render" pattern). */
function usePerFilm<T>(film: Film, initial: () => T): [T, (value: T) => void] {
  const [state, setState] = useState(() => ({ film, value: initial() }));
  if (state.film !== film) {
    const fresh = { film, value: initial() };
    setState(fresh);
    return [fresh.value, (value) => setState({ film, value })];
  }
  return [state.value, (value) => setState({ film, value })];
}

export function FilmCard({ film }: { film: FilmProp }): ReactElement {
  installStyles('react-film-card', [baseStyles, cardStyles]);
  const data = toFilm(film);
  const [state, setState] = usePerFilm<CardState>(data, initialCardState);
  const actions = {
    posterError: () => setState({ ...state, posterFailed: true }),
    toggleCast: () => setState({ ...state, castExpanded: !state.castExpanded }),
    toggleSynopsis: () => setState({ ...state, synopsisExpanded: !state.synopsisExpanded }),
  };
  return h('div', { class: 'react-film-card' }, cardView(h, data, state, actions, cardStrings(locale), locale));
}

export function FilmSoundtrack({ film }: { film: FilmProp }): ReactElement {
  installStyles('react-film-soundtrack', [baseStyles, soundtrackStyles]);
  const data = toFilm(film);
  const [expanded, setExpanded] = usePerFilm(data, () => false);
  const s = soundtrackStrings(locale);
  const view = useMemo(() => data.soundtrack && deriveSoundtrack(data.soundtrack, s), [data, s]);
  return h(
    'div',
    { class: 'react-film-soundtrack' },
    view ? soundtrackView(h, view, { ...initialSoundtrackState(), expanded }, () => setExpanded(!expanded), s, locale) : null,
  );
}

export interface CarouselApi {
  next(): void;
  previous(): void;
  goTo(index: number): void;
}

export function FilmReviewCarousel({ film, ref }: { film: FilmProp; ref?: Ref<CarouselApi> }): ReactElement {
  installStyles('react-film-review-carousel', [baseStyles, carouselStyles]);
  const data = toFilm(film);
  const reviews = data.reviews ?? [];
  const [index, setIndex] = usePerFilm(data, () => 0);
  const [width, setWidth] = useState(0);
  const [overflows, setOverflows] = useState(() => new Map<Review, boolean>());
  const root = useRef<HTMLDivElement>(null);
  const last = positions(width, reviews.length) - 1;
  const goTo = (target: number) => setIndex(Math.max(0, Math.min(Math.round(target) || 0, last)));

  useImperativeHandle(
    ref,
    () => ({
      next: () => goTo(index >= last ? 0 : index + 1),
      previous: () => goTo(index === 0 ? last : index - 1),
      goTo,
    }),
    [index, last],
  );

  // Measure before paint: the width (slides per view) and which clamped texts really overflow.
  useLayoutEffect(() => {
    const element = root.current!;
    const measured = Math.round(element.clientWidth);
    if (measured !== width) return setWidth(measured);
    let changed: Map<Review, boolean> | undefined;
    for (const text of element.querySelectorAll<HTMLElement>('.text.clamped')) {
      const review = reviews[Number(text.id.slice('text-'.length))]!;
      const overflow = text.scrollHeight > text.clientHeight + 1;
      if (overflows.get(review) !== overflow) (changed ??= new Map(overflows)).set(review, overflow);
    }
    if (changed) setOverflows(changed);
  });

  return h(
    'div',
    { class: 'react-film-review-carousel', ref: root },
    carouselView(h, data.title, reviews, { index, width, overflows }, { move: goTo }, carouselStrings(locale), locale),
  );
}

export function FilmRatingsBadge({ film }: { film: FilmProp }): ReactElement {
  installStyles('react-film-ratings-badge', [baseStyles, tooltipStyles, badgeStyles]);
  const data = toFilm(film);
  return h(
    'div',
    { class: 'react-film-ratings-badge', variant: 'full' },
    ratingsBadgeView(h, data.title, data.ratings ?? [], badgeStrings(locale), locale),
  );
}

export function FilmAwardsList({ film }: { film: FilmProp }): ReactElement {
  installStyles('react-film-awards-list', [baseStyles, awardsStyles]);
  const data = toFilm(film);
  const groups = useMemo(() => groupAwards(data.awards ?? []), [data]);
  return h('div', { class: 'react-film-awards-list' }, awardsListView(h, data.awards ?? [], groups, awardsStrings(locale), locale));
}
