import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

import '../src/film-ratings-badge.js';

import type { FilmInput } from '../src/data/schema.js';
import type { FilmRatingsBadge } from '../src/elements/film-ratings-badge/film-ratings-badge.js';
import { captureWarnings, expectAccessible, fixture, forEachFixtureMode, html, part, renderedElements, sampleFilm } from './helpers.js';

type Rating = NonNullable<FilmInput['ratings']>[number];

const triggers = (badge: Element) => [...badge.shadowRoot!.querySelectorAll<HTMLElement>('[role="img"]')];
const names = (badge: Element) => triggers(badge).map((trigger) => trigger.getAttribute('aria-label'));
/** The tooltip a trigger's aria-describedby points to. */
const tooltipOf = (trigger: HTMLElement) =>
  (trigger.getRootNode() as ShadowRoot).getElementById(trigger.getAttribute('aria-describedby')!)!;
const isOpen = (tip: HTMLElement) => getComputedStyle(tip).display !== 'none';
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const triggerNamed = (badge: Element, source: string) =>
  triggers(badge).find((t) => t.getAttribute('aria-label')!.startsWith(`${source}:`))!;

/** Waits until the tooltip is open and placed (floating-ui sets its coordinates) and its fade-in is over. */
async function opened(tip: HTMLElement): Promise<DOMRect> {
  await waitUntil(() => isOpen(tip) && tip.dataset.placement !== undefined && tip.style.left !== '', 'the tooltip to open', {
    timeout: 3000,
  });
  await Promise.all(tip.getAnimations().map((animation) => animation.finished));
  await nextFrame();
  return tip.getBoundingClientRect();
}

