import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';

import type { Film, Review } from '../../data/film.js';
import { formatDate, formatNumber } from '../../data/format.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { FilmElement } from '../../internal/film-element.js';
import { localize } from '../../internal/i18n.js';
import { externalLink } from '../../internal/templates.js';
import { translations } from './film-review-carousel.strings.js';
import { styles } from './film-review-carousel.styles.js';

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
/** Texts shorter than this (and without line breaks) cannot fill the clamp; longer ones are measured. */
const MAYBE_CLAMPED = 160;
/** A mouse must move this far (px) before a press becomes a drag (and its click is swallowed). */
const DRAG_SLOP = 6;

type MoveSource = 'user' | 'swipe' | 'rotation' | 'api';

const star = 'M12 2.5l2.94 5.96 6.56.95-4.75 4.63 1.12 6.54L12 17.5l-5.87 3.08 1.12-6.54L2.5 9.41l6.56-.95z';
/** Five stars in one SVG; drawn twice (outline, then filled and clipped to the score). */
const stars = svg`${[0, 1, 2, 3, 4].map((i) => svg`<path transform="translate(${i * 24} 0)" d=${star} />`)}`;

const icons = {
  previous: svg`<path d="M15 5l-7 7 7 7" />`,
  next: svg`<path d="M9 5l7 7-7 7" />`,
  play: svg`<path d="M8 5v14l11-7z" />`,
  pause: svg`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />`,
};
const icon = (shape: keyof typeof icons) =>
  html`<svg class="icon ${shape}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[shape]}</svg>`;

/** Newest first; undated reviews last (ISO dates of any precision compare as text). */
const byDate = (a: Review, b: Review) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0);
const score = (review: Review) => (review.rating && review.rating.max > 0 ? review.rating.value / review.rating.max : -1);

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
 * own scale, with a star meter and a text alternative), title, the text clamped to a few lines with
 * "Read more", and a link to the full review.
 *
 * Reviews without a `kind` are shown only with `kind="all"`. Renders nothing when no review is left.
 *
 * @summary A carousel of a film's reviews.
 *
 * @fires film-slide-change - The shown slide changed (buttons, keys, picker, swipe, rotation or the methods); detail `{ index, review }`.
 *
 * @csspart carousel - The carousel region (`aria-roledescription="carousel"`).
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
 * @csspart score - The score: star meter and "2.75 / 5".
 * @csspart review-title - The review's title.
 * @csspart text - The review's text (clamped until expanded).
 * @csspart read-more - The "Read more" / "Read less" button.
 * @csspart link - The link to the full review.
 *
 * @cssprop --film-review-carousel-lines - Lines of review text shown before "Read more" (default 6).
 */
export class FilmReviewCarousel extends FilmElement {
  static override styles = [...FilmElement.styles, styles];

  /** UI strings in the element's language (its own table: a page loads only the strings it shows). */
  private get strings() {
    return localize(translations, this.locale);
  }

  /** Accessible name of the carousel; defaults to "Reviews of <film title>". */
  @property()
  label?: string;

  /** Which reviews to show. */
  @property()
  kind: 'all' | 'critic' | 'audience' = 'all';

  /** Order of the slides: as in the data, newest first (`date`) or best first (`rating`); undated or unrated reviews go last. */
  @property()
  sort: 'data' | 'date' | 'rating' = 'data';

  /** Rotate through the slides automatically (never under `prefers-reduced-motion` unless the user starts it). */
  @property({ type: Boolean })
  autoplay = false;

  /** Milliseconds each slide shows while rotating. */
  @property({ type: Number })
  interval = 6000;

  /** Slides shown side by side; by default 1 below 640 px of the element's width, 2 below 1000 px, else 3. */
  @property({ type: Number, attribute: 'slides-per-view' })
  slidesPerView?: number;

  /** The picker is a tab list up to this many positions (when they fit the width), else a readout and a slider. */
  @property({ type: Number, attribute: 'max-tabs' })
  maxTabs = 16;

  /** Position of the first shown slide, from 0. */
  @state() private index = 0;
  /** Whether rotation is on (the start/stop button says "Stop"). */
  @state() private playing = false;
  /** The element's own width (ResizeObserver); 0 until measured. */
  @state() private width = 0;

  /** The reviews after `kind` and `sort`; derived in willUpdate only when those or the film change. */
  private reviews: readonly Review[] = [];
  private derivedFrom?: { film?: Film; kind: string; sort: string };
  private expanded = new Set<Review>();
  /** Whether each (clamped) text overflows its clamp at the current width: measured after render. */
  private overflows = new Map<Review, boolean>();

