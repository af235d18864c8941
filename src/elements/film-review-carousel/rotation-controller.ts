import type { ReactiveController, ReactiveElement } from 'lit';

export interface RotationOptions {
  /** Milliseconds each slide shows; anything but a positive number means 6 s. */
  interval: () => number;
  /** Whether there is anywhere to rotate to (more than one position). */
  canRotate: () => boolean;
  /** Shows the next slide (the first after the last). */
  advance: () => void;
}

const DEFAULT_INTERVAL = 6000;

/** The host events the controller listens to; `handleEvent` sorts them out. */
const EVENTS = ['focusin', 'pointerdown', 'pointerup', 'pointercancel', 'pointerenter', 'pointerleave', 'keydown'] as const;

/**
 * Automatic rotation of a carousel (WAI-ARIA APG carousel): one timer that shows the next slide every
 * `interval`, which
 *
 * - pauses while a mouse or pen is over the host, and resumes when it leaves;
 * - stops for good when keyboard (or script) focus enters the host from outside — only the user
 *   starts it again (`toggle()`, the start/stop button); focus that comes with a click does not stop
 *   it, so a click on the start button can start it;
 * - never starts by itself under `prefers-reduced-motion: reduce`, and stops when that preference
 *   turns on;
 * - restarts its clock when the slide changes some other way (`restartClock()`), so each slide gets a
 *   whole interval.
 *
 * The host renders from `playing` (the button's label, `aria-live`) and calls `reset(autoplay)` when its
 * `autoplay` property changes. The timer, the host listeners and the media query listener are the
 * controller's: all are gone when the host disconnects, and come back when it reconnects.
 */
export class RotationController implements ReactiveController {
  private on = false;
  private hovered = false;
  /** A pointer is down on the host: the focus that follows is the click's, not a keyboard's. */
  private pointerDown = false;
  private timer?: ReturnType<typeof setTimeout>;
  private motionQuery?: MediaQueryList;
  private prefersReducedMotion = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RotationOptions,
  ) {
    host.addController(this);
  }

  /** Whether rotation is on (it may still be paused while hovered). */
  get playing(): boolean {
    return this.on;
  }

  /** Whether the user prefers reduced motion (read when the host connects, then followed). */
  get reducedMotion(): boolean {
    return this.prefersReducedMotion;
  }

  /**
   * Follows the host's `autoplay`: on, unless the user prefers reduced motion; off otherwise. Taking a
   * server render over, the host may ignore the preference for its first render (the server's), then
   * reset again.
   */
  reset(autoplay: boolean, { ignoreReducedMotion = false } = {}): void {
    this.set(autoplay && (ignoreReducedMotion || !this.prefersReducedMotion));
  }

  /** The user's start/stop button. */
  toggle(): void {
    this.set(!this.on);
  }

  /** Stops rotation until the user starts it again (the user took over). */
  stop(): void {
    this.set(false);
  }

  /** The slide changed: the next one gets a whole interval (the timer starts again at the host's next update). */
  restartClock(): void {
    this.clearTimer();
  }

  hostConnected(): void {
    this.motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
    this.prefersReducedMotion = this.motionQuery.matches;
    this.motionQuery.addEventListener('change', this.onMotionChange);
    for (const type of EVENTS) this.host.addEventListener(type, this);
    // Put back in the page: rotate again if it was on (the first update starts it otherwise).
    if (this.host.hasUpdated) this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.motionQuery = undefined;
    for (const type of EVENTS) this.host.removeEventListener(type, this);
    this.clearTimer();
    this.hovered = false;
    this.pointerDown = false;
  }

  handleEvent(event: Event): void {
    switch (event.type) {
      case 'focusin': {
        // Focus moving inside the host never reaches it (relatedTarget is retargeted to the host itself,
        // so the event stops inside); this one comes from outside, unless the host's light DOM held it.
        const from = (event as FocusEvent).relatedTarget as Node | null;
        if (!this.pointerDown && !(from && this.host.contains(from))) this.stop();
        break;
      }
      case 'pointerdown':
        this.pointerDown = true;
        break;
      case 'pointerup':
      case 'pointercancel':
      case 'keydown':
        this.pointerDown = false;
        break;
      case 'pointerenter':
      case 'pointerleave': {
        if (event.type === 'pointerleave') this.pointerDown = false;
        // A touch has no hover: a tap must not pause rotation until the next tap elsewhere.
        if ((event as PointerEvent).pointerType === 'touch') break;
        this.hovered = event.type === 'pointerenter';
        this.sync();
        break;
      }
    }
  }

  private onMotionChange = () => {
    this.prefersReducedMotion = !!this.motionQuery?.matches;
    if (this.prefersReducedMotion) this.stop();
  };

  private set(on: boolean) {
    if (on === this.on) return;
    this.on = on;
    this.sync();
    this.host.requestUpdate();
  }

  /** Runs the timer exactly when rotation is on, not paused, in the page and has somewhere to go. */
  private sync() {
    const run = this.on && !this.hovered && this.host.isConnected && this.options.canRotate();
    if (!run) this.clearTimer();
    else if (this.timer === undefined) {
      const interval = this.options.interval();
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.options.advance();
          this.sync();
        },
        interval > 0 ? interval : DEFAULT_INTERVAL,
      );
    }
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
