import type { Placement } from '@floating-ui/dom';
import { css, type LitElement, type ReactiveController } from 'lit';

/*
 * floating-ui is loaded when a tooltip first opens, not with the element: it is a third of the badge's
 * weight and a page may never open a tooltip. The first open waits for it (invisible until placed).
 */
let floatingUi: Promise<typeof import('./floating.js')> | undefined;
const loadFloatingUi = () => (floatingUi ??= import('./floating.js'));

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

/** The open tooltip's controller: opening another tooltip anywhere closes it first. */
let current: TooltipController | undefined;

/** Keeps tooltips this far from the viewport's edges, in px. */
const EDGE = 8;

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
 *   `autoUpdate` runs only while it is open and is stopped on close and when the host disconnects;
 *   floating-ui itself is loaded on the first open.
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
  /** The open tooltip's trigger, and the tooltip. */
  private trigger?: HTMLElement;
  private tip?: HTMLElement;
  /** Trigger of the pair under the pointer, of the pair holding focus, and the one they call for. */
  private hovered?: HTMLElement;
  private focused?: HTMLElement;
  private wanted?: HTMLElement;
  private timer?: ReturnType<typeof setTimeout>;
  private stopUpdates?: () => void;

  constructor(
    private readonly host: LitElement,
    private readonly options: TooltipOptions = {},
  ) {
    host.addController(this);
  }

  /** The tooltip element that is open, if any. */
  get openTooltip(): HTMLElement | undefined {
    return this.tip;
  }

  hostConnected(): void {
    for (const type of EVENTS) this.host.renderRoot.addEventListener(type, this);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) this.host.renderRoot.removeEventListener(type, this);
    this.hovered = this.focused = this.wanted = undefined;
    this.hide();
  }

  hostUpdated(): void {
    // A re-render that removed or re-targeted the open pair closes it: never float over nothing.
    if (this.trigger && (!this.trigger.isConnected || this.tipOf(this.trigger) !== this.tip)) this.hide();
  }

  /** Opens the tooltip of `trigger` now (closing any other). Does nothing if it has none. */
  show(trigger: HTMLElement): void {
    clearTimeout(this.timer);
    const tip = this.tipOf(trigger);
    if (!tip || tip === this.tip) return;
    current?.hide();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one open tooltip is module state on purpose
    current = this;
    this.trigger = trigger;
    this.tip = tip;
    tip.setAttribute('data-open', '');
    if (typeof tip.showPopover === 'function') {
      if (!tip.hasAttribute('popover')) tip.setAttribute('popover', 'manual');
      try {
        tip.showPopover();
      } catch {
        // Already shown or not connected: the fixed strategy still positions it.
      }
    }
    document.addEventListener('keydown', this);
    const arrowElement = tip.querySelector<HTMLElement>('[data-arrow]');
    const { placement = 'top', distance = 8 } = this.options;
    tip.style.visibility = 'hidden'; // until floating-ui has placed it
    void loadFloatingUi().then(({ arrow, autoUpdate, computePosition, flip, offset, shift }) => {
      if (this.tip !== tip || this.stopUpdates) return; // closed (or reopened and placed) meanwhile
      this.stopUpdates = autoUpdate(trigger, tip, () => {
        void computePosition(trigger, tip, {
          strategy: 'fixed',
          placement,
          middleware: [
            offset(distance),
            flip({ padding: EDGE }),
            shift({ padding: EDGE }),
            arrowElement && arrow({ element: arrowElement, padding: 6 }),
          ],
        }).then(({ x, y, placement: side, middlewareData }) => {
          if (this.tip !== tip) return; // closed while measuring
          tip.style.left = `${x}px`;
          tip.style.top = `${y}px`;
          tip.style.visibility = '';
          tip.dataset.placement = side.split('-')[0];
          if (arrowElement) {
            const { x: arrowX, y: arrowY } = middlewareData.arrow ?? {};
            arrowElement.style.left = arrowX == null ? '' : `${arrowX}px`;
            arrowElement.style.top = arrowY == null ? '' : `${arrowY}px`;
          }
        });
      });
    });
  }

  /** Closes the open tooltip, stopping its position updates and its Escape listener. */
  hide(): void {
    clearTimeout(this.timer);
    const tip = this.tip;
    if (!tip) return;
    this.stopUpdates?.();
    this.stopUpdates = this.trigger = this.tip = undefined;
    if (current === this) current = undefined;
    document.removeEventListener('keydown', this);
    try {
      tip.hidePopover?.();
    } catch {
      // Not showing as a popover (fallback path): nothing to hide.
    }
    tip.removeAttribute('data-open');
  }

  /** @internal One listener for everything: pointer and focus on the render root, Escape on the document. */
  handleEvent(event: Event): void {
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key !== 'Escape' || !this.tip) return;
      // One Escape dismisses one layer: the tooltip, not also a dialog it sits in.
      event.preventDefault();
      // Closing hides the focused link inside the tooltip: give focus back to the trigger instead of losing it.
      if (this.tip.contains(this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot.activeElement : document.activeElement))
        this.trigger!.focus();
      this.hide();
      return;
    }
    if (event.type.startsWith('pointer')) {
      // Touch has no hover: a tap focuses the trigger, and focus opens the tooltip.
      if ((event as PointerEvent).pointerType === 'touch') return;
      if (event.type === 'pointermove') {
        // Hover starts on real movement only: the boundary events a layout shift fires under a resting
        // pointer must not steal the tooltip from a keyboard user.
        const pair = this.pairOf(event.target as Node);
        if (pair === this.hovered) return;
        this.hovered = pair;
      } else {
        // pointerout: leaving the hovered pair ends hover; entering another waits for a move there.
        if (!this.hovered || this.pairOf((event as PointerEvent).relatedTarget as Node | null) === this.hovered) return;
        this.hovered = undefined;
      }
      this.request(this.hovered ?? this.focused, true);
    } else {
      const focusin = event.type === 'focusin';
      this.focused = this.pairOf((focusin ? event.target : (event as FocusEvent).relatedTarget) as Node | null);
      // Focusing a trigger again is a new request: it reopens a tooltip dismissed with Escape.
      this.request(this.focused ?? this.hovered, false, focusin && !this.tip);
    }
  }

  /** Opens (or schedules) the tooltip the latest interaction calls for, or schedules closing. */
  private request(wanted: HTMLElement | undefined, pointer: boolean, force = false): void {
    // The same pair as before changes nothing: moving within it keeps it open, or closed after Escape.
    if (wanted === this.wanted && !force) return;
    this.wanted = wanted;
    clearTimeout(this.timer);
    if (!wanted) this.timer = setTimeout(() => this.hide(), this.options.hideDelay ?? 150);
    else if (!pointer || this.tip) this.show(wanted);
    else this.timer = setTimeout(() => this.show(wanted), this.options.delay ?? 300);
  }

  /** The trigger of the pair (trigger + its tooltip) that holds `node`, if any. */
  private pairOf(node: Node | null): HTMLElement | undefined {
    if (!node || !this.host.renderRoot.contains(node)) return undefined;
    if (this.tip?.contains(node)) return this.trigger;
    const trigger = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[aria-describedby]');
    return trigger && this.tipOf(trigger) ? trigger : undefined;
  }

  /** The `role="tooltip"` element that `trigger`'s `aria-describedby` names, in the same root. */
  private tipOf(trigger: Element): HTMLElement | undefined {
    for (const id of (trigger.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
      const tip = id ? this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`) : null;
      if (tip?.getAttribute('role') === 'tooltip') return tip;
    }
    return undefined;
  }
}

const EVENTS = ['pointermove', 'pointerout', 'focusin', 'focusout'] as const;

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