  private timer?: ReturnType<typeof setTimeout>;
  private hovered = false;
  private reducedMotion = false;
  private motionQuery?: MediaQueryList;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  /** Where the DOM's window of slides starts, as last rendered (scroll maths needs the DOM's truth). */
  private renderedStart = 0;
  private realign = true;
  private animateDirection = 0;
  private pointerDown = false;
  private drag?: { id: number; x: number; scroll: number; moved: boolean };
  private swallowClick = false;
  private scrollTimer?: ReturnType<typeof setTimeout>;

  /** Number of reviews after filtering. */
  get count(): number {
    return this.reviews.length;
  }

  /** Shows the next slide (the first after the last). */
  next(): void {
    this.move(this.index + 1 >= this.positions ? 0 : this.index + 1, 'api');
  }

  /** Shows the previous slide (the last before the first). */
  previous(): void {
    this.move(this.index === 0 ? this.positions - 1 : this.index - 1, 'api');
  }

  /** Shows the slide at `index` (from 0, in the filtered and sorted order; clamped to the range). */
  goTo(index: number): void {
    this.move(index, 'api');
  }

  private get perView(): number {
    const auto = this.width >= 1000 ? 3 : this.width >= 640 ? 2 : 1;
    const wanted = this.slidesPerView && this.slidesPerView >= 1 ? Math.round(this.slidesPerView) : auto;
    return Math.max(1, Math.min(wanted, this.count));
  }

  /** How many distinct positions there are: the last one shows the last `perView` slides. */
  private get positions(): number {
    return Math.max(1, this.count - this.perView + 1);
  }

