import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';

import type { Film, Review } from '../../data/film.js';
import { formatDate, formatNumber } from '../../data/format.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { FilmElement } from '../../internal/film-element.js';
import { layoutByWidth } from '../../internal/styles.js';
import { disclosure, externalLink } from '../../internal/templates.js';
import { carouselStrings } from './film-review-carousel.strings.js';
import { styles } from './film-review-carousel.styles.js';
import { CAROUSEL_KINDS, CAROUSEL_SORTS, mayOverflow, selectReviews, type CarouselKind, type CarouselSort } from './reviews.js';
import { RotationController } from './rotation-controller.js';
import { ScrollController } from './scroll-controller.js';

export { CAROUSEL_KINDS, CAROUSEL_SORTS };

export interface FilmSlideChangeDetail {
  /** Position of the (first) shown slide in the filtered, sorted list, from 0. */
  index: number;
  /** The review on that slide. */
  review: Review;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'film-slide-change': CustomEvent<FilmSlideChangeDetail>;
  }
}

/** Slides kept in the DOM on each side of the visible ones: enough to see a neighbour while swiping. */
const BUFFER = 2;

/** The most slides per view the element picks by itself (at 1000 px and wider). */
const MAX_AUTO_PER_VIEW = 3;

/** Where a move comes from: the user's (`user`, `swipe`) stop rotation for good; the methods' are applied by the next update. */
type MoveSource = 'user' | 'swipe' | 'rotation' | 'api';

const star = 'M12 2.5l2.94 5.96 6.56.95-4.75 4.63 1.12 6.54L12 17.5l-5.87 3.08 1.12-6.54L2.5 9.41l6.56-.95z';
/** Five stars in one SVG; drawn twice (outline, then filled and clipped to the score). */
const stars = svg`${[0, 1, 2, 3, 4].map((i) => svg`<path transform="translate(${i * 24} 0)" d=${star} />`)}`;

const icons = {
  previous: svg`<path d="M15 5l-7 7 7 7" />`,
  next: svg`<path d="M9 5l7 7-7 7" />`,
  play: svg`<path d="M8 5v14l11-7z" />`,
  pause: svg`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />`,
  // A thumb up, and the same turned over: a verdict (Rotten Tomatoes' fresh or rotten), not a score.
  thumbUp: svg`<path d="M7 10v10H4V10zM7 10l4-7c1.5 0 2.5 1 2.2 2.6L12.6 9H19a2 2 0 0 1 2 2.3l-1.2 7A2 2 0 0 1 17.8 20H7" />`,
  thumbDown: svg`<path d="M7 14V4H4v10zM7 14l4 7c1.5 0 2.5-1 2.2-2.6L12.6 15H19a2 2 0 0 0 2-2.3l-1.2-7A2 2 0 0 0 17.8 4H7" />`,
};
const icon = (shape: keyof typeof icons) =>
  html`<svg class="icon ${shape}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[shape]}</svg>`;

