import type { ReactiveController, ReactiveElement } from 'lit';

export interface ScrollOptions {
  /** The scrolling, snapping strip of slides, if rendered. */
  strip: () => HTMLElement | null;
  /** Position of the current slide in the list, from 0. */
  index: () => number;
  /** Slides side by side. */
  perView: () => number;
  /** Distinct positions: the last one shows the last `perView` slides. */
  positions: () => number;
  /** Position in the list of the strip's first slide element (the DOM holds a window of the list). */
  windowStart: () => number;
  /** Whether to jump instead of scrolling smoothly and sliding in. */
  reducedMotion: () => boolean;
  /** A swipe, a drag or a trackpad settled on another slide: make it the current one. */
  settle: (index: number) => void;
}

/** A mouse must move this far (px) before a press becomes a drag (and its click is swallowed). */
const DRAG_SLOP = 6;
/** Without `scrollend`, a scroll has settled when no scroll event came for this long (ms). */
const SCROLL_SETTLE = 120;

/** The strip's events besides the click, which is caught on the way down (capture). */
const EVENTS = ['scroll', 'scrollend', 'pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'dragstart'] as const;

/**
 * The strip of slides as a scroller: CSS scroll snap moves it (touch swipes and trackpads natively);
 * this controller keeps the scroll position and the host's current slide in step.
 *
 * - After each host update it puts the current slide at the start of the strip when the slide, the
 *   window of slides in the DOM or the geometry changed (`realign()`), and plays the slide-in of a
 *   button, key or rotation move (`slideIn()`).
 * - When a scroll the user made settles (`scrollend`, or a quiet spell where it is missing) on another
 *   slide, it tells the host (`settle`); between slides, it scrolls back to the nearest one.
 * - A mouse drags the strip by hand once it moved a few pixels (touch and pen scroll natively); the
 *   click that ends a drag is swallowed, so it follows no link and presses no button. Any deliberate
 *   drag moves one slide in its direction.
 * - Right to left, scroll offsets are negative (in every engine): the maths mirrors.
 *
 * It sets `data-dragging` on the strip during a drag (the template must not bind it). Its listeners are
 * on the strip the host renders (followed across re-renders), its timer is its own: both go when the
 * host disconnects.
 */
export class ScrollController implements ReactiveController {
  /** The strip the listeners are on. */
  private strip?: HTMLElement;
  /** Where the DOM's window of slides starts, as last rendered (scroll maths needs the DOM's truth). */
  private renderedStart = 0;
  /** The slide the scroll position was last set for, by an update. */
  private alignedIndex?: number;
  private realignNeeded = true;
  private direction = 0;
  private drag?: { id: number; x: number; scroll: number; moved: boolean };
  private swallowClick = false;
  private scrollTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ScrollOptions,
  ) {
    host.addController(this);
  }

  /** Whether the host is laid out right to left (arrows, keys and offsets mirror). */
  get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  /** The next update puts the current slide at the start again (the list, the width or slides per view changed). */
  realign(): void {
    this.realignNeeded = true;
  }

  /** The next update shows a short slide-in from this side: 1 forward, -1 backward. */
  slideIn(direction: 1 | -1): void {
    this.direction = direction;
  }

  hostConnected(): void {
    if (this.host.hasUpdated) {
      // Put back in the page: the strip lost its scroll position with its layout box.
      this.realignNeeded = true;
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    const strip = this.options.strip() ?? undefined;
    this.listenTo(strip);
    if (strip) {
      this.renderedStart = this.options.windowStart();
      const index = this.options.index();
      if (this.realignNeeded || index !== this.alignedIndex) this.align(strip, 'instant', index);
      this.alignedIndex = index;
      if (this.direction) this.animate(strip);
    }
    this.realignNeeded = false;
    this.direction = 0;
  }

  hostDisconnected(): void {
    this.listenTo(undefined);
    clearTimeout(this.scrollTimer);
    this.scrollTimer = undefined;
    this.drag = undefined;
    this.swallowClick = false;
  }

  private listenTo(strip: HTMLElement | undefined) {
    if (strip === this.strip) return;
    const old = this.strip;
    if (old) {
      for (const type of EVENTS) old.removeEventListener(type, this);
      old.removeEventListener('click', this, { capture: true });
      old.removeAttribute('data-dragging');
    }
    this.strip = strip;
    if (strip) {
      for (const type of EVENTS) strip.addEventListener(type, this, { passive: type === 'scroll' });
      strip.addEventListener('click', this, { capture: true });
    }
  }

  handleEvent(event: Event): void {
    switch (event.type) {
      case 'scroll':
        return this.onScroll();
      case 'scrollend':
        return this.onScrollEnd();
      case 'pointerdown':
        return this.onPointerDown(event as PointerEvent);
      case 'pointermove':
        return this.onPointerMove(event as PointerEvent);
      case 'pointerup':
      case 'pointercancel':
        return this.onPointerUp(event as PointerEvent);
      case 'click':
        return this.onClick(event);
      case 'dragstart':
        // Links and images would start a native drag-and-drop instead of dragging the strip.
        return event.preventDefault();
    }
  }

  /** Width of one slide: the strip shows `perView` of them. */
  private step(strip: HTMLElement) {
    return strip.clientWidth / this.options.perView();
  }

  /** Scrolls so that slide `index` is at the start of the strip. */
  private align(strip: HTMLElement, behavior: ScrollBehavior, index: number) {
    strip.scrollTo({ left: (this.rtl ? -1 : 1) * (index - this.renderedStart) * this.step(strip), behavior });
  }

  /** Where the strip is scrolled to, in slides from the first one in the list (fractional mid-swipe). */
  private position(strip: HTMLElement): number {
    const step = this.step(strip);
    return this.renderedStart + (step ? ((this.rtl ? -1 : 1) * strip.scrollLeft) / step : 0);
  }

  /** Button, key and rotation moves jump the scroll position; a short slide-in shows where from. */
  private animate(strip: HTMLElement) {
    if (this.options.reducedMotion() || typeof Element.prototype.animate !== 'function') return;
    const offset = this.direction * (this.rtl ? -1 : 1) * 32;
    // The review boxes move, not the slides: a slide is a snap area, and moving it would make the
    // strip re-snap mid-animation. Movement only: fading would dip text below contrast minimums.
    for (const box of strip.querySelectorAll<HTMLElement>('.slide:not([inert]) > .review')) {
      box.animate([{ transform: `translateX(${offset}px)` }, { transform: 'none' }], { duration: 220, easing: 'ease-out' });
    }
  }

  private smooth(): ScrollBehavior {
    return this.options.reducedMotion() ? 'instant' : 'smooth';
  }

  private onScroll() {
    // Engines without `scrollend` settle on the last scroll event instead; scrolls that land where
    // the current slide already is (our own alignment) need no settling. A scroll event that arrives
    // after removal (queued before it) must not start a timer: out of the page there is no position.
    if ('onscrollend' in window || !this.host.isConnected || !this.strip) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = undefined;
    if (!this.drag?.moved && Math.abs(this.position(this.strip) - this.options.index()) < 0.01) return;
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      this.onScrollEnd();
    }, SCROLL_SETTLE);
  }

  /** A swipe, a drag or a trackpad settled: on another slide, tell the host; between two, snap back. */
  private onScrollEnd() {
    const strip = this.strip;
    if (!strip || this.drag?.moved || !this.host.isConnected) return;
    // The DOM is about to change (and the scroll maths with it): look again once it has.
    if (this.host.isUpdatePending) return void this.host.updateComplete.then(() => this.host.isConnected && this.onScrollEnd());
    const index = this.options.index();
    const position = this.position(strip);
    const nearest = Math.max(0, Math.min(Math.round(position), this.options.positions() - 1));
    if (nearest !== index) this.options.settle(nearest);
    else if (Math.abs(position - index) > 0.01) this.align(strip, this.smooth(), index);
  }

  private onPointerDown(event: PointerEvent) {
    this.swallowClick = false;
    // Touch and pen scroll natively; a mouse drags by hand (not from a button, whose click must work).
    if (event.pointerType !== 'mouse' || event.button !== 0 || (event.target as Element).closest('button')) return;
    this.drag = { id: event.pointerId, x: event.clientX, scroll: this.strip!.scrollLeft, moved: false };
  }

  private onPointerMove(event: PointerEvent) {
    const drag = this.drag;
    const strip = this.strip;
    if (!drag || !strip || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    if (!drag.moved) {
      if (Math.abs(dx) < DRAG_SLOP) return;
      drag.moved = true;
      strip.setPointerCapture(drag.id);
      strip.setAttribute('data-dragging', '');
      getSelection()?.removeAllRanges();
    }
    strip.scrollLeft = drag.scroll - dx;
  }

  private onPointerUp(event: PointerEvent) {
    const drag = this.drag;
    const strip = this.strip;
    this.drag = undefined;
    if (!drag?.moved || !strip || event.pointerId !== drag.id) return;
    // The click that ends a drag must not follow a link or press a button under the pointer.
    this.swallowClick = event.type === 'pointerup';
    strip.removeAttribute('data-dragging');
    // Any deliberate drag moves one slide in its direction, like a swipe with scroll-snap-stop.
    const index = this.options.index();
    const moved = (this.rtl ? 1 : -1) * (event.clientX - drag.x);
    const threshold = Math.min(40, this.step(strip) / 5);
    const target = Math.max(0, Math.min(index + (moved > threshold ? 1 : moved < -threshold ? -1 : 0), this.options.positions() - 1));
    this.align(strip, this.smooth(), target);
  }

  private onClick(event: Event) {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.preventDefault();
    event.stopPropagation();
  }
}