  private get windowStart(): number {
    return Math.max(0, this.index - BUFFER);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.motionQuery.matches;
    this.motionQuery.addEventListener('change', this.onMotionChange);
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.observed = undefined;
    if (this.hasUpdated) {
      // Put back in the page: the strip lost its scroll position with its layout box.
      this.realign = true;
      this.requestUpdate();
      this.observeWidth();
      this.syncTimer();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
    this.stopTimer();
    clearTimeout(this.scrollTimer);
    this.scrollTimer = undefined;
    this.hovered = false;
    this.pointerDown = false;
    this.drag = undefined;
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

  private onMotionChange = () => {
    this.reducedMotion = !!this.motionQuery?.matches;
    if (this.reducedMotion) this.playing = false;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.derive();
    if (changed.has('autoplay')) this.playing = this.autoplay && !this.reducedMotion;
    if ((changed as Map<PropertyKey, unknown>).has('width') || changed.has('slidesPerView')) {
      this.overflows.clear();
      this.realign = true;
    }
    this.index = Math.min(this.index, this.positions - 1);
  }

  /**
   * Filters and sorts, only when the film, `kind` or `sort` changed (O(n log n) once, not per render or
   * move). Also called by the methods, so `el.sort = 'rating'; el.goTo(0)` goes to the best review.
   */
  private derive() {
    const film = this.filmData;
    const from = this.derivedFrom;
    if (!from || from.film !== film || from.kind !== this.kind || from.sort !== this.sort) {
      const current = this.reviews[this.index];
      let list: readonly Review[] = film?.reviews ?? [];
      if (this.kind === 'critic' || this.kind === 'audience') list = list.filter((r) => r.kind === this.kind);
      if (this.sort === 'date') list = [...list].sort(byDate);
      else if (this.sort === 'rating') list = [...list].sort((a, b) => score(b) - score(a));
      this.reviews = list;
      if (from?.film !== film) {
        this.index = 0;
        this.expanded.clear();
        this.overflows.clear();
      } else {
        // Same film, new filter or order: stay on the review being read if it is still there.
        this.index = current ? Math.max(0, list.indexOf(current)) : 0;
      }
      this.derivedFrom = { film, kind: this.kind, sort: this.sort };
      this.realign = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeWidth();
    const scroller = this.scroller;
    if (scroller) {
      this.renderedStart = this.windowStart;
      if (this.realign || (changed as Map<PropertyKey, unknown>).has('index')) this.alignScroll(scroller, 'instant');
      if (this.animateDirection) this.animateSlides(scroller);
      this.measureClamps(scroller);
    }
    this.realign = false;
    this.animateDirection = 0;
    if (changed.has('interval') && this.timer !== undefined) this.stopTimer();
    this.syncTimer();
  }

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.slides');
  }

  private get rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  /** Puts the current slide at the start of the strip. RTL scroll offsets are negative in every engine. */
  private alignScroll(scroller: HTMLElement, behavior: ScrollBehavior, index = this.index) {
    const step = scroller.clientWidth / this.perView;
    scroller.scrollTo({ left: (this.rtl ? -1 : 1) * (index - this.renderedStart) * step, behavior });
  }

  /** Where the strip is scrolled to, in slides from the first one in the list (fractional mid-swipe). */
  private scrollPosition(scroller: HTMLElement): number {
    const step = scroller.clientWidth / this.perView;
    return this.renderedStart + (step ? ((this.rtl ? -1 : 1) * scroller.scrollLeft) / step : 0);
  }

  /** Button, key and rotation moves jump the scroll position; a short slide-in shows where from. */
  private animateSlides(scroller: HTMLElement) {
    if (this.reducedMotion || typeof Element.prototype.animate !== 'function') return;
    const offset = this.animateDirection * (this.rtl ? -1 : 1) * 32;
    // The review boxes move, not the slides: a slide is a snap area, and moving it would make the
    // strip re-snap mid-animation. Movement only: fading would dip text below contrast minimums.
    for (const box of scroller.querySelectorAll<HTMLElement>('.slide:not([inert]) > .review')) {
      box.animate([{ transform: `translateX(${offset}px)` }, { transform: 'none' }], { duration: 220, easing: 'ease-out' });
    }
  }

  /** A clamped text that fits gets no "Read more"; one that overflows (whatever its length) gets one. */
  private measureClamps(scroller: HTMLElement) {
    let changed = false;
    for (const text of scroller.querySelectorAll<HTMLElement>('.text.clamped')) {
      const review = this.reviews[Number(text.dataset.index)];
      if (!review) continue;
      const overflows = text.scrollHeight > text.clientHeight + 1;
      if (this.overflows.get(review) !== overflows) {
        this.overflows.set(review, overflows);
        changed = true;
      }
    }
    if (changed) this.requestUpdate();
  }

  private move(target: number, source: MoveSource) {
    this.derive();
    if (!this.count) return;
    const index = Math.max(0, Math.min(Math.round(target) || 0, this.positions - 1));
    // Taking over (buttons, keys, picker, swipe) ends rotation for good; the methods only reset its clock.
    if (source === 'user' || source === 'swipe') this.playing = false;
    if (index === this.index) return;
    this.animateDirection = source === 'swipe' ? 0 : index > this.index ? 1 : -1;
    this.index = index;
    this.stopTimer();
    this.dispatchEvent(
      new CustomEvent('film-slide-change', { detail: { index, review: this.reviews[index]! }, bubbles: true, composed: true }),
    );
  }

  private syncTimer() {
    const run = this.playing && !this.hovered && this.isConnected && this.positions > 1;
    if (run && this.timer === undefined) {
      const interval = this.interval > 0 ? this.interval : 6000;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.move(this.index + 1 >= this.positions ? 0 : this.index + 1, 'rotation');
        this.syncTimer();
      }, interval);
    } else if (!run) this.stopTimer();
  }

  private stopTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  // --- events -------------------------------------------------------------------------------------

  private onFocusIn(event: FocusEvent) {
    // Keyboard (or script) focus arriving from outside stops rotation until the user restarts it.
    // Focus that comes with a click is left to the click (the rotation button must be able to start it).
    const from = event.relatedTarget as Node | null;
    if (this.pointerDown || (from && (event.currentTarget as Node).contains(from))) return;
    this.playing = false;
  }

  private onPointerEnter(event: PointerEvent) {
    if (event.pointerType === 'touch') return;
    this.hovered = true;
    this.syncTimer();
  }

  private onPointerLeave(event: PointerEvent) {
    this.pointerDown = false;
    if (event.pointerType === 'touch') return;
    this.hovered = false;
    this.syncTimer();
  }