/**
 * A film's critic and audience reviews as a carousel, following the WAI-ARIA APG carousel pattern:
 * previous/next buttons, a slide picker (tabs when there are few slides, a position readout and a
 * slider when there are many), optional rotation with a stop/start button that comes first in the
 * tab order. Rotation stops for good when keyboard focus enters, pauses while the mouse is over the
 * carousel, and starts stopped when the user prefers reduced motion.
 *
 * Slides scroll with CSS scroll snap, so touch swipes and trackpads work natively; a mouse can drag
 * them too. Only the visible slides and two on each side are in the DOM, so 10,000 reviews cost about
 * what 10 do. Each slide shows the author, outlet, critic or audience, date, score (normalised to its
 * own scale, with a star meter and a text alternative), title, the text, and a link to the full
 * review. A long text is clamped to a few lines with "Read more"; the button is hidden where the text
 * fits after all.
 *
 * Reviews without a `kind` are shown only with `kind="all"`. Renders nothing when no review is left.
 *
 * The element keeps the window of slides and renders; rotation (rotation-controller.ts), scrolling and
 * dragging (scroll-controller.ts) and the choice and order of reviews (reviews.ts) live beside it.
 *
 * @summary A carousel of a film's reviews.
 *
 * @fires film-slide-change - The shown slide changed (buttons, keys, picker, swipe, rotation or the methods); detail `{ index, review }`. For the methods, once the update that applies the move is done.
 *
 * @csspart carousel - The carousel region (`aria-roledescription="carousel"`; also `base`).
 * @csspart controls - The bar with the rotation, previous/next buttons and the picker.
 * @csspart rotation - The start/stop rotation button (only with `autoplay`).
 * @csspart previous - The previous-review button.
 * @csspart next - The next-review button.
 * @csspart picker - The slide picker: a tab list, or the position readout and slider when there are many slides.
 * @csspart tab - One tab of the picker.
 * @csspart position - The "3 / 1,250" position readout (many slides).
 * @csspart jump - The slider that jumps to a position (many slides).
 * @csspart slides - The scrolling, snapping strip of slides (also the live region).
 * @csspart slide - One slide (`role="group"`, `aria-roledescription="slide"`).
 * @csspart review - The box of one review inside its slide.
 * @csspart author - The author's name.
 * @csspart meta - Outlet, critic/audience and date.
 * @csspart score - The score: star meter and "2.75 / 5" (or, for a review with a verdict and no score, the verdict).
 * @csspart verdict - A review's verdict instead of a score (Rotten Tomatoes' fresh or rotten): a thumb and a word.
 * @csspart review-title - The review's title.
 * @csspart text - The review's text (clamped until expanded, when long).
 * @csspart disclosure - The "Read more" / "Read less" button of a long text.
 * @csspart read-more - Deprecated: the same button as `disclosure` (kept until 0.3).
 * @csspart link - The link to the full review.
 *
 * @cssprop --film-review-carousel-lines - Lines of a long review text shown before "Read more" (default 6).
 */
export class FilmReviewCarousel extends FilmElement {
  static override styles = [...FilmElement.styles, layoutByWidth, styles];
  protected static override enumerated = { ...FilmElement.enumerated, kind: CAROUSEL_KINDS, sort: CAROUSEL_SORTS };
  static override get properties(): PropertyDeclarations {
    return {
      label: {},
      kind: {},
      sort: {},
      autoplay: { type: Boolean },
      interval: { type: Number },
      slidesPerView: { type: Number, attribute: 'slides-per-view' },
      maxTabs: { type: Number, attribute: 'max-tabs' },
      index: { state: true },
      width: { state: true },
    };
  }

  /** UI strings in the element's language (its own table: a page loads only the strings it shows). */
  private get strings() {
    return carouselStrings(this.locale);
  }

  /** Accessible name of the carousel; defaults to "Reviews of <film title>". */
  declare label?: string;

  /** Which reviews to show: `all`, or only `critic` or `audience` reviews. */
  kind: CarouselKind = 'all';

  /** Order of the slides: as in the data (`data`), newest first (`date`) or best first (`rating`); undated or unrated reviews go last. */
  sort: CarouselSort = 'data';

  /** Rotate through the slides automatically (never under `prefers-reduced-motion` unless the user starts it). */
  autoplay = false;

  /** Milliseconds each slide shows while rotating. */
  interval = 6000;

  /**
   * Slides shown side by side; by default 1 below 640 px of the element's width, 2 below 1000 px, else 3
   * (decided by container queries, so a server render lays out right before any script runs).
   */
  declare slidesPerView?: number;

  /**
   * The picker is a tab list up to this many positions (when they fit the width), else a readout and a
   * slider. With slides per view picked by width, positions are counted at one slide per view.
   */
  maxTabs = 16;

  /** Position of the first shown slide, from 0. */
  private index = 0;
  /** The element's own width in whole pixels (ResizeObserver); 0 until measured. */
  private width = 0;

  /** The reviews after `kind` and `sort`; derived in willUpdate when those or the film change. */
  private reviews: readonly Review[] = [];
  private expanded = new Set<Review>();
  /** A move asked for through the methods (`to`, else the current position, then `step` more), applied by the next update. */
  private requested?: { to?: number; step: number };
  /** Where the last update moved to for the methods: announced once it is rendered. */
  private announced?: number;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;

