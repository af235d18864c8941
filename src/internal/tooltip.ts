import type { Placement } from '@floating-ui/dom';
import { css, type LitElement, type ReactiveController } from 'lit';

import type { TooltipBehaviour } from './tooltip-behaviour.js';

/** Options of a `TooltipController`; every one has a default. */
export interface TooltipOptions {
  /** Preferred side; flips to the opposite one when there is no room. Default `top`. */
  placement?: Placement;
  /** Hover delay before opening, in ms. Default 300. */
  delay?: number;
  /** Grace period after the pointer leaves, to reach the tooltip across the gap, in ms. Default 150. */
  hideDelay?: number;
  /** Gap between trigger and tooltip, in px. Default 8. */
  distance?: number;
}

/** What the behaviour reads of an event: the live event, or what was recorded of it while it loaded. */
export interface TooltipEvent {
  type: string;
  target: EventTarget | null;
  relatedTarget?: EventTarget | null;
  pointerType?: string;
}

/** The host's pointer and focus events a tooltip follows. */
const EVENTS = ['pointermove', 'pointerout', 'focusin', 'focusout'] as const;

/** The behaviour's code, once a controller asked for it (one load for the page). */
let behaviourCode: Promise<typeof import('./tooltip-behaviour.js')> | undefined;

/** Something to do with the behaviour: an event, or opening a tooltip (`show()`). */
type Step = TooltipEvent | { show: HTMLElement };

/**
 * The shared floating tooltip: a reactive controller on @floating-ui/dom that any film element can
 * add. It follows WAI-ARIA's tooltip pattern and WCAG 1.4.13 (content on hover or focus):
 *
 * - opens on hover after `delay` ms (at once when another tooltip is already open) and at once on focus;
 * - stays open while the pointer is over the trigger or the tooltip (hoverable) and while focus is in
 *   either; closes `hideDelay` ms after both are left (time to cross the gap), and on Escape — without
 *   moving focus, unless focus was inside the tooltip, where it goes back to the trigger;
 * - never closes on a timer of its own (persistent); touch opens it through focus (a tap), not hover;
 * - renders in the top layer (`popover="manual"` + `showPopover()`) so no `overflow: hidden` or
 *   `z-index` of the page can clip or cover it; where the Popover API is missing it still uses the fixed
 *   strategy, which escapes clipping ancestors that are not containing blocks (no transform or filter);
 * - `computePosition` with offset, flip, shift and an arrow keeps it whole inside the viewport;
 *   `autoUpdate` runs only while it is open and is stopped on close and when the host disconnects.
 *
 * Only this controller comes with the element. What a tooltip does (tooltip-behaviour.ts) loads the
 * first time the pointer or focus enters the host, floating-ui the first time a tooltip opens: a page
 * may never open one. Events that come while the behaviour loads are recorded (a shadow tree's event
 * loses its target after dispatch) and replayed in order, so the first hover or focus is not lost.
 *
 * Usage: nothing but markup. In the host's shadow root, a trigger is any element whose
 * `aria-describedby` names an element with `role="tooltip"` in the same shadow root; make the trigger
 * focusable. An element marked `data-arrow` inside the tooltip becomes its arrow. Add `tooltipStyles`.
 *
 * ```ts
 * class MyElement extends LitElement {
 *   static styles = [tooltipStyles];
 *   tooltips = new TooltipController(this);
 *   render() {
 *     return html`<span tabindex="0" aria-describedby="tip">82</span>
 *       <div id="tip" role="tooltip">Universal acclaim<span data-arrow></span></div>`;
 *   }
 * }
 * ```
 *
 * One tooltip is open at a time on the page (per copy of the library): opening one closes the other.
 * The controller sets `data-open` and `data-placement` (`top`, `bottom`, `left`, `right`) on the open
 * tooltip and `popover="manual"` on it if missing; the template should not bind those.
 */