  private onKeyNavigate(event: KeyboardEvent, wrap: boolean, focusTab = false) {
    const last = this.positions - 1;
    const forward = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.rtl ? 'ArrowRight' : 'ArrowLeft';
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

  private onScroll(event: Event) {
    // Engines without `scrollend` settle on the last scroll event instead; scrolls that land where
    // the current slide already is (our own alignment) need no settling. A scroll event that arrives
    // after removal (queued before it) must not start a timer: out of the page there is no position.
    if ('onscrollend' in window || !this.isConnected) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = undefined;
    if (!this.drag?.moved && Math.abs(this.scrollPosition(event.currentTarget as HTMLElement) - this.index) < 0.01) return;
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      this.onScrollEnd();
    }, 120);
  }

  /** A swipe, a drag or a trackpad settled on a slide: make it current and re-centre the window. */
  private onScrollEnd() {
    const scroller = this.scroller;
    if (!scroller || this.drag?.moved || !this.isConnected) return;
    // The DOM is about to change (and the scroll maths with it): look again once it has.
    if (this.isUpdatePending) return void this.updateComplete.then(() => this.isConnected && this.onScrollEnd());
    const position = this.scrollPosition(scroller);
    const nearest = Math.max(0, Math.min(Math.round(position), this.positions - 1));
    if (nearest !== this.index) this.move(nearest, 'swipe');
    else if (Math.abs(position - this.index) > 0.01) this.alignScroll(scroller, this.reducedMotion ? 'instant' : 'smooth');
  }

  private onPointerDown(event: PointerEvent) {
    this.swallowClick = false;
    const scroller = event.currentTarget as HTMLElement;
    // Touch and pen scroll natively; a mouse drags by hand (not from a button, whose click must work).
    if (event.pointerType !== 'mouse' || event.button !== 0 || (event.target as Element).closest('button')) return;
    this.drag = { id: event.pointerId, x: event.clientX, scroll: scroller.scrollLeft, moved: false };
  }

  private onPointerMove(event: PointerEvent) {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.id) return;
    const scroller = event.currentTarget as HTMLElement;
    const dx = event.clientX - drag.x;
    if (!drag.moved) {
      if (Math.abs(dx) < DRAG_SLOP) return;
      drag.moved = true;
      scroller.setPointerCapture(drag.id);
      scroller.setAttribute('data-dragging', '');
      getSelection()?.removeAllRanges();
    }
    scroller.scrollLeft = drag.scroll - dx;
  }

  private onPointerUp(event: PointerEvent) {
    const drag = this.drag;
    this.drag = undefined;
    if (!drag?.moved || event.pointerId !== drag.id) return;
    const scroller = event.currentTarget as HTMLElement;
    // The click that ends a drag must not follow a link or press a button under the pointer.
    this.swallowClick = event.type === 'pointerup';
    scroller.removeAttribute('data-dragging');
    // Any deliberate drag moves one slide in its direction, like a swipe with scroll-snap-stop.
    const moved = (this.rtl ? 1 : -1) * (event.clientX - drag.x);
    const threshold = Math.min(40, scroller.clientWidth / this.perView / 5);
    const target = Math.max(0, Math.min(this.index + (moved > threshold ? 1 : moved < -threshold ? -1 : 0), this.positions - 1));
    this.alignScroll(scroller, this.reducedMotion ? 'instant' : 'smooth', target);
  }

  private onClickCapture(event: MouseEvent) {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.preventDefault();
    event.stopPropagation();
  }

  private toggleRotation() {
    this.playing = !this.playing;
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
    const perView = this.perView;
    const positions = this.positions;
    const start = this.windowStart;
    const end = Math.min(count, this.index + perView + BUFFER);
    const indexes: number[] = [];
    for (let i = start; i < end; i++) indexes.push(i);
    return html`<section
      part="carousel"
      class="carousel"
      aria-roledescription="carousel"
      aria-label=${this.label || s.reviewsOf(film.title)}
      @focusin=${this.onFocusIn}
      @pointerdown=${() => (this.pointerDown = true)}
      @pointerup=${() => (this.pointerDown = false)}
      @pointercancel=${() => (this.pointerDown = false)}
      @pointerenter=${this.onPointerEnter}
      @pointerleave=${this.onPointerLeave}
      @keydown=${() => (this.pointerDown = false)}
    >
      <div class="sizer"></div>
      ${positions > 1 ? this.renderControls(positions, count) : nothing}
      <div
        part="slides"
        class="slides"
        id="slides"
        tabindex="0"
        aria-live=${this.playing ? 'off' : 'polite'}
        aria-atomic="false"
        style=${cssomStyle({ '--_per-view': String(perView) })}
        @keydown=${this.onSlidesKeydown}
        @scroll=${this.onScroll}
        @scrollend=${this.onScrollEnd}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @click=${{ handleEvent: (e: MouseEvent) => this.onClickCapture(e), capture: true }}
        @dragstart=${(e: DragEvent) => e.preventDefault()}
      >
        ${repeat(
          indexes,
          (i) => i,
          (i) => this.renderSlide(i, i >= this.index && i < this.index + perView),
        )}
      </div>
    </section>`;
  }

  private renderControls(positions: number, count: number) {
    const s = this.strings;
    const useTabs = positions <= this.maxTabs && (!this.width || positions * 24 + 160 <= this.width);
    return html`<div part="controls" class="controls">
      ${
        this.autoplay
          ? html`<button part="rotation" class="icon-button rotation" type="button" aria-controls="slides" @click=${this.toggleRotation}>
            ${icon(this.playing ? 'pause' : 'play')}<span class="visually-hidden">${this.playing ? s.stopRotation : s.startRotation}</span>
          </button>`
          : nothing
      }
      <button part="previous" class="icon-button" type="button" aria-controls="slides" @click=${() => this.move(this.index === 0 ? positions - 1 : this.index - 1, 'user')}>
        ${icon('previous')}<span class="visually-hidden">${s.previousReview}</span>
      </button>
      ${
        useTabs
          ? html`<div part="picker" class="tabs" role="tablist" aria-label=${s.chooseReview} @keydown=${(e: KeyboardEvent) => this.onKeyNavigate(e, true, true)}>
            ${Array.from({ length: positions }, (_, i) => {
              const selected = i === this.index;
              return html`<button
                part="tab"
                class="tab"
                type="button"
                role="tab"
                id="tab-${i}"
                aria-selected=${selected ? 'true' : 'false'}
                aria-controls=${selected ? `slide-${i}` : nothing}
                tabindex=${selected ? 0 : -1}
                @click=${() => this.move(i, 'user')}
              >
                <span class="visually-hidden">${s.reviewNumber(i + 1)}</span>
              </button>`;
            })}
          </div>`
          : html`<div part="picker" class="jump">
            <span part="position" class="position">${s.slidePosition(this.index + 1, count)}</span>
            <input
              part="jump"
              type="range"
              min="1"
              max=${positions}
              .value=${String(this.index + 1)}
              aria-label=${s.goToReview}
              aria-valuetext=${s.slideOf(this.index + 1, count)}
              aria-controls="slides"
              @keydown=${(e: KeyboardEvent) => this.onKeyNavigate(e, false)}
              @input=${(e: Event) => this.move(Number((e.target as HTMLInputElement).value) - 1, 'user')}
            />
          </div>`
      }
      <button part="next" class="icon-button" type="button" aria-controls="slides" @click=${() => this.move(this.index + 1 >= positions ? 0 : this.index + 1, 'user')}>
        ${icon('next')}<span class="visually-hidden">${s.nextReview}</span>
      </button>
    </div>`;
  }

  private renderSlide(i: number, visible: boolean) {
    const review = this.reviews[i]!;
    const s = this.strings;
    const locale = this.locale;
    // Only a shown slide is expanded: an expanded neighbour would stretch the strip for nothing.
    const expanded = visible && this.expanded.has(review);
    const canClamp = review.text.length > MAYBE_CLAMPED || review.text.includes('\n');
    const hasButton = expanded || (this.overflows.get(review) ?? canClamp);
    const kind = review.kind && s.reviewKind[review.kind];
    const { rating } = review;
    return html`<div
      part="slide"
      class="slide"
      role="group"
      aria-roledescription="slide"
      aria-label=${s.slideOf(i + 1, this.count)}
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
              <span class="stars" role="img" aria-label=${s.ratedOutOf(formatNumber(rating.value, locale), formatNumber(rating.max, locale))}>
                <svg viewBox="0 0 120 24" class="empty" aria-hidden="true">${stars}</svg>
                <span class="filled" style=${cssomStyle({ width: `${Math.max(0, Math.min(100, (rating.value / rating.max) * 100))}%` })}>
                  <svg viewBox="0 0 120 24" aria-hidden="true">${stars}</svg>
                </span>
              </span>
              <span aria-hidden="true">${formatNumber(rating.value, locale)} / ${formatNumber(rating.max, locale)}</span>
            </div>`
            : nothing
        }
        ${review.title ? html`<p part="review-title" class="review-title" dir="auto">${review.title}</p>` : nothing}
        <p part="text" class="text ${expanded ? '' : 'clamped'}" id="text-${i}" data-index=${i} dir="auto">${review.text}</p>
        ${
          hasButton || review.url
            ? html`<div class="actions">
              ${
                hasButton
                  ? html`<button
                    part="read-more"
                    class="text-button"
                    type="button"
                    aria-expanded=${expanded ? 'true' : 'false'}
                    aria-controls="text-${i}"
                    @click=${() => this.toggleText(review)}
                  >
                    ${expanded ? s.readLess : s.readMore}
                  </button>`
                  : nothing
              }
              ${
                review.url
                  ? html`<span part="link" class="link">${externalLink(review.url, review.outlet ? s.fullReviewAt(review.outlet) : s.fullReview)}</span>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </div>
    </div>`;
  }
}