  private rotation = new RotationController(this, {
    interval: () => this.interval,
    canRotate: () => this.positions > 1,
    advance: () => this.move(this.wrap(this.index + 1), 'rotation'),
  });

  private scrolling = new ScrollController(this, {
    strip: () => this.renderRoot.querySelector<HTMLElement>('.slides'),
    index: () => this.index,
    perView: () => this.perView,
    positions: () => this.positions,
    windowStart: () => this.windowStart,
    reducedMotion: () => this.rotation.reducedMotion,
    settle: (index) => this.move(index, 'swipe'),
  });

  /** Number of reviews after filtering. */
  get count(): number {
    return this.reviews.length;
  }

  /**
   * Shows the next slide (the first after the last). Like `previous()` and `goTo()`, applied by the next
   * update, after any change of the film, `kind` or `sort` made before the call.
   */
  next(): void {
    this.queueMove(undefined, 1);
  }

  /** Shows the previous slide (the last before the first). */
  previous(): void {
    this.queueMove(undefined, -1);
  }

  /**
   * Shows the slide at `index` (from 0, in the filtered and sorted order; clamped to the range). The
   * order is the one after the next update: `el.sort = 'rating'; el.goTo(0)` shows the best review.
   */
  goTo(index: number): void {
    this.queueMove(index, 0);
  }

  /** Calls made before an update add up: `previous(); previous()` goes back two, `goTo(3); next()` to 4. */
  private queueMove(to: number | undefined, step: number) {
    const before = this.requested;
    this.requested = to === undefined ? { to: before?.to, step: (before?.step ?? 0) + step } : { to, step };
    this.requestUpdate();
  }

  /** `slides-per-view` when it is a usable number. */
  private get fixedPerView(): number | undefined {
    return this.slidesPerView && this.slidesPerView >= 1 ? Math.round(this.slidesPerView) : undefined;
  }

  /**
   * Slides per view picked by width (no `slides-per-view`): the styles' container queries lay them out,
   * before and without any script (a server render). The DOM then allows for 1 to 3 per view
   * whatever the width (see `renderFilm`), so that the width, measured once in the browser, changes
   * nothing a server could not know but which slides are in view (`inert`, `aria-hidden`).
   */
  private get perViewByWidth(): boolean {
    return !this.fixedPerView;
  }

  /** Slides per view (1 until the width is measured); the same thresholds as the container queries in the styles. */
  private get perView(): number {
    const auto = this.width >= 1000 ? 3 : this.width >= 640 ? 2 : 1;
    return Math.max(1, Math.min(this.fixedPerView ?? auto, this.count));
  }

  /** How many distinct positions there are: the last one shows the last `perView` slides. */
  private get positions(): number {
    return Math.max(1, this.count - this.perView + 1);
  }

  private get windowStart(): number {
    return Math.max(0, this.index - BUFFER);
  }

