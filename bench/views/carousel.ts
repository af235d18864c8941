/**
 * The DOM of `<film-review-carousel>` (src/elements/film-review-carousel/film-review-carousel.ts) with
 * its defaults (kind all, data order, no autoplay), for the baselines: the controls and the window of
 * slides around the current one. Swipe, drag, keys and rotation are left out: the baselines only
 * render and move. Which reviews show, in which order, and which texts are long enough for "Read
 * more" come from the element's own pure module (reviews.ts).
 */
import type { Review } from '../../src/data/film.js';
import { formatDate, formatNumber } from '../../src/data/format.js';
import type { CarouselStrings as Strings } from '../../src/elements/film-review-carousel/film-review-carousel.strings.js';
import { mayOverflow, selectReviews } from '../../src/elements/film-review-carousel/reviews.js';
import { disclosure, externalLink, type H } from './h.js';

/** Slides kept in the DOM on each side of the visible ones. */
export const BUFFER = 2;
const MAX_TABS = 16;

const star = 'M12 2.5l2.94 5.96 6.56.95-4.75 4.63 1.12 6.54L12 17.5l-5.87 3.08 1.12-6.54L2.5 9.41l6.56-.95z';
const stars = <N>(h: H<N>) => [0, 1, 2, 3, 4].map((i) => h.svg('path', { key: i, transform: `translate(${i * 24} 0)`, d: star }));
const icons = {
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
};
const icon = <N>(h: H<N>, shape: keyof typeof icons) =>
  h.svg(
    'svg',
    { class: `icon ${shape}`, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    h.svg('path', { d: icons[shape] }),
  );

export interface CarouselState {
  index: number;
  /** The element's measured width (0 until known). */
  width: number;
  /**
   * Reviews whose clamped text was measured: does it overflow? A long text that does not gets its
   * "Read more" `hidden` (ours sets that attribute after layout, without rendering again).
   */
  overflows: Map<Review, boolean>;
}

export interface CarouselActions {
  move(index: number): void;
}

/** Slides side by side: the element's rule for its own width (1 below 640 px, 2 below 1000 px, else 3). */
export function perView(width: number, count: number): number {
  const auto = width >= 1000 ? 3 : width >= 640 ? 2 : 1;
  return Math.max(1, Math.min(auto, count));
}

export const positions = (width: number, count: number) => Math.max(1, count - perView(width, count) + 1);

/** The most slides per view the element picks by itself; its DOM allows for 1 to that many (container queries lay them out). */
const MAX_AUTO_PER_VIEW = 3;

/** What exists only for position `i` and later is hidden by the styles where more slides per view leave fewer positions. */
const hiddenAt = (i: number, count: number) => (count - i < MAX_AUTO_PER_VIEW ? `hidden-at-${count - i + 1}` : '');

export function carouselView<N>(
  h: H<N>,
  title: string,
  all: readonly Review[],
  state: CarouselState,
  on: CarouselActions,
  s: Strings,
  locale: string,
): N | null {
  const reviews = selectReviews(all, 'all', 'data');
  const count = reviews.length;
  if (!count) return null;
  const { index, width } = state;
  // As the element: the DOM holds what the widest layout shows and the positions one slide per view has;
  // the width (once measured) decides only which slides are in view.
  const mostInView = Math.min(MAX_AUTO_PER_VIEW, count);
  const inView = width ? perView(width, count) : mostInView;
  const total = positions(width, count);
  const rendered = count;
  const start = Math.max(0, index - BUFFER);
  const end = Math.min(count, index + mostInView + BUFFER);

  const useTabs = rendered <= MAX_TABS && (!width || rendered * 24 + 160 <= width);
  const controls =
    rendered > 1
      ? h(
          'div',
          { part: 'controls', class: `controls ${hiddenAt(1, count)}` },
          h(
            'button',
            {
              part: 'previous',
              class: 'icon-button',
              type: 'button',
              'aria-controls': 'slides',
              onclick: () => on.move(index === 0 ? total - 1 : index - 1),
            },
            icon(h, 'previous'),
            h('span', { class: 'visually-hidden' }, s.previousReview),
          ),
          useTabs
            ? h(
                'div',
                { part: 'picker', class: 'tabs', role: 'tablist', 'aria-label': s.chooseReview },
                Array.from({ length: rendered }, (_, i) => {
                  const selected = i === index;
                  return h(
                    'button',
                    {
                      key: i,
                      part: 'tab',
                      class: `tab ${hiddenAt(i, count)}`,
                      type: 'button',
                      role: 'tab',
                      id: `tab-${i}`,
                      'aria-selected': String(selected),
                      'aria-controls': selected ? `slide-${i}` : undefined,
                      tabindex: selected ? 0 : -1,
                      onclick: () => on.move(i),
                    },
                    h('span', { class: 'visually-hidden' }, s.reviewNumber({ n: i + 1 })),
                  );
                }),
              )
            : h(
                'div',
                { part: 'picker', class: 'jump' },
                h('span', { part: 'position', class: 'position' }, s.slidePosition({ n: index + 1, total: count })),
                h('input', {
                  part: 'jump',
                  type: 'range',
                  min: '1',
                  max: width ? total : rendered,
                  '.value': String(index + 1),
                  'aria-label': s.goToReview,
                  'aria-valuetext': s.slideOf({ n: index + 1, total: count }),
                  'aria-controls': 'slides',
                  oninput: (e: Event) => on.move(Number((e.target as HTMLInputElement).value) - 1),
                }),
              ),
          h(
            'button',
            {
              part: 'next',
              class: 'icon-button',
              type: 'button',
              'aria-controls': 'slides',
              onclick: () => on.move(index + 1 >= total ? 0 : index + 1),
            },
            icon(h, 'next'),
            h('span', { class: 'visually-hidden' }, s.nextReview),
          ),
        )
      : null;

  const slides: N[] = [];
  for (let i = start; i < end; i++) {
    const review = reviews[i]!;
    const visible = i >= index && i < index + inView;
    const long = mayOverflow(review);
    const kind = review.kind && s.reviewKind[review.kind];
    const { rating } = review;
    slides.push(
      h(
        'div',
        {
          key: i,
          part: 'slide',
          class: 'slide',
          role: 'group',
          'aria-roledescription': 'slide',
          'aria-label': s.slideOf({ n: i + 1, total: count }),
          id: `slide-${i}`,
          inert: !visible,
          'aria-hidden': visible ? undefined : 'true',
        },
        h(
          'div',
          { part: 'review', class: 'review' },
          h(
            'div',
            { class: 'byline' },
            h('span', { part: 'author', class: 'author', dir: 'auto' }, review.author),
            h(
              'span',
              { part: 'meta', class: 'meta' },
              review.outlet ? h('span', null, review.outlet) : null,
              kind ? h('span', { class: 'kind' }, kind) : null,
              review.date ? h('time', { datetime: review.date }, formatDate(review.date, locale)) : null,
            ),
          ),
          rating && rating.max > 0
            ? h(
                'div',
                { part: 'score', class: 'score' },
                h(
                  'span',
                  {
                    class: 'stars',
                    role: 'img',
                    'aria-label': s.ratedOutOf({ value: rating.value, max: rating.max }),
                  },
                  h.svg('svg', { viewBox: '0 0 120 24', class: 'empty', 'aria-hidden': 'true' }, stars(h)),
                  h(
                    'span',
                    { class: 'filled', style: { width: `${Math.max(0, Math.min(100, (rating.value / rating.max) * 100))}%` } },
                    h.svg('svg', { viewBox: '0 0 120 24', 'aria-hidden': 'true' }, stars(h)),
                  ),
                ),
                h('span', { 'aria-hidden': 'true' }, formatNumber(rating.value, locale), ' / ', formatNumber(rating.max, locale)),
              )
            : null,
          review.title ? h('p', { part: 'review-title', class: 'review-title', dir: 'auto' }, review.title) : null,
          h('p', { part: 'text', class: long ? 'text clamped' : 'text', id: `text-${i}`, dir: 'auto' }, review.text),
          long || review.url
            ? h(
                'div',
                { class: 'actions' },
                long
                  ? disclosure(h, {
                      expanded: false,
                      controls: `text-${i}`,
                      label: s.readMore,
                      oldPart: 'read-more',
                      hidden: state.overflows.get(review) === false,
                    })
                  : null,
                review.url
                  ? h(
                      'span',
                      { part: 'link', class: 'link' },
                      externalLink(h, review.url, review.outlet ? s.fullReviewAt({ outlet: review.outlet }) : s.fullReview),
                    )
                  : null,
              )
            : null,
        ),
      ),
    );
  }

  return h(
    'section',
    { part: 'base carousel', class: 'carousel', 'aria-roledescription': s.carousel, 'aria-label': s.reviewsOf({ title }) },
    h('div', { class: 'sizer' }),
    controls,
    h(
      'div',
      {
        part: 'slides',
        class: 'slides',
        id: 'slides',
        tabindex: '0',
        'aria-live': 'polite',
        'aria-atomic': 'false',
        style: { '--_count': String(count) },
      },
      slides,
    ),
  );
}
