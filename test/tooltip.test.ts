/**
 * The shared tooltip controller on its own (src/internal/tooltip.ts), in a minimal host element: what
 * every element that adopts it can rely on. The badge's tests cover it in use (real mouse and keyboard,
 * viewport edges, clipping, cleanup, axe).
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';

import { TooltipController, tooltipStyles, type TooltipOptions } from '../src/internal/tooltip.js';
import { fixture } from './helpers.js';

class TooltipHost extends LitElement {
  static override styles = [
    tooltipStyles,
    css`
      :host {
        display: block;
        --_surface: #fff;
        --_border: #888;
        --_radius: 8px;
      }
    `,
  ];
  static options: TooltipOptions = {};
  static override properties = { pairs: { type: Number } };
  pairs = 2;
  controller = new TooltipController(this, TooltipHost.options);
  override render() {
    return html`<span id="note">not a tooltip</span>
      ${Array.from(
        { length: this.pairs },
        (_, i) => html`<span class="trigger" tabindex="0" aria-describedby="note tip-${i}">Trigger ${i}</span>
          <div role="tooltip" id="tip-${i}">Tooltip ${i}, long enough to be wider than a clipping box<span data-arrow></span></div>`,
      )}`;
  }
}
customElements.define('test-tooltip-host', TooltipHost);

const triggers = (host: TooltipHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('.trigger')];
const tips = (host: TooltipHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[role="tooltip"]')];
const isOpen = (tip: HTMLElement) => getComputedStyle(tip).display !== 'none';
const pointer = (type: string, target: Element, relatedTarget: Element | null = null, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType, relatedTarget }));

async function placed(tip: HTMLElement) {
  await waitUntil(() => isOpen(tip) && tip.style.left, 'the tooltip to open and be placed', { timeout: 2000 });
  await Promise.all(tip.getAnimations().map((animation) => animation.finished));
}

describe('TooltipController', () => {
  it('links triggers by aria-describedby to a role=tooltip (skipping other ids)', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    triggers(host)[1]!.focus();
    await placed(tips(host)[1]!);
    expect(host.controller.openTooltip).to.equal(tips(host)[1]);
    expect(isOpen(tips(host)[0]!)).to.equal(false);
  });

  it('waits for the hover delay, opens at once when moving on from an open tooltip, and ignores touch', async () => {
    TooltipHost.options = { delay: 400 };
    try {
      const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
      const [first, second] = triggers(host);
      pointer('pointermove', first!, null, 'touch');
      await aTimeout(500);
      expect(host.controller.openTooltip, 'touch does not hover').to.equal(undefined);

      pointer('pointermove', first!);
      await aTimeout(200);
      expect(host.controller.openTooltip, 'not before the delay').to.equal(undefined);
      await aTimeout(300);
      expect(host.controller.openTooltip, 'after the delay').to.equal(tips(host)[0]);

      pointer('pointerout', first!, second!);
      pointer('pointermove', second!);
      expect(host.controller.openTooltip, 'next one at once').to.equal(tips(host)[1]);
    } finally {
      TooltipHost.options = {};
    }
  });

  it('a hover that leaves before the delay opens nothing', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const [first] = triggers(host);
    pointer('pointermove', first!);
    pointer('pointerout', first!, document.body);
    await aTimeout(450);
    expect(host.controller.openTooltip).to.equal(undefined);
  });

  it('keeps a keyboard user’s tooltip when boundary events fire under a resting pointer', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    const [first, second] = triggers(host);
    second!.focus();
    await placed(tips(host)[1]!);
    // A layout shift moves the first trigger under the pointer: pointerover, but no movement.
    pointer('pointerover', first!);
    await aTimeout(450);
    expect(host.controller.openTooltip).to.equal(tips(host)[1]);
  });

  it('opens one tooltip at a time across elements', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><test-tooltip-host></test-tooltip-host><test-tooltip-host></test-tooltip-host></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll<TooltipHost>('test-tooltip-host')];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    a!.controller.show(triggers(a!)[0]!);
    await placed(tips(a!)[0]!);
    b!.controller.show(triggers(b!)[0]!);
    await placed(tips(b!)[0]!);
    expect(isOpen(tips(a!)[0]!)).to.equal(false);
    expect(a!.controller.openTooltip).to.equal(undefined);
  });

  it('closes when a re-render removes the open pair', async () => {
    const host = await fixture<TooltipHost>(html`<test-tooltip-host></test-tooltip-host>`);
    host.controller.show(triggers(host)[1]!);
    await placed(tips(host)[1]!);
    host.pairs = 1;
    await host.updateComplete;
    expect(host.controller.openTooltip).to.equal(undefined);
  });

  it('without the Popover API, still escapes overflow: hidden with the fixed strategy', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="margin: 150px 60px; width: 90px; height: 30px; overflow: hidden"><test-tooltip-host></test-tooltip-host></div>`,
    );
    const host = wrapper.querySelector<TooltipHost>('test-tooltip-host')!;
    await host.updateComplete;
    const tip = tips(host)[0]!;
    // This browser has the Popover API; take it away from this one element.
    Object.defineProperty(tip, 'showPopover', { value: undefined, configurable: true });
    host.controller.show(triggers(host)[0]!);
    await placed(tip);
    expect(tip.hasAttribute('popover'), 'no popover attribute without the API').to.equal(false);
    expect(getComputedStyle(tip).position).to.equal('fixed');
    const rect = tip.getBoundingClientRect();
    const box = wrapper.getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(box.width);
    expect(rect.bottom, 'above its trigger').to.be.at.most(triggers(host)[0]!.getBoundingClientRect().top);
    expect(rect.top, 'reaching out of the box').to.be.below(box.top);
    for (const [x, y] of [
      [rect.left + 3, rect.top + 3],
      [rect.right - 3, rect.bottom - 3],
    ] as const) {
      const hit = host.shadowRoot!.elementFromPoint(x, y);
      expect(hit && tip.contains(hit), `tooltip visible at (${x}, ${y})`).to.equal(true);
    }
    host.controller.hide();
    expect(isOpen(tip)).to.equal(false);
  });
});