  /** `position` brought into range by wrapping around: one before the first is the last. */
  private wrap(position: number): number {
    const positions = this.positions;
    return ((position % positions) + positions) % positions;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      // Whole pixels, rounded down: what the container queries' `min-width` thresholds see.
      const width = Math.floor(entry!.contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.observed = undefined;
    if (this.hasUpdated) this.observeWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
  }

  /**
   * The width comes from a zero-height sizer, not the host: a width change re-renders the slides and
   * changes the host's height within the same frame, which would trip the observer's loop guard.
   */
  private observeWidth() {
    const sizer = this.renderRoot.querySelector('.sizer') ?? undefined;
    if (sizer === this.observed) return;
    this.resizeObserver?.disconnect();
    if (sizer) this.resizeObserver?.observe(sizer);
    this.observed = sizer;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const own = changed as Map<PropertyKey, unknown>;
    if (changed.has('filmData')) {
      // A new film, from any input, starts at its first review with every text collapsed.
      this.index = 0;
      this.expanded.clear();
    }
    if (changed.has('filmData') || changed.has('kind') || changed.has('sort')) {
      // Same film, new filter or order: stay on the review being read if it is still there.
      const current = changed.has('filmData') ? undefined : this.reviews[this.index];
      this.reviews = selectReviews(this.filmData?.reviews ?? [], this.kind, this.sort);
      this.index = current ? Math.max(0, this.reviews.indexOf(current)) : 0;
      this.scrolling.realign();
    }
    if (own.has('width') || changed.has('slidesPerView')) this.scrolling.realign();
    this.index = Math.min(this.index, this.positions - 1);
    // The methods' moves, now that the list they name positions in is the one this update shows.
    const requested = this.requested;
    this.requested = undefined;
    if (requested) {
      const from = requested.to === undefined ? this.index : this.clamp(requested.to);
      this.move(this.wrap(from + requested.step), 'api');
    }
    if (changed.has('autoplay')) {
      // The server cannot know the user's motion preference: it renders `autoplay` as rotating. Taking
      // its render over, the first render says the same; the preference is applied right after.
      if (this.hydrating) {
        this.rotation.reset(this.autoplay, { ignoreReducedMotion: true });
        void this.updateComplete.then(() => this.rotation.reset(this.autoplay));
      } else this.rotation.reset(this.autoplay);
    }
    if (changed.has('interval')) this.rotation.restartClock();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeWidth();
    this.fitDisclosures();
    const announced = this.announced;
    this.announced = undefined;
    if (announced !== undefined) this.announce(announced);
  }

  /**
   * A long text that fits its clamp at this width needs no "Read more". Whether a text is long is decided
   * on the data (`mayOverflow`): that is what a server render shows, and what this update rendered. Here,
   * after layout and before the browser paints, the button of a long text that fits is hidden, and shown
   * again once it no longer fits (or is expanded). Rendering from the measurement instead would take a
   * second update after every update. The template never binds `hidden` on the button: it is this
   * method's alone, and stale values left on a reused button are corrected here on every update.
   */
  private fitDisclosures() {
    for (const button of this.renderRoot.querySelectorAll<HTMLButtonElement>('.review [part~="disclosure"]')) {
      const text = button.closest('.review')!.querySelector<HTMLElement>('.text');
      // A text without a box (the element is in a hidden container) keeps its button until a width
      // change brings an update that can measure it.
      const fits = !!text && text.classList.contains('clamped') && text.clientHeight > 0 && text.scrollHeight <= text.clientHeight + 1;
      if (button.hidden !== fits) button.hidden = fits;
    }
  }

  private clamp(target: number): number {
    return Math.max(0, Math.min(Math.round(target) || 0, this.positions - 1));
  }

  /**
   * Makes `target` (clamped) the current position. Buttons, keys, the picker and swipes are the user
   * taking over: rotation stops for good. A real move restarts rotation's clock and fires
   * `film-slide-change` — at once, or for the methods once their update is rendered.
   */
  private move(target: number, source: MoveSource) {
    if (!this.count) return;
    const position = this.clamp(target);
    if (source === 'user' || source === 'swipe') this.rotation.stop();
    if (position === this.index) return;
    if (source !== 'swipe') this.scrolling.slideIn(position > this.index ? 1 : -1);
    this.index = position;
    this.rotation.restartClock();
    if (source === 'api') this.announced = position;
    else this.announce(position);
  }

  private announce(index: number) {
    const detail: FilmSlideChangeDetail = { index, review: this.reviews[index]! };
    this.dispatchEvent(new CustomEvent('film-slide-change', { detail, bubbles: true, composed: true }));
  }

  // --- events -------------------------------------------------------------------------------------

  private onKeyNavigate(event: KeyboardEvent, wrap: boolean, focusTab = false) {
    const last = this.positions - 1;
    const rtl = this.scrolling.rtl;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let target: number;
    if (event.key === forward) target = this.index === last && wrap ? 0 : this.index + 1;
    else if (event.key === backward) target = this.index === 0 && wrap ? last : this.index - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = last;
    else return;
    event.preventDefault();
    this.move(target, 'user');
    if (focusTab) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.index}`)?.focus());
  }

  private onSlidesKeydown(event: KeyboardEvent) {
    if (event.target === event.currentTarget) this.onKeyNavigate(event, false);
  }

  private toggleText(review: Review) {
    if (this.expanded.has(review)) this.expanded.delete(review);
    else this.expanded.add(review);
    this.requestUpdate();
  }

  // --- rendering ----------------------------------------------------------------------------------

  protected renderFilm(film: Film) {
    const count = this.count;
    if (!count) return nothing;
    const s = this.strings;
    // Picked by width, the DOM holds what the widest layout shows, and as many positions as the
    // narrowest has (`hiddenAt` hides the extra ones where more fit); until the width is measured, every
    // slide the widest layout shows counts as in view.
    const mostInView = this.perViewByWidth ? Math.min(MAX_AUTO_PER_VIEW, count) : this.perView;
    const inView = this.width || !this.perViewByWidth ? this.perView : mostInView;
    const positions = this.perViewByWidth ? count : this.positions;
    const start = this.windowStart;
    const end = Math.min(count, this.index + mostInView + BUFFER);
    const indexes: number[] = [];
    for (let i = start; i < end; i++) indexes.push(i);
    // Slides per view from the attribute are set here; picked by width, the styles' container queries
    // pick them (never more than there are slides).
    const layout = this.fixedPerView ? { '--_per-view': String(this.perView) } : { '--_count': String(count) };
    return html`<section part="base carousel" class="carousel" aria-roledescription=${s.carousel} aria-label=${this.label || s.reviewsOf({ title: film.title })}>
      <div class="sizer"></div>
      ${positions > 1 ? this.renderControls(positions, count) : nothing}
      <div
        part="slides"
        class="slides"
        id="slides"
        tabindex="0"
        aria-live=${this.rotation.playing ? 'off' : 'polite'}
        aria-atomic="false"
        style=${cssomStyle(layout)}
        @keydown=${this.onSlidesKeydown}
      >
        ${repeat(
          indexes,
          (i) => i,
          (i) => this.renderSlide(i, i >= this.index && i < this.index + inView),
        )}
      </div>
    </section>`;
  }

  /**
   * More slides per view leave fewer positions. Picked by width, what exists only for position `i` and
   * later gets the class that hides it where the container queries show more slides than that allows.
   */
  private hiddenAt(i: number): string {
    const mostPerView = this.count - i;
    return this.perViewByWidth && mostPerView < MAX_AUTO_PER_VIEW ? `hidden-at-${mostPerView + 1}` : '';
  }

  private renderControls(positions: number, count: number) {
    const s = this.strings;
    const useTabs = positions <= this.maxTabs && (!this.width || positions * 24 + 160 <= this.width);
    return html`<div part="controls" class="controls ${this.hiddenAt(1)}">
      ${
        this.autoplay
          ? html`<button part="rotation" class="icon-button rotation" type="button" aria-controls="slides" @click=${() => this.rotation.toggle()}>
            ${icon(this.rotation.playing ? 'pause' : 'play')}<span class="visually-hidden">${this.rotation.playing ? s.stopRotation : s.startRotation}</span>
          </button>`
          : nothing
      }
      <button part="previous" class="icon-button" type="button" aria-controls="slides" @click=${() => this.move(this.wrap(this.index - 1), 'user')}>
        ${icon('previous')}<span class="visually-hidden">${s.previousReview}</span>
      </button>
      ${
        useTabs
          ? html`<div part="picker" class="tabs" role="tablist" aria-label=${s.chooseReview} @keydown=${(e: KeyboardEvent) => this.onKeyNavigate(e, true, true)}>
            ${Array.from({ length: positions }, (_, i) => {
              const selected = i === this.index;
              return html`<button
                part="tab"
                class="tab ${this.hiddenAt(i)}"
                type="button"
                role="tab"
                id="tab-${i}"
                aria-selected=${selected ? 'true' : 'false'}
                aria-controls=${selected ? `slide-${i}` : nothing}
                tabindex=${selected ? 0 : -1}
                @click=${() => this.move(i, 'user')}
              >
                <span class="visually-hidden">${s.reviewNumber({ n: i + 1 })}</span>
              </button>`;
            })}
          </div>`
          : html`<div part="picker" class="jump">
            <span part="position" class="position">${s.slidePosition({ n: this.index + 1, total: count })}</span>
            <input
              part="jump"
              type="range"
              min="1"
              max=${this.width ? this.positions : positions}
              .value=${String(this.index + 1)}
              aria-label=${s.goToReview}
              aria-valuetext=${s.slideOf({ n: this.index + 1, total: count })}
              aria-controls="slides"
              @keydown=${(e: KeyboardEvent) => this.onKeyNavigate(e, false)}
              @input=${(e: Event) => this.move(Number((e.target as HTMLInputElement).value) - 1, 'user')}
            />
          </div>`
      }
      <button part="next" class="icon-button" type="button" aria-controls="slides" @click=${() => this.move(this.wrap(this.index + 1), 'user')}>
        ${icon('next')}<span class="visually-hidden">${s.nextReview}</span>
      </button>
    </div>`;
  }

  private renderSlide(i: number, visible: boolean) {
    const review = this.reviews[i]!;
    const s = this.strings;
    const locale = this.locale;
    const long = mayOverflow(review);
    // Only a shown slide is expanded: an expanded neighbour would stretch the strip for nothing.
    const expanded = long && visible && this.expanded.has(review);
    const kind = review.kind && s.reviewKind[review.kind];
    const { rating } = review;
    return html`<div
      part="slide"
      class="slide"
      role="group"
      aria-roledescription=${s.slide}
      aria-label=${s.slideOf({ n: i + 1, total: this.count })}
      id="slide-${i}"
      ?inert=${!visible}
      aria-hidden=${ifDefined(visible ? undefined : 'true')}
    >
      <div part="review" class="review">
        <div class="byline">
          <span part="author" class="author" dir="auto">${review.author}</span>
          <span part="meta" class="meta">
            ${review.outlet ? html`<span>${review.outlet}</span>` : nothing}
            ${kind ? html`<span class="kind">${kind}</span>` : nothing}
            ${review.date ? html`<time datetime=${review.date}>${formatDate(review.date, locale)}</time>` : nothing}
          </span>
        </div>
        ${
          rating && rating.max > 0
            ? html`<div part="score" class="score">
              <span class="stars" role="img" aria-label=${s.ratedOutOf({ value: rating.value, max: rating.max })}>
                <svg viewBox="0 0 120 24" class="empty" aria-hidden="true">${stars}</svg>
                <span class="filled" style=${cssomStyle({ width: `${Math.max(0, Math.min(100, (rating.value / rating.max) * 100))}%` })}>
                  <svg viewBox="0 0 120 24" aria-hidden="true">${stars}</svg>
                </span>
              </span>
              <span aria-hidden="true">${formatNumber(rating.value, locale)} / ${formatNumber(rating.max, locale)}</span>
            </div>`
            : review.verdict
              ? html`<div part="score verdict" class="score verdict ${review.verdict}">
                  ${icon(review.verdict === 'positive' ? 'thumbUp' : 'thumbDown')}<span>${s.verdict[review.verdict]}</span>
                </div>`
              : nothing
        }
        ${review.title ? html`<p part="review-title" class="review-title" dir="auto">${review.title}</p>` : nothing}
        <p part="text" class="text ${long && !expanded ? 'clamped' : ''}" id="text-${i}" dir="auto">${review.text}</p>
        ${
          long || review.url
            ? html`<div class="actions">
              ${
                long
                  ? disclosure({
                      expanded,
                      controls: `text-${i}`,
                      label: expanded ? s.readLess : s.readMore,
                      onToggle: () => this.toggleText(review),
                      oldPart: 'read-more',
                    })
                  : nothing
              }
              ${
                review.url
                  ? html`<span part="link" class="link">${externalLink(review.url, review.outlet ? s.fullReviewAt({ outlet: review.outlet }) : s.fullReview)}</span>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </div>
    </div>`;
  }
}