export class TooltipController implements ReactiveController {
  private behaviour?: TooltipBehaviour;
  /** Steps that came while the behaviour loads, in order; replayed once it is here. */
  private early: Step[] = [];
  private loading = false;

  constructor(
    private readonly host: LitElement,
    private readonly options: TooltipOptions = {},
  ) {
    host.addController(this);
  }

  /** The tooltip element that is open, if any. */
  get openTooltip(): HTMLElement | undefined {
    return this.behaviour?.openTooltip;
  }

  hostConnected(): void {
    for (const type of EVENTS) this.host.renderRoot.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) this.host.renderRoot.removeEventListener(type, this);
    this.early = [];
    this.behaviour?.reset();
  }

  hostUpdated(): void {
    this.behaviour?.hostUpdated();
  }

  /** Opens the tooltip of `trigger` now (closing any other). Does nothing if it has none. */
  show(trigger: HTMLElement): void {
    this.run({ show: trigger });
  }

  /** Closes the open tooltip (and forgets an opening still waiting for the behaviour). */
  hide(): void {
    this.early = this.early.filter((step) => !('show' in step));
    this.behaviour?.hide();
  }

  /** @internal The host's pointer and focus events, recorded while the behaviour loads. */
  handleEvent(event: Event): void {
    const { type, target, relatedTarget, pointerType } = event as PointerEvent;
    this.run(this.behaviour ? (event as PointerEvent) : { type, target, relatedTarget, pointerType });
  }

  private run(step: Step): void {
    const behaviour = this.behaviour;
    if (behaviour) {
      if ('show' in step) behaviour.show(step.show);
      else behaviour.handleEvent(step);
      return;
    }
    this.early.push(step);
    if (this.loading) return;
    this.loading = true;
    (behaviourCode ??= import('./tooltip-behaviour.js')).then(
      ({ TooltipBehaviour }) => {
        this.loading = false;
        this.behaviour = new TooltipBehaviour(this.host, this.options);
        const early = this.early;
        this.early = [];
        for (const step of early) this.run(step);
      },
      () => {
        // Not loaded (offline): no tooltip this time; the next hover or focus tries again.
        this.loading = false;
        this.early = [];
        behaviourCode = undefined;
      },
    );
  }
}

/**
 * Styles for `role="tooltip"` elements and their `[data-arrow]`. Colours come from the shared tokens,
 * so the tooltip follows the host's theme (the top layer keeps inheriting from the host).
 */
export const tooltipStyles = css`
  [role='tooltip'] {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: 1000;
    width: max-content;
    max-width: min(20rem, calc(100vw - 16px));
    margin: 0;
    padding: 0.5em 0.75em;
    overflow: visible;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: inherit;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
    font-size: 0.875rem;
    line-height: 1.4;
    text-align: start;
    white-space: normal;
  }
  [role='tooltip']:not([data-open]) {
    display: none;
  }
  [data-arrow] {
    position: absolute;
    width: 8px;
    height: 8px;
    background: inherit;
    border: inherit;
    border-radius: 0;
    rotate: 45deg;
  }
  [data-placement='top'] > [data-arrow] {
    bottom: -5px;
    border-width: 0 1px 1px 0;
  }
  [data-placement='bottom'] > [data-arrow] {
    top: -5px;
    border-width: 1px 0 0 1px;
  }
  [data-placement='left'] > [data-arrow] {
    right: -5px;
    border-width: 1px 1px 0 0;
  }
  [data-placement='right'] > [data-arrow] {
    left: -5px;
    border-width: 0 0 1px 1px;
  }
  @media (prefers-reduced-motion: no-preference) {
    [role='tooltip'][data-open] {
      animation: film-tooltip-in 0.12s ease-out;
    }
  }
  @keyframes film-tooltip-in {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    [role='tooltip'],
    [data-arrow] {
      border-color: CanvasText;
    }
  }
`;