const badgeWith = (ratings: Rating[], attributes = '') => {
  const film = { title: 'Scores', ratings };
  return fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${film} variant=${attributes || 'full'}></film-ratings-badge>`);
};

/** Moves the real mouse to the centre of an element. */
async function hover(element: Element) {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

/** The viewport without scrollbars. */
const viewport = () => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight });

/** Whether the tooltip is wholly inside the viewport and nothing clips or covers it (hit-testing its corners). */
function expectWhollyVisible(tip: HTMLElement) {
  const rect = tip.getBoundingClientRect();
  const { width, height } = viewport();
  expect(rect.width, 'tooltip width').to.be.greaterThan(20);
  expect(rect.left, 'left edge').to.be.at.least(0);
  expect(rect.top, 'top edge').to.be.at.least(0);
  expect(rect.right, 'right edge').to.be.at.most(width);
  expect(rect.bottom, 'bottom edge').to.be.at.most(height);
  const root = tip.getRootNode() as ShadowRoot;
  const inset = 3;
  const points: [number, number][] = [
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
  ];
  for (const [x, y] of points) {
    const hit = root.elementFromPoint(x, y);
    expect(hit && tip.contains(hit), `the tooltip is what shows at (${Math.round(x)}, ${Math.round(y)})`).to.equal(true);
  }
}

/**
 * Records what autoUpdate (and the Escape listener) registers — scroll/resize/keydown listeners,
 * ResizeObservers and IntersectionObservers — and what is still live.
 */
function instrument() {
  const tracked = new Set(['scroll', 'resize', 'keydown']);
  /** target → live registrations, each one (type, listener, capture), as the DOM tells them apart. */
  const listeners = new Map<EventTarget, { type: string; listener: unknown; capture: boolean }[]>();
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as EventListenerOptions | undefined)?.capture);
  const observing = new Map<object, Set<Element>>();
  let added = 0;
  const originals = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    ro: {
      observe: ResizeObserver.prototype.observe,
      unobserve: ResizeObserver.prototype.unobserve,
      disconnect: ResizeObserver.prototype.disconnect,
    },
    io: {
      observe: IntersectionObserver.prototype.observe,
      unobserve: IntersectionObserver.prototype.unobserve,
      disconnect: IntersectionObserver.prototype.disconnect,
    },
  };
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (tracked.has(type) && listener) {
      added++;
      const live = listeners.get(this) ?? [];
      if (!live.some((l) => l.type === type && l.listener === listener && l.capture === capture(options)))
        live.push({ type, listener, capture: capture(options) });
      listeners.set(this, live);
    }
    return originals.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if (tracked.has(type) && listener) {
      const live = listeners.get(this) ?? [];
      listeners.set(
        this,
        live.filter((l) => !(l.type === type && l.listener === listener && l.capture === capture(options))),
      );
    }
    return originals.remove.call(this, type, listener, options);
  };
  for (const [Observer, original] of [
    [ResizeObserver, originals.ro],
    [IntersectionObserver, originals.io],
  ] as const) {
    Observer.prototype.observe = function (this: object, target: Element, ...rest: unknown[]) {
      if (!observing.has(this)) observing.set(this, new Set());
      observing.get(this)!.add(target);
      return (original.observe as (...args: unknown[]) => void).call(this, target, ...rest);
    };
    Observer.prototype.unobserve = function (this: object, target: Element) {
      observing.get(this)?.delete(target);
      return (original.unobserve as (target: Element) => void).call(this, target);
    };
    Observer.prototype.disconnect = function (this: object) {
      observing.delete(this);
      return (original.disconnect as () => void).call(this);
    };
  }
  return {
    /** How many tracked listeners were added since instrumenting. */
    get added() {
      return added;
    },
    liveListeners: () => [...listeners.values()].reduce((n, live) => n + live.length, 0),
    liveObservers: () => [...observing.values()].filter((targets) => targets.size > 0).length,
    restore() {
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
      Object.assign(ResizeObserver.prototype, originals.ro);
      Object.assign(IntersectionObserver.prototype, originals.io);
    },
  };
}

describe('<film-ratings-badge>', () =>
  forEachFixtureMode(() => {
    afterEach(async () => {
      await resetMouse();
    });

    describe('what it shows', () => {
      it('renders every score of the sample, in data order, each with one accessible name that says it all', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        expect(names(badge)).to.deep.equal([
          'Metacritic: 82 out of 100, universal acclaim',
          'Rotten Tomatoes: 90%, fresh',
          'User score: 7.5 out of 10',
          'IMDb: 7.5 out of 10',
          'TMDB: 7.25 out of 10',
        ]);
        const list = part(badge, '[part~="list"]');
        expect(list.localName).to.equal('ul');
        expect(list.getAttribute('aria-label')).to.equal('Ratings of Leaving Las Vegas');
        const items = [...badge.shadowRoot!.querySelectorAll('[part="item"]')].map((item) => text(item.querySelector('.visual')!));
        expect(items[0]).to.equal('82 Metacritic Universal acclaim');
        expect(items[1]).to.equal('90% Rotten Tomatoes Fresh 51 reviews · avg. 7.7/10');
        expect(items[2]).to.equal('7.5/10 User score');
        expect(items[3]).to.equal('7.5/10 IMDb 142K ratings');
        expect(items[4]).to.equal('7.25/10 TMDB 1.5K ratings');
      });

      it('hides the visual pieces from the accessibility tree: a display-only image per score, no slider', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        for (const trigger of triggers(badge)) {
          expect(trigger.getAttribute('role')).to.equal('img');
          expect(trigger.querySelector('.visual')!.getAttribute('aria-hidden')).to.equal('true');
          expect(trigger.tabIndex).to.equal(0);
        }
        expect(badge.shadowRoot!.querySelector('[role="slider"], [role="meter"], input')).to.equal(null);
      });

      it('shows one source with source= (case-insensitive), and nothing when the film has none from it', async () => {
        const badge = await fixture<FilmRatingsBadge>(
          html`<film-ratings-badge .film=${sampleFilm()} source="metacritic"></film-ratings-badge>`,
        );
        expect(names(badge)).to.deep.equal(['Metacritic: 82 out of 100, universal acclaim']);
        badge.source = 'ROTTEN TOMATOES';
        await badge.updateComplete;
        expect(names(badge)).to.deep.equal(['Rotten Tomatoes: 90%, fresh']);
        badge.source = 'Letterboxd';
        await badge.updateComplete;
        expect(renderedElements(badge)).to.have.length(0);
        expect(badge.getBoundingClientRect().height).to.equal(0);
      });

      it('compact: score and source on one line; the band moves into the tooltip, the name keeps it', async () => {
        const badge = await fixture<FilmRatingsBadge>(
          html`<film-ratings-badge .film=${sampleFilm()} variant="compact"></film-ratings-badge>`,
        );
        expect(names(badge)[0]).to.equal('Metacritic: 82 out of 100, universal acclaim');
        const [metacritic, tomatoes] = triggers(badge);
        expect(text(metacritic!)).to.equal('82 Metacritic');
        expect(text(tomatoes!)).to.equal('90% Rotten Tomatoes');
        expect(badge.shadowRoot!.querySelector('[part="band"], [part="stars"], [part="meta"]')).to.equal(null);
        expect(text(tooltipOf(metacritic!))).to.equal('Universal acclaim Critics score');
        // One line each: the score box and the source share a baseline row.
        const box = metacritic!.querySelector('[part="score"]')!.getBoundingClientRect();
        const source = metacritic!.querySelector('[part="source-name"]')!.getBoundingClientRect();
        expect(source.top).to.be.below(box.bottom);
        expect(source.left).to.be.at.least(box.right);
      });

      it('full (the default): band, stars, count and average', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        expect(badge.variant).to.equal('full');
        expect([...badge.shadowRoot!.querySelectorAll('[part="band"]')].map(text)).to.deep.equal(['Universal acclaim', 'Fresh']);
        expect([...badge.shadowRoot!.querySelectorAll('[part="meta"]')].map(text)).to.deep.equal([
          '51 reviews · avg. 7.7/10',
          '142K ratings',
          '1.5K ratings',
        ]);
        expect(badge.shadowRoot!.querySelectorAll('[part="stars"]')).to.have.length(3);
      });

      it('puts Metacritic-style bands on /100 at 81, 61, 40 and 20, each with a word and a colour', async () => {
        const values = [100, 81, 80, 61, 60, 40, 39, 20, 19, 0];
        const badge = await badgeWith(values.map((value) => ({ source: `S${value}`, value, max: 100 })));
        expect(names(badge)).to.deep.equal([
          'S100: 100 out of 100, universal acclaim',
          'S81: 81 out of 100, universal acclaim',
          'S80: 80 out of 100, generally favourable',
          'S61: 61 out of 100, generally favourable',
          'S60: 60 out of 100, mixed or average',
          'S40: 40 out of 100, mixed or average',
          'S39: 39 out of 100, generally unfavourable',
          'S20: 20 out of 100, generally unfavourable',
          'S19: 19 out of 100, overwhelming dislike',
          'S0: 0 out of 100, overwhelming dislike',
        ]);
        const tones = [...badge.shadowRoot!.querySelectorAll('[part="item"]')].map((item) =>
          ['positive', 'mixed', 'negative'].find((tone) => item.classList.contains(tone)),
        );
        expect(tones).to.deep.equal([
          'positive',
          'positive',
          'positive',
          'positive',
          'mixed',
          'mixed',
          'negative',
          'negative',
          'negative',
          'negative',
        ]);
        // Green, yellow and red really differ, and every band also shows its word.
        const colour = (i: number) => getComputedStyle(badge.shadowRoot!.querySelectorAll('[part="score"]')[i]!).backgroundColor;
        expect(new Set([colour(0), colour(4), colour(6)]).size).to.equal(3);
        expect([...badge.shadowRoot!.querySelectorAll('[part="band"]')]).to.have.length(values.length);
      });

      it('labels percentages fresh/rotten (critics) or positive/negative (audience) at the 60% line', async () => {
        const badge = await badgeWith([
          { source: 'Critics60', value: 60, max: 100, unit: '%', kind: 'critic' },
          { source: 'Critics59', value: 59, max: 100, unit: '%', kind: 'critic' },
          { source: 'Audience60', value: 60, max: 100, unit: '%', kind: 'audience' },
          { source: 'Audience59', value: 59, max: 100, unit: '%', kind: 'audience' },
        ]);
        expect(names(badge)).to.deep.equal([
          'Critics60: 60%, fresh',
          'Critics59: 59%, rotten',
          'Audience60: 60%, mostly positive',
          'Audience59: 59%, mostly negative',
        ]);
      });

      it('draws /10 and /5 scores as a number and a partial five-star meter', async () => {
        const badge = await badgeWith([
          { source: 'Ten', value: 7.5, max: 10 },
          { source: 'Five', value: 3.5, max: 5 },
          { source: 'Twenty', value: 15, max: 20 },
        ]);
        expect(names(badge)).to.deep.equal(['Ten: 7.5 out of 10', 'Five: 3.5 out of 5', 'Twenty: 15 out of 20']);
        const stars = [...badge.shadowRoot!.querySelectorAll<SVGElement>('[part="stars"]')];
        expect(stars).to.have.length(2);
        // The filled part covers 7.5/10 and 3.5/5 of the meter's drawn width.
        const filled = stars.map(
          (meter) => meter.querySelector('.fill')!.getBoundingClientRect().width / meter.getBoundingClientRect().width,
        );
        expect(filled[0]).to.be.closeTo(0.75, 0.01);
        expect(filled[1]).to.be.closeTo(0.7, 0.01);
        // Five stars wide, visible, and only drawn (inside the image, hidden from the accessibility tree).
        const { width, height } = stars[0]!.getBoundingClientRect();
        expect(width / height).to.be.closeTo(5, 0.1);
        expect(stars[0]!.closest('[aria-hidden="true"]')).to.not.equal(null);
      });

      it('leaves out bad scores (value > max, negative, max 0, NaN) with problems, and shows the rest', async () => {
        const film = sampleFilm();
        film.ratings!.splice(
          1,
          0,
          { source: 'TooHigh', value: 11, max: 10 },
          { source: 'Negative', value: -1, max: 10 },
          { source: 'ZeroMax', value: 0, max: 0 },
          { source: 'NotANumber', value: Number.NaN, max: 10 },
        );
        let problems: { path: string }[] = [];
        const warnings = await captureWarnings(async () => {
          const badge = await fixture<FilmRatingsBadge>(
            html`<film-ratings-badge .film=${film} @film-load=${(event: CustomEvent) => (problems = event.detail.problems)}></film-ratings-badge>`,
          );
          expect(names(badge)).to.have.length(5);
          expect(names(badge).join()).to.not.match(/TooHigh|Negative|ZeroMax|NotANumber/);
          for (const i of [1, 2, 3, 4])
            expect(
              badge.problems.some((p) => p.path.startsWith(`ratings[${i}]`)),
              `a problem at ratings[${i}]`,
            ).to.equal(true);
        });
        expect(problems.map((p) => p.path.replace(/\].*/, ']'))).to.include.members([
          'ratings[1]',
          'ratings[2]',
          'ratings[3]',
          'ratings[4]',
        ]);
        expect(warnings).to.have.length(1);
      });

      it('renders nothing visible for a film without ratings', async () => {
        for (const film of [{ title: 'No scores' }, { title: 'Empty', ratings: [] }]) {
          const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${film}></film-ratings-badge>`);
          expect(badge.filmData?.title).to.equal(film.title);
          expect(renderedElements(badge)).to.have.length(0);
          expect(badge.getBoundingClientRect().height).to.equal(0);
        }
      });

      it('speaks French when the page does', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang="fr"><film-ratings-badge .film=${sampleFilm()}></film-ratings-badge></div>`,
        );
        const badge = wrapper.querySelector('film-ratings-badge')!;
        await badge.updateComplete;
        const spoken = names(badge).map((name) => name!.replace(/[\u00a0\u202f]/g, ' '));
        expect(spoken[0]).to.equal('Metacritic : 82 sur 100, acclamation générale');
        expect(spoken[1]).to.equal('Rotten Tomatoes : 90 %, frais');
        expect(spoken[4]).to.equal('TMDB : 7,25 sur 10');
        expect(part(badge, '[part~="list"]').getAttribute('aria-label')).to.equal('Notes de Leaving Las Vegas');
        const tomatoes = tooltipOf(triggers(badge)[1]!);
        expect(text(tomatoes).replace(/[\u00a0\u202f]/g, ' '))
          .to.contain('51 critiques')
          .and.contain('Note moyenne : 7,7 sur 10');
      });
    });

    describe('tooltip', () => {
      it('holds what the score does not say: kind, count, average, consensus, link', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        const [, tomatoes, , imdb] = triggers(badge);
        const tip = tooltipOf(tomatoes!);
        expect(tip.getAttribute('role')).to.equal('tooltip');
        expect(text(tip)).to.equal(
          'Critics score 51 reviews Average rating: 7.7 out of 10 Oscar-awarded Nicolas Cage finds humanity in his character as it bleeds away in this no frills, exhilaratingly dark portrait of destruction.',
        );
        const imdbTip = tooltipOf(imdb!);
        expect(text(imdbTip)).to.equal('Audience score 142,000 ratings See on IMDb');
        const link = imdbTip.querySelector('a')!;
        expect(link.href).to.equal('https://www.imdb.com/title/tt0113627/');
        expect(link.rel).to.equal('noopener noreferrer');
      });

      it('gives a score with nothing more to say no tooltip and no tab stop', async () => {
        const badge = await badgeWith([{ source: 'Bare', value: 7, max: 10 }]);
        const [bare] = triggers(badge);
        expect(bare!.hasAttribute('aria-describedby')).to.equal(false);
        expect(bare!.hasAttribute('tabindex')).to.equal(false);
        expect(badge.shadowRoot!.querySelector('[role="tooltip"]')).to.equal(null);
      });

      it('opens on hover after a short delay, and closes when the pointer leaves', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        const trigger = triggerNamed(badge, 'Rotten Tomatoes');
        const tip = tooltipOf(trigger);
        expect(isOpen(tip)).to.equal(false);
        await hover(trigger);
        await opened(tip);
        expect(tip.matches(':popover-open')).to.equal(true);
        await sendMouse({ type: 'move', position: [2, viewport().height - 2] });
        await waitUntil(() => !isOpen(tip), 'the tooltip to close', { timeout: 3000 });
      });

      it('opens at once on keyboard focus and closes on blur', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div><button>before</button><film-ratings-badge .film=${sampleFilm()}></film-ratings-badge><button>after</button></div>`,
        );
        const badge = wrapper.querySelector('film-ratings-badge')!;
        await badge.updateComplete;
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        const [metacritic, tomatoes] = triggers(badge);
        expect(badge.shadowRoot!.activeElement).to.equal(metacritic);
        await opened(tooltipOf(metacritic!));
        await sendKeys({ press: 'Tab' });
        expect(badge.shadowRoot!.activeElement).to.equal(tomatoes);
        await opened(tooltipOf(tomatoes!));
        expect(isOpen(tooltipOf(metacritic!)), 'only one tooltip is open').to.equal(false);
        wrapper.querySelector<HTMLButtonElement>('button:last-of-type')!.focus();
        await waitUntil(() => !isOpen(tooltipOf(tomatoes!)), 'the tooltip to close on blur', { timeout: 3000 });
      });

      it('closes on Escape without moving focus', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        const trigger = triggerNamed(badge, 'Rotten Tomatoes');
        const tip = tooltipOf(trigger);
        trigger.focus();
        await opened(tip);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !isOpen(tip), 'Escape to close the tooltip', { timeout: 3000 });
        expect(badge.shadowRoot!.activeElement).to.equal(trigger);
        expect(document.activeElement).to.equal(badge);
      });

      it('closes on Escape while only hovered (focus elsewhere), and stays closed while the pointer stays', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        const trigger = triggerNamed(badge, 'IMDb');
        const tip = tooltipOf(trigger);
        await hover(trigger);
        await opened(tip);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !isOpen(tip), 'Escape to close the tooltip', { timeout: 3000 });
        const rect = trigger.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(rect.left + 3), Math.round(rect.top + rect.height / 2)] });
        await aTimeout(500);
        expect(isOpen(tip)).to.equal(false);
      });

      it('is hoverable: the pointer can move onto the tooltip, and the link in it is reachable', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        const trigger = triggerNamed(badge, 'IMDb');
        const tip = tooltipOf(trigger);
        await hover(trigger);
        const rect = await opened(tip);
        // Cross the gap into the tooltip, then wait well past the close grace period.
        await hover(tip.querySelector('a')!);
        await aTimeout(500);
        expect(isOpen(tip)).to.equal(true);
        expect(tip.getBoundingClientRect().top).to.equal(rect.top);
        // Keyboard: the link follows the trigger in tab order; Escape from it returns focus to the trigger.
        trigger.focus();
        await sendKeys({ press: 'Tab' });
        expect(badge.shadowRoot!.activeElement).to.equal(tip.querySelector('a'));
        expect(isOpen(tip)).to.equal(true);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !isOpen(tip), 'Escape to close the tooltip', { timeout: 3000 });
        expect(badge.shadowRoot!.activeElement).to.equal(trigger);
      });

      it('is persistent: it stays open while hovered, with no timeout', async () => {
        const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
        const trigger = triggerNamed(badge, 'Metacritic');
        await hover(trigger);
        await opened(tooltipOf(trigger));
        await aTimeout(1500);
        expect(isOpen(tooltipOf(trigger))).to.equal(true);
      });

      const edges: [string, string][] = [
        ['top', 'top: 0; left: 45%'],
        ['bottom', 'bottom: 0; left: 45%'],
        ['left', 'left: 0; top: 45%'],
        ['right', 'right: 0; top: 45%'],
      ];
      for (const [edge, style] of edges) {
        it(`stays whole inside the viewport when the score sits at the ${edge} edge`, async () => {
          const badge = await fixture<FilmRatingsBadge>(
            html`<film-ratings-badge .film=${sampleFilm()} source="Rotten Tomatoes" variant="compact" style="position: fixed; ${style}"></film-ratings-badge>`,
          );
          const [trigger] = triggers(badge);
          const tip = tooltipOf(trigger!);
          trigger!.focus();
          await opened(tip);
          expectWhollyVisible(tip);
          // Not over its trigger: flipped below at the top edge, above otherwise.
          const t = trigger!.getBoundingClientRect();
          const r = tip.getBoundingClientRect();
          if (edge === 'top') {
            expect(tip.dataset.placement).to.equal('bottom');
            expect(r.top).to.be.at.least(t.bottom);
          } else {
            expect(tip.dataset.placement).to.equal('top');
            expect(r.bottom).to.be.at.most(t.top);
          }
        });
      }

      it('escapes an overflow: hidden box (and a scrolling one) whole', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="padding: 200px 40px">
        <div id="clip" style="width: 140px; height: 48px; overflow: hidden; border: 1px solid">
          <film-ratings-badge source="Rotten Tomatoes" variant="compact"></film-ratings-badge>
        </div>
        <div id="scroll" style="width: 160px; height: 60px; overflow: auto; border: 1px solid">
          <div style="height: 300px; padding-top: 10px"><film-ratings-badge source="Rotten Tomatoes" variant="compact"></film-ratings-badge></div>
        </div>
      </div>`);
        const badges = [...wrapper.querySelectorAll('film-ratings-badge')];
        for (const badge of badges) badge.film = sampleFilm();
        await Promise.all(badges.map((badge) => badge.updateComplete));
        for (const [i, badge] of badges.entries()) {
          const box = wrapper.querySelector(i ? '#scroll' : '#clip')!.getBoundingClientRect();
          const [trigger] = triggers(badge);
          const tip = tooltipOf(trigger!);
          trigger!.focus();
          const rect = await opened(tip);
          expect(rect.width, 'wider than its clipping box').to.be.greaterThan(box.width);
          expectWhollyVisible(tip);
        }
      });

      it('leaves no floating-ui listener or observer behind: on close, and after the element is removed', async () => {
        const spy = instrument();
        try {
          const badge = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
          const trigger = triggerNamed(badge, 'Rotten Tomatoes');
          expect(spy.liveListeners(), 'nothing before opening').to.equal(0);
          expect(spy.liveObservers()).to.equal(0);

          trigger.focus();
          await opened(tooltipOf(trigger));
          expect(spy.liveListeners(), 'autoUpdate listens while open').to.be.greaterThan(0);
          expect(spy.liveObservers(), 'autoUpdate observes while open').to.be.greaterThan(0);
          await sendKeys({ press: 'Escape' });
          await waitUntil(() => !isOpen(tooltipOf(trigger)), 'the tooltip to close', { timeout: 3000 });
          expect(spy.liveListeners(), 'listeners after close').to.equal(0);
          expect(spy.liveObservers(), 'observers after close').to.equal(0);

          // Open again (hover this time, focus gone), then remove the element while it is open.
          trigger.blur();
          await hover(trigger);
          await opened(tooltipOf(trigger));
          expect(spy.liveListeners()).to.be.greaterThan(0);
          badge.remove();
          expect(spy.liveListeners(), 'listeners after removal').to.equal(0);
          expect(spy.liveObservers(), 'observers after removal').to.equal(0);

          // A hover that is still waiting out its delay must not open anything after removal either.
          const again = await fixture<FilmRatingsBadge>(html`<film-ratings-badge .film=${sampleFilm()}></film-ratings-badge>`);
          await hover(triggerNamed(again, 'IMDb'));
          again.remove();
          const before = spy.added;
          await aTimeout(600);
          expect(spy.added, 'nothing registered after removal').to.equal(before);
          expect(spy.liveListeners()).to.equal(0);
          expect(spy.liveObservers()).to.equal(0);
        } finally {
          spy.restore();
        }
      });

      for (const theme of ['light', 'dark'] as const) {
        it(`is axe-clean with a tooltip open (${theme})`, async () => {
          const wrapper = await fixture<HTMLElement>(
            html`<div style="padding: 24px; background: ${theme === 'dark' ? '#121016' : '#fff'}">
            <film-ratings-badge .film=${sampleFilm()} theme=${theme}></film-ratings-badge>
          </div>`,
          );
          const badge = wrapper.querySelector('film-ratings-badge')!;
          await badge.updateComplete;
          await expectAccessible(badge);
          const trigger = triggerNamed(badge, 'IMDb');
          trigger.focus();
          await opened(tooltipOf(trigger));
          await expectAccessible(badge);
          badge.variant = 'compact';
          await badge.updateComplete;
          await expectAccessible(badge);
        });
      }
    });
  }));
