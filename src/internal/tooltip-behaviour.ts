import type { LitElement } from 'lit';

import type { TooltipEvent, TooltipOptions } from './tooltip.js';

/*
 * What a tooltip does (see TooltipController in tooltip.ts, which loads this the first time the pointer
 * or focus enters its host): open and close on hover, focus and Escape, in the top layer, placed by
 * floating-ui. floating-ui itself is loaded when a tooltip first opens, not with this: it is most of
 * the weight and a page may never open a tooltip. The first open waits for it (invisible until placed).
 */
let floatingUi: Promise<typeof import('./floating.js')> | undefined;
const loadFloatingUi = () => (floatingUi ??= import('./floating.js'));

/** The open tooltip's behaviour: opening another tooltip anywhere closes it first. */
let current: TooltipBehaviour | undefined;

/** Keeps tooltips this far from the viewport's edges, in px. */
const EDGE = 8;

/** The behaviour of one host's tooltips (the controller's, once loaded). */
export class TooltipBehaviour {
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
    private readonly options: TooltipOptions,
  ) {}

  /** The tooltip element that is open, if any. */
  get openTooltip(): HTMLElement | undefined {
    return this.tip;
  }

  /** The host left the page: forget the pointer and focus, close. */
  reset(): void {
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

  /**
   * One listener for everything: pointer and focus on the render root (forwarded by the controller,
   * live or as recorded before this code was loaded), Escape on the document.
   */
  handleEvent(event: TooltipEvent): void {
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key !== 'Escape' || !this.tip) return;
      // One Escape dismisses one layer: the tooltip, not also a dialog it sits in.
      (event as KeyboardEvent).preventDefault();
      // Closing hides the focused link inside the tooltip: give focus back to the trigger instead of losing it.
      if (this.tip.contains(this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot.activeElement : document.activeElement))
        this.trigger!.focus();
      this.hide();
      return;
    }
    if (event.type.startsWith('pointer')) {
      // Touch has no hover: a tap focuses the trigger, and focus opens the tooltip.
      if (event.pointerType === 'touch') return;
      if (event.type === 'pointermove') {
        // Hover starts on real movement only: the boundary events a layout shift fires under a resting
        // pointer must not steal the tooltip from a keyboard user.
        const pair = this.pairOf(event.target as Node);
        if (pair === this.hovered) return;
        this.hovered = pair;
      } else {
        // pointerout: leaving the hovered pair ends hover; entering another waits for a move there.
        if (!this.hovered || this.pairOf(event.relatedTarget as Node | null) === this.hovered) return;
        this.hovered = undefined;
      }
      this.request(this.hovered ?? this.focused, true);
    } else {
      const focusin = event.type === 'focusin';
      this.focused = this.pairOf((focusin ? event.target : event.relatedTarget) as Node | null);
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
