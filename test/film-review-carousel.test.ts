import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

import '../src/film-review-carousel.js';

import type { FilmInput } from '../src/data/schema.js';
import type { FilmReviewCarousel, FilmSlideChangeDetail } from '../src/elements/film-review-carousel/film-review-carousel.js';
import {
  captureWarnings,
  expectAccessible,
  fixture,
  forEachFixtureMode,
  html,
  part,
  renderedElements,
  sampleFilm,
  shadowText,
} from './helpers.js';

type Review = NonNullable<FilmInput['reviews']>[number];

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Lets the ResizeObserver report the width and the element re-render (and measure its clamps). */
async function settle(el: FilmReviewCarousel): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

async function carousel(template: unknown): Promise<FilmReviewCarousel> {
  const wrapper = await fixture<HTMLElement & FilmReviewCarousel>(template);
  const el = (
    wrapper.localName === 'film-review-carousel' ? wrapper : wrapper.querySelector('film-review-carousel')!
  ) as FilmReviewCarousel;
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const slides = (el: Element) => $$(el, '[part~="slide"]');
/** The slides a user can see and reach: not inert, not hidden from assistive technology. */
const shownSlides = (el: Element) => slides(el).filter((s) => !s.inert && s.getAttribute('aria-hidden') !== 'true');
const shownLabels = (el: Element) => shownSlides(el).map((s) => s.getAttribute('aria-label'));
const shownAuthors = (el: Element) => shownSlides(el).map((s) => s.querySelector('[part="author"]')!.textContent!.trim());
/**
 * Elements are compared through this short description: on failure chai would otherwise try to
 * print a whole custom element (and its Lit internals), which hangs the browser.
 */
const sig = (node: Element | null | undefined) =>
  node
    ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`
    : 'nothing';
const nameOf = (button: Element | null) => button?.textContent?.replace(/\s+/g, ' ').trim();
const rotationButton = (el: Element) => part<HTMLButtonElement>(el, '[part="rotation"]');
const liveRegion = (el: Element) => part(el, '[part="slides"]');
/**
 * Waiting for a swipe or drag to settle: a smooth scroll ends when the engine says so, within a second
 * on a quiet machine but once later in WebKit under load (waitUntil's default is 1 s). The wait is
 * not what is tested; the slide it settles on is.
 */
const SCROLL_SETTLES = { timeout: 5000 };
/**
 * The tabs a user sees (and assistive technology reads). Picked by width, slides per view come from
 * container queries, and tabs for positions only fewer slides per view have are in the DOM, hidden.
 */
const tabs = (el: Element) => $$<HTMLButtonElement>(el, '[role="tab"]').filter((tab) => tab.getClientRects().length > 0);
const selectedTab = (el: Element) => tabs(el).findIndex((t) => t.getAttribute('aria-selected') === 'true');

/** `n` generated reviews: varied kinds, dates and scores, short texts. */
function manyReviews(n: number): Review[] {
  return Array.from({ length: n }, (_, i) => ({
    author: `Reviewer ${i + 1}`,
    kind: i % 3 === 0 ? 'critic' : 'audience',
    date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    rating: { value: (i % 10) + 1, max: 10 },
    text: `Review number ${i + 1}.`,
  }));
}

function filmWith(reviews: Review[]): FilmInput {
  return { title: 'Leaving Las Vegas', reviews };
}

/**
 * A tiny fake clock (sinon is not installed): replaces setTimeout/setInterval and their clear
 * functions on window, so it also instruments them: `pending` is every timer still scheduled.
 * Mocha keeps its own references to the real timers, so test timeouts still work.
 */
function installClock() {
  const real = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
  };
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void; every?: number }>();
  const schedule = (every: boolean) =>
    ((fn: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
      const id = nextId++;
      const delay = Math.max(0, Number(ms) || 0);
      pending.set(id, { at: now + delay, run: () => fn(...args), every: every ? Math.max(1, delay) : undefined });
      return id;
    }) as unknown as typeof window.setTimeout;
  const clear = ((id?: number) => void pending.delete(id as number)) as typeof window.clearTimeout;
  window.setTimeout = schedule(false);
  window.setInterval = schedule(true) as unknown as typeof window.setInterval;
  window.clearTimeout = clear;
  window.clearInterval = clear;
  return {
    pending,
    /** Advances time, running every timer that falls due, in order. */
    async tick(ms: number) {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; run: () => void; every?: number }] | undefined;
        for (const entry of pending) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        const [id, timer] = due;
        now = timer.at;
        if (timer.every) timer.at += timer.every;
        else pending.delete(id);
        timer.run();
        await Promise.resolve();
      }
      now = end;
    },
    restore() {
      Object.assign(window, real);
    },
  };
}
type Clock = ReturnType<typeof installClock>;

/** Collects film-slide-change events. */
function recordChanges(el: HTMLElement): FilmSlideChangeDetail[] {
  const seen: FilmSlideChangeDetail[] = [];
  el.addEventListener('film-slide-change', (event) => seen.push(event.detail));
  return seen;
}

/**
 * Makes `(prefers-reduced-motion: reduce)` match. Chromium (CDP) emulates the media feature itself.
 * Where the launcher cannot (WebDriver; Firefox over BiDi), the documented equivalent: matchMedia is
 * wrapped to ask the real matchMedia a query that matches instead. The element still goes through
 * its real code path (matchMedia → MediaQueryList.matches and its change listener); only the
 * question asked of the browser differs.
 */
async function preferReducedMotion(): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ reducedMotion: 'reduce' });
    if (matchMedia('(prefers-reduced-motion: reduce)').matches)
      return async () => void (await emulateMedia({ reducedMotion: 'no-preference' }));
  } catch {
    // not supported by this launcher: fall through to the equivalent
  }
  const realMatchMedia = window.matchMedia;
  window.matchMedia = (query: string) => realMatchMedia.call(window, query.replace('(prefers-reduced-motion: reduce)', '(min-width: 0px)'));
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  return async () => {
    window.matchMedia = realMatchMedia;
  };
}

/** Centre of an element, in whole viewport pixels (what sendMouse takes). */
function centreOf(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/**
 * Whether a slide's box is inside the strip's box (what a user sees). A few pixels of slack: with
 * fractional slide widths (1100 / 3) WebKit sometimes snaps a couple of pixels off the exact offset.
 */
function inView(el: FilmReviewCarousel, slide: Element): boolean {
  const strip = liveRegion(el).getBoundingClientRect();
  const box = slide.getBoundingClientRect();
  return box.left >= strip.left - 4 && box.right <= strip.right + 4;
}

afterEach(async () => {
  await resetMouse();
  // In Firefox, puppeteer's reset releases the buttons and records the pointer at (0, 0) without moving
  // it: it stays where a drag left it, and a carousel that later appears under it is hovered (its
  // rotation pauses). A real move, to the body's margin outside every fixture (not to 0, 0: puppeteer
  // would send nothing).
  await sendMouse({ type: 'move', position: [1, 1] });
});

// ---------------------------------------------------------------------------------------------------

describe('<film-review-carousel>', () =>
  forEachFixtureMode(() => {
    describe('input', () => {
      it('drops bad reviews, reports them in problems and shows the rest', async () => {
        const film = sampleFilm();
        film.reviews = [
          { author: 'Good One', text: 'Fine.' },
          { author: 42, text: 'Author is not text.' } as unknown as Review,
          { author: 'No text' } as unknown as Review,
          { author: 'Bad score', text: 'x', rating: { value: 'high', max: 5 } } as unknown as Review,
          { author: 'Bad link', text: 'Kept, without its link.', url: 'javascript:alert(1)' },
        ];
        let el!: FilmReviewCarousel;
        const warnings = await captureWarnings(async () => {
          el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${film}></film-review-carousel>`);
        });
        expect(warnings).to.have.length(1);
        const paths = el.problems.map((p) => p.path);
        expect(paths).to.include.members(['reviews[1].author', 'reviews[2].text']);
        // Reported at the position the review had in the input, before the bad ones were cut out.
        expect(el.problems.find((p) => p.path === 'reviews[4].url')?.message).to.match(/URL dropped/);
        expect(paths.some((p) => p.startsWith('reviews[3].rating'))).to.equal(true);
        expect(el.count).to.equal(2);
        expect(shownLabels(el)).to.deep.equal(['1 of 2']);
        el.next();
        await settle(el);
        expect(shownAuthors(el)).to.deep.equal(['Bad link']);
        expect(sig($(el, '[part="link"]'))).to.equal('nothing');
      });

      it('renders nothing when there are no reviews (or none of the chosen kind)', async () => {
        const none = await carousel(html`<film-review-carousel .film=${{ title: 'Nothing' }}></film-review-carousel>`);
        expect(renderedElements(none)).to.have.length(0);
        expect(shadowText(none)).to.equal('');
        const noCritics = await carousel(
          html`<film-review-carousel kind="critic" .film=${filmWith([{ author: 'A', kind: 'audience', text: 'x' }])}></film-review-carousel>`,
        );
        expect(sig($(noCritics, '[part~="carousel"]'))).to.equal('nothing');
      });
    });

    describe('roles and labels', () => {
      it('is a labelled carousel region of labelled slides, only the shown ones exposed', async () => {
        const el = await carousel(
          html`<div style="width: 700px"><film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        const region = part(el, '[part~="carousel"]');
        expect(region.localName).to.equal('section');
        expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
        expect(region.getAttribute('aria-label')).to.equal('Reviews of Leaving Las Vegas');
        for (const slide of slides(el)) {
          expect(slide.getAttribute('role')).to.equal('group');
          expect(slide.getAttribute('aria-label')).to.match(/^\d+ of 16$/);
        }
        expect(shownLabels(el)).to.deep.equal(['1 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        // The neighbours are in the DOM for swiping, but inert and hidden.
        expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 16', '2 of 16', '3 of 16']);
        expect(nameOf(part(el, '[part="previous"]'))).to.equal('Previous review');
        expect(nameOf(part(el, '[part="next"]'))).to.equal('Next review');
        expect(part(el, '[part="previous"]').getAttribute('aria-controls')).to.equal('slides');
        expect(part(el, '[part="picker"]').getAttribute('role')).to.equal('tablist');
        expect(part(el, '[part="picker"]').getAttribute('aria-label')).to.equal('Choose a review');
        expect(tabs(el).map((t) => nameOf(t))).to.deep.equal(Array.from({ length: 16 }, (_, i) => `Review ${i + 1}`));
        expect(tabs(el)[0]!.getAttribute('aria-controls')).to.equal('slide-0');
        // Not rotating: the slides are a polite live region; no rotation button without autoplay.
        expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
        expect(sig($(el, '[part="rotation"]'))).to.equal('nothing');
        await expectAccessible(el);
      });

      it('takes its label from the label attribute', async () => {
        const el = await carousel(html`<film-review-carousel label="What people said" .film=${sampleFilm()}></film-review-carousel>`);
        expect(part(el, '[part~="carousel"]').getAttribute('aria-label')).to.equal('What people said');
      });

      it('shows author, outlet, kind, date, normalised score with a text alternative, title and link', async () => {
        const film = sampleFilm();
        film.reviews![0] = {
          ...film.reviews![0]!,
          title: 'Two lost souls',
          url: 'https://www.rogerebert.com/reviews/leaving-las-vegas-1995',
          date: '1995-11-03',
          rating: { value: 4, max: 4 },
        };
        const el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${film}></film-review-carousel>`);
        let slide = shownSlides(el)[0]!;
        expect(slide.querySelector('[part="author"]')!.textContent).to.equal('Roger Ebert');
        expect(slide.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Chicago Sun-Times Critic November 3, 1995',
        );
        expect(slide.querySelector('time')!.getAttribute('datetime')).to.equal('1995-11-03');
        expect(slide.querySelector('[part="review-title"]')!.textContent).to.equal('Two lost souls');
        const link = slide.querySelector<HTMLAnchorElement>('[part="link"] a')!;
        expect(link.href).to.equal('https://www.rogerebert.com/reviews/leaving-las-vegas-1995');
        expect(link.rel).to.equal('noopener noreferrer');
        expect(link.textContent).to.equal('Full review at Chicago Sun-Times');

        el.goTo(7); // Cameron W. Johnson, 2.75/5
        await settle(el);
        slide = shownSlides(el)[0]!;
        expect(slide.querySelector('[part="author"]')!.textContent).to.equal('Cameron W. Johnson');
        const score = slide.querySelector('[part="score"]')!;
        expect(score.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2.75 / 5');
        const meter = score.querySelector('[role="img"]')!;
        expect(meter.getAttribute('aria-label')).to.equal('Rated 2.75 out of 5');
        expect(score.querySelector<HTMLElement>('.filled')!.style.width).to.equal('55%');
        expect(slide.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Rotten Tomatoes Audience March 27, 2014',
        );

        el.goTo(14); // 6.5/10
        await settle(el);
        const other = shownSlides(el)[0]!.querySelector('[part="score"]')!;
        expect(other.textContent!.replace(/\s+/g, ' ').trim()).to.equal('6.5 / 10');
        expect(other.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('Rated 6.5 out of 10');
        expect(other.querySelector<HTMLElement>('.filled')!.style.width).to.equal('65%');
        await expectAccessible(el);
      });

      it('speaks French under lang="fr"', async () => {
        const el = await carousel(
          html`<div lang="fr"><film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        el.goTo(7);
        await settle(el);
        expect(part(el, '[part~="carousel"]').getAttribute('aria-label')).to.equal('Critiques de Leaving Las Vegas');
        expect(shownLabels(el)).to.deep.equal(['8 sur 16']);
        const slide = shownSlides(el)[0]!;
        expect(slide.querySelector('[part="score"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2,75 / 5');
        expect(slide.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal('Noté 2,75 sur 5');
        expect(slide.querySelector('time')!.textContent).to.equal('27 mars 2014');
        expect(nameOf(part(el, '[part="next"]'))).to.equal('Critique suivante');
        expect(nameOf(part(el, '[part~="disclosure"]'))).to.equal('Lire la suite');
        await expectAccessible(el);
      });
    });

    describe('buttons, keyboard and picker', () => {
      it('moves with previous/next (wrapping) and fires film-slide-change', async () => {
        const el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`);
        const seen = recordChanges(el);
        part(el, '[part="next"]').click();
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(shownAuthors(el)).to.deep.equal(['Leonard Klady']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        expect(selectedTab(el)).to.equal(1);
        part(el, '[part="previous"]').click();
        part(el, '[part="previous"]').click();
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['16 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        expect(seen.map((d) => d.index)).to.deep.equal([1, 0, 15]);
        expect(seen[0]!.review.author).to.equal('Leonard Klady');
        expect(seen[2]!.review).to.equal(el.filmData!.reviews![15]);
      });

      it('moves with Left/Right/Home/End on the tabs, focus following the selection', async () => {
        const el = await carousel(
          html`<div style="width: 700px"><film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        tabs(el)[0]!.focus();
        expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, ...Array(15).fill(-1)]);
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(selectedTab(el)).to.equal(1);
        expect(sig(el.shadowRoot!.activeElement)).to.equal(sig(tabs(el)[1]));
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        await sendKeys({ press: 'End' });
        await settle(el);
        expect(selectedTab(el)).to.equal(15);
        expect(sig(el.shadowRoot!.activeElement)).to.equal(sig(tabs(el)[15]));
        expect(shownLabels(el)).to.deep.equal(['16 of 16']);
        await sendKeys({ press: 'ArrowRight' }); // wraps
        await settle(el);
        expect(selectedTab(el)).to.equal(0);
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(selectedTab(el)).to.equal(15);
        await sendKeys({ press: 'Home' });
        await settle(el);
        expect(selectedTab(el)).to.equal(0);
        expect(sig(el.shadowRoot!.activeElement)).to.equal(sig(tabs(el)[0]));
        expect(tabs(el)[0]!.tabIndex).to.equal(0);
        // Clicking a tab selects it.
        tabs(el)[4]!.click();
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['5 of 16']);
      });

      it('moves with Left/Right/Home/End on the focused strip of slides', async () => {
        const el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`);
        liveRegion(el).focus();
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        await sendKeys({ press: 'End' });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['16 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['15 of 16']);
      });

      it('has next(), previous() and goTo(i), clamped', async () => {
        const el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`);
        el.goTo(3);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['4 of 16']);
        el.next();
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['5 of 16']);
        el.previous();
        el.previous();
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['3 of 16']);
        el.goTo(99);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['16 of 16']);
        el.goTo(-5);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['1 of 16']);
      });

      it('uses a position readout and a slider for many slides, with Left/Right/Home/End', async () => {
        const el = await carousel(
          html`<film-review-carousel slides-per-view="1" .film=${filmWith(manyReviews(1250))}></film-review-carousel>`,
        );
        expect(sig($(el, '[role="tablist"]'))).to.equal('nothing');
        expect(shadowText(el, '[part="position"]')).to.equal('1 / 1,250');
        const slider = part<HTMLInputElement>(el, '[part="jump"]');
        expect(slider.type).to.equal('range');
        expect(slider.getAttribute('aria-label')).to.equal('Go to review');
        expect(slider.getAttribute('aria-valuetext')).to.equal('1 of 1,250');
        slider.focus();
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(shadowText(el, '[part="position"]')).to.equal('2 / 1,250');
        expect(slider.value).to.equal('2');
        expect(shownLabels(el)).to.deep.equal(['2 of 1,250']);
        await sendKeys({ press: 'End' });
        await settle(el);
        expect(shadowText(el, '[part="position"]')).to.equal('1,250 / 1,250');
        expect(slider.getAttribute('aria-valuetext')).to.equal('1,250 of 1,250');
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['1,249 of 1,250']);
        await sendKeys({ press: 'Home' });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['1 of 1,250']);
        // Jumping by setting the slider (a drag or a click on its track does this).
        slider.value = '600';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['600 of 1,250']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        await expectAccessible(el);
      });

      it('switches to the readout when the tabs would not fit the width', async () => {
        const el = await carousel(
          html`<div style="width: 300px"><film-review-carousel .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        expect(sig($(el, '[role="tablist"]'))).to.equal('nothing');
        expect(shadowText(el, '[part="position"]')).to.equal('1 / 16');
        await expectAccessible(el);
      });
    });

    describe('autoplay', () => {
      let clock: Clock;
      beforeEach(() => {
        clock = installClock();
      });
      afterEach(() => {
        clock.restore();
      });

      const autoplaying = (extra = '') =>
        carousel(html`<div>
        <button id="before">before</button>
        <film-review-carousel autoplay slides-per-view="1" interval=${extra === 'interval' ? 2000 : 6000} .film=${sampleFilm()}></film-review-carousel>
        <button id="after">after</button>
      </div>`);

      it('is off by default', async () => {
        const el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`);
        await clock.tick(60_000);
        expect(shownLabels(el)).to.deep.equal(['1 of 16']);
        expect(clock.pending.size).to.equal(0);
      });

      it('rotates every interval (6 s by default), wrapping, with the live region off', async () => {
        const el = await autoplaying();
        const seen = recordChanges(el);
        expect(nameOf(rotationButton(el))).to.equal('Stop automatic slide show');
        expect(liveRegion(el).getAttribute('aria-live')).to.equal('off');
        await clock.tick(5999);
        expect(seen).to.have.length(0);
        await clock.tick(1);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        await clock.tick(6000 * 14);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['16 of 16']);
        await clock.tick(6000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['1 of 16']);
        expect(seen.map((d) => d.index).slice(0, 3)).to.deep.equal([1, 2, 3]);
        expect(clock.pending.size).to.equal(1);
        clock.restore(); // axe schedules its own work with setTimeout
        await expectAccessible(el);
      });

      it('follows the interval attribute', async () => {
        const el = await autoplaying('interval');
        await clock.tick(2000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
      });

      it('has a start/stop button first in tab order, labelled by what it will do, switching the live region', async () => {
        const el = await autoplaying();
        const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
        // The first focusable element of the carousel is the rotation button.
        const focusable = $$(el, 'button, input, a[href], [tabindex="0"]').filter((e) => !e.closest('[inert]'));
        expect(sig(focusable[0])).to.equal(sig(rotationButton(el)));
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(sig(el.shadowRoot!.activeElement)).to.equal(sig(rotationButton(el)));
        await el.updateComplete;
        // Keyboard focus entering stopped it; the button now offers to start.
        expect(nameOf(rotationButton(el))).to.equal('Start automatic slide show');
        expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
        await sendKeys({ type: ' ' });
        await el.updateComplete;
        expect(nameOf(rotationButton(el))).to.equal('Stop automatic slide show');
        expect(liveRegion(el).getAttribute('aria-live')).to.equal('off');
        await clock.tick(6000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        rotationButton(el).click();
        await el.updateComplete;
        expect(nameOf(rotationButton(el))).to.equal('Start automatic slide show');
        expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
        await clock.tick(60_000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(clock.pending.size).to.equal(0);
      });

      it('stops when keyboard focus enters and does not restart by itself', async () => {
        const el = await autoplaying();
        const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
        before.focus();
        await clock.tick(6000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        await sendKeys({ press: 'Tab' }); // rotation button
        await sendKeys({ press: 'Tab' }); // previous
        expect(sig(el.shadowRoot!.activeElement)).to.equal(sig(part(el, '[part="previous"]')));
        await el.updateComplete;
        await clock.tick(60_000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        // Focus leaves: still stopped.
        el.parentElement!.querySelector<HTMLButtonElement>('#after')!.focus();
        await clock.tick(60_000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(nameOf(rotationButton(el))).to.equal('Start automatic slide show');
        expect(clock.pending.size).to.equal(0);
      });

      it('stops for good when the user navigates; the methods only restart the clock', async () => {
        const el = await autoplaying();
        await clock.tick(4000);
        el.next(); // API: keeps rotating, the new slide gets a whole interval
        await settle(el);
        await clock.tick(4000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        await clock.tick(2000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['3 of 16']);
        part(el, '[part="next"]').click(); // the user takes over
        await settle(el);
        expect(nameOf(rotationButton(el))).to.equal('Start automatic slide show');
        await clock.tick(60_000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['4 of 16']);
      });

      it('pauses while hovered and resumes when the mouse leaves', async () => {
        const el = await autoplaying();
        await sendMouse({ type: 'move', position: centreOf(liveRegion(el)) });
        await el.updateComplete;
        await clock.tick(30_000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['1 of 16']);
        expect(clock.pending.size).to.equal(0);
        // Paused, not stopped: the button still offers to stop.
        expect(nameOf(rotationButton(el))).to.equal('Stop automatic slide show');
        const below = el.getBoundingClientRect().bottom + 40;
        await sendMouse({ type: 'move', position: [5, Math.round(Math.min(below, innerHeight - 2))] });
        await el.updateComplete;
        await clock.tick(6000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
      });

      it('starts stopped when the user prefers reduced motion, and can still be started', async () => {
        clock.restore();
        const undo = await preferReducedMotion();
        clock = installClock();
        try {
          const el = await autoplaying();
          expect(nameOf(rotationButton(el))).to.equal('Start automatic slide show');
          expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
          await clock.tick(60_000);
          await settle(el);
          expect(shownLabels(el)).to.deep.equal(['1 of 16']);
          expect(clock.pending.size).to.equal(0);
          rotationButton(el).click();
          await el.updateComplete;
          await clock.tick(6000);
          await settle(el);
          expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        } finally {
          clock.restore();
          await undo();
          clock = installClock();
        }
      });

      it('leaves no timer running when removed mid-rotation (and resumes when put back)', async () => {
        const el = await autoplaying();
        const seen = recordChanges(el);
        await clock.tick(6000);
        await settle(el);
        expect(seen).to.have.length(1);
        await clock.tick(3000);
        expect(clock.pending.size).to.equal(1);
        const parent = el.parentElement!;
        el.remove();
        expect(clock.pending.size).to.equal(0);
        await clock.tick(600_000);
        expect(seen).to.have.length(1);
        parent.append(el);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        expect(clock.pending.size).to.equal(1);
        await clock.tick(6000);
        expect(seen).to.have.length(2);
        el.remove();
        expect(clock.pending.size).to.equal(0);
      });
    });

    describe('read more', () => {
      it('clamps long texts and expands them in place', async () => {
        const el = await carousel(
          html`<div style="width: 500px"><film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        // Roger Ebert's excerpt is short: no button.
        expect(sig(shownSlides(el)[0]!.querySelector('[part~="disclosure"]'))).to.equal('nothing');
        el.goTo(7); // 8,743 characters
        await settle(el);
        const slide = shownSlides(el)[0]!;
        const text = slide.querySelector<HTMLElement>('[part="text"]')!;
        const button = slide.querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
        // The old part name stays until 0.3.
        expect(button.getAttribute('part')).to.equal('disclosure read-more');
        expect(button.hidden).to.equal(false);
        expect(nameOf(button)).to.equal('Read more');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal(text.id);
        const clampedHeight = text.clientHeight;
        expect(text.scrollHeight).to.be.greaterThan(clampedHeight + 20);
        expect(clampedHeight).to.be.lessThan(220);
        button.click();
        await settle(el);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(nameOf(button)).to.equal('Read less');
        expect(text.clientHeight).to.be.greaterThan(clampedHeight * 5);
        expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
        // The expanded text is still the slide's (the layout is not broken sideways).
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expectAccessible(el);
        button.click();
        await settle(el);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(text.clientHeight).to.equal(clampedHeight);
      });

      it('keeps very long texts and unbroken words inside the slide', async () => {
        const word = 'a'.repeat(5000);
        const film = filmWith([
          { author: 'x'.repeat(300), outlet: 'y'.repeat(300), text: `${word} ${'long text '.repeat(2000)}`, title: 't'.repeat(400) },
          { author: 'B', text: 'short' },
        ]);
        const el = await carousel(html`<div style="width: 360px"><film-review-carousel .film=${film}></film-review-carousel></div>`);
        const strip = liveRegion(el);
        const slide = shownSlides(el)[0]!;
        expect(el.getBoundingClientRect().width).to.equal(360);
        expect(el.scrollWidth).to.be.at.most(360);
        expect(Math.round(slide.getBoundingClientRect().width)).to.equal(Math.round(strip.clientWidth));
        for (const child of slide.querySelectorAll<HTMLElement>('[part="author"], [part="text"], [part="review-title"]')) {
          expect(child.getBoundingClientRect().right).to.be.at.most(slide.getBoundingClientRect().right + 1);
        }
        // 25,000 characters of text stay clamped to a few lines.
        expect(slide.querySelector('[part="text"]')!.getBoundingClientRect().height).to.be.lessThan(220);
      });
      it('hides "Read more" where a long text fits its clamp, and shows it where it no longer does', async () => {
        // Over 160 characters, so clamped with a button (decided on the data, as a server render would),
        // but three lines at 700 px: nothing more to read there.
        const fitting =
          'A quiet film about two people who meet too late, told without a single wasted scene; the acting carries it, and the music never tells you what to feel. Worth seeing twice.';
        expect(fitting.length).to.be.greaterThan(160);
        const film = filmWith([
          { author: 'A', text: fitting },
          { author: 'B', text: fitting, url: 'https://example.com/b' },
        ]);
        const el = await carousel(
          html`<div style="width: 700px"><film-review-carousel slides-per-view="1" .film=${film}></film-review-carousel></div>`,
        );
        const buttons = $$<HTMLButtonElement>(el, '[part~="disclosure"]');
        expect(buttons).to.have.length(2);
        const [first, second] = slides(el);
        for (const slide of [first!, second!]) {
          const text = slide.querySelector<HTMLElement>('[part="text"]')!;
          expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
          expect(slide.querySelector<HTMLButtonElement>('[part~="disclosure"]')!.hidden).to.equal(true);
        }
        // Without a link, nothing is left of the row of actions (no empty gap under the text).
        expect(getComputedStyle(first!.querySelector('.actions')!).display).to.equal('none');
        expect(getComputedStyle(second!.querySelector('.actions')!).display).not.to.equal('none');
        expect(second!.querySelector<HTMLElement>('[part="link"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
        // Narrower, the same text overflows its clamp: the button is back.
        (el.parentElement as HTMLElement).style.width = '200px';
        await settle(el);
        const text = shownSlides(el)[0]!.querySelector<HTMLElement>('[part="text"]')!;
        expect(text.scrollHeight).to.be.greaterThan(text.clientHeight + 1);
        const button = shownSlides(el)[0]!.querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
        expect(button.hidden).to.equal(false);
        expect(nameOf(button)).to.equal('Read more');
        button.click();
        await settle(el);
        expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
        // Expanded, it keeps its button to collapse again, though the text now fits.
        expect(button.hidden).to.equal(false);
        expect(nameOf(button)).to.equal('Read less');
        await expectAccessible(el);
      });

      it('renders each change once: deciding which texts need "Read more" schedules no second update', async () => {
        const el = document.createElement('film-review-carousel');
        el.slidesPerView = 1;
        el.film = sampleFilm();
        document.body.append(el);
        try {
          // `updateComplete` is true when the update finished without scheduling another
          // (https://lit.dev/msg/change-in-update).
          expect(await el.updateComplete).to.equal(true);
          await settle(el);
          el.goTo(7);
          expect(await el.updateComplete).to.equal(true);
          const button = shownSlides(el)[0]!.querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
          expect(button.hidden).to.equal(false);
          button.click();
          expect(await el.updateComplete).to.equal(true);
          expect(button.getAttribute('aria-expanded')).to.equal('true');
        } finally {
          el.remove();
        }
      });
    });

    describe('filter and sort', () => {
      it('filters by kind', async () => {
        const el = await carousel(
          html`<div style="width: 700px"><film-review-carousel kind="critic" slides-per-view="1" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        expect(el.count).to.equal(2);
        expect(shownLabels(el)).to.deep.equal(['1 of 2']);
        expect(tabs(el)).to.have.length(2);
        expect(slides(el).map((s) => s.querySelector('[part="author"]')!.textContent)).to.deep.equal(['Roger Ebert', 'Leonard Klady']);
        el.kind = 'audience';
        await settle(el);
        expect(el.count).to.equal(14);
        expect(shownAuthors(el)).to.deep.equal(['Floated2']);
        el.kind = 'all';
        await settle(el);
        expect(el.count).to.equal(16);
        // Still on the review being read.
        expect(shownAuthors(el)).to.deep.equal(['Floated2']);
        expect(shownLabels(el)).to.deep.equal(['3 of 16']);
      });

      it('sorts by date (newest first) and by rating (best first, normalised), unrated and undated last', async () => {
        const el = await carousel(
          html`<film-review-carousel sort="date" slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`,
        );
        expect(shownSlides(el)[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-04-01');
        el.goTo(15);
        await settle(el);
        expect(sig(shownSlides(el)[0]!.querySelector('time'))).to.equal('nothing');
        el.sort = 'rating';
        el.goTo(0);
        await settle(el);
        expect(shownSlides(el)[0]!.querySelector('[part="score"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('6.5 / 10');
        el.next();
        await settle(el);
        expect(shownSlides(el)[0]!.querySelector('[part="score"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2.75 / 5');
        el.next();
        await settle(el);
        expect(sig(shownSlides(el)[0]!.querySelector('[part="score"]'))).to.equal('nothing');
        el.sort = 'data';
        el.goTo(0);
        await settle(el);
        expect(shownAuthors(el)).to.deep.equal(['Roger Ebert']);
      });

      it('applies the methods to the order and filter set before them, one film-slide-change per move', async () => {
        const el = await carousel(html`<film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`);
        const seen = recordChanges(el);
        el.sort = 'rating';
        el.goTo(0);
        // Nothing moves before the update that sorts.
        expect(seen).to.have.length(0);
        await el.updateComplete;
        expect(seen).to.have.length(1);
        expect(seen[0]!.index).to.equal(0);
        expect(seen[0]!.review.rating).to.deep.equal({ value: 6.5, max: 10 });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['1 of 16']);
        // Calls before an update add up to one move.
        el.next();
        el.next();
        await settle(el);
        expect(seen.map((d) => d.index)).to.deep.equal([0, 2]);
        expect(seen[1]!.review.author).to.equal('Roger Ebert'); // the first unrated one
        el.goTo(2); // already there: no event
        await settle(el);
        expect(seen).to.have.length(2);
        // Same review, new filter: it stays shown (now at 0), and next() counts from there.
        el.kind = 'critic';
        el.next();
        await settle(el);
        expect(seen.map((d) => d.index)).to.deep.equal([0, 2, 1]);
        expect(seen[2]!.review.author).to.equal('Leonard Klady');
        expect(shownAuthors(el)).to.deep.equal(['Leonard Klady']);
        // previous() from the first wraps to the last, after a goTo() in the same turn.
        el.goTo(0);
        el.previous();
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['2 of 2']);
        expect(seen).to.have.length(3);
      });

      it('warns once about a kind or sort it does not know, and shows every review in data order', async () => {
        let el!: FilmReviewCarousel;
        const warnings = await captureWarnings(async () => {
          el = await carousel(
            html`<film-review-carousel kind="critics" sort="best" slides-per-view="1" .film=${sampleFilm()}></film-review-carousel>`,
          );
          el.sort = 'date';
          await settle(el);
          el.setAttribute('sort', 'best');
          await settle(el);
        });
        expect(warnings.map((args) => args[0])).to.deep.equal([
          '<film-review-carousel>: kind="critics" is not one of "all", "critic", "audience"; the default applies.',
          '<film-review-carousel>: sort="best" is not one of "data", "date", "rating"; the default applies.',
        ]);
        expect(el.count).to.equal(16);
        expect(shownAuthors(el)).to.deep.equal(['Roger Ebert']);
      });
    });

    describe('slides per view', () => {
      it('follows the element width (1 narrow, 2–3 wide) unless slides-per-view says otherwise', async () => {
        const narrow = await carousel(
          html`<div style="width: 320px"><film-review-carousel .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        expect(shownLabels(narrow)).to.deep.equal(['1 of 16']);
        const medium = await carousel(
          html`<div style="width: 760px"><film-review-carousel .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        expect(shownLabels(medium)).to.deep.equal(['1 of 16', '2 of 16']);
        const wide = await carousel(
          html`<div style="width: 1100px"><film-review-carousel .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        expect(shownLabels(wide)).to.deep.equal(['1 of 16', '2 of 16', '3 of 16']);
        for (const slide of shownSlides(wide)) expect(inView(wide, slide)).to.equal(true);
        expect(tabs(wide)).to.have.length(14); // the last position shows the last three
        wide.goTo(13);
        await settle(wide);
        expect(shownLabels(wide)).to.deep.equal(['14 of 16', '15 of 16', '16 of 16']);
        for (const slide of shownSlides(wide)) expect(inView(wide, slide)).to.equal(true);
        const forced = await carousel(
          html`<div style="width: 1100px"><film-review-carousel slides-per-view="2" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        expect(shownLabels(forced)).to.deep.equal(['1 of 16', '2 of 16']);
        // Resizing re-derives it.
        (wide.parentElement as HTMLElement).style.width = '320px';
        await settle(wide);
        expect(shownLabels(wide)).to.deep.equal(['14 of 16']);
        expect(inView(wide, shownSlides(wide)[0]!)).to.equal(true);
        await expectAccessible(wide);
      });
    });

    describe('swipe and drag', () => {
      it('settles on the slide a swipe (native scroll) lands on and re-centres the window', async () => {
        const el = await carousel(
          html`<div style="width: 400px"><film-review-carousel .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        const seen = recordChanges(el);
        const strip = liveRegion(el);
        strip.scrollBy({ left: strip.clientWidth, behavior: 'instant' });
        await waitUntil(() => seen.length === 1, `timed out waiting for the swipe to settle`, SCROLL_SETTLES);
        await settle(el);
        expect(seen[0]!.index).to.equal(1);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        // The window: two slides before the shown one, and after it what the widest layout (3 per view) shows and two more.
        expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(Array.from({ length: 6 }, (_, i) => `${i + 1} of 16`));
        strip.scrollBy({ left: strip.clientWidth, behavior: 'instant' });
        await waitUntil(() => seen.length === 2, `timed out waiting for the second swipe to settle`, SCROLL_SETTLES);
        await settle(el);
        expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(Array.from({ length: 7 }, (_, i) => `${i + 1} of 16`));
        expect(shownLabels(el)).to.deep.equal(['3 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
      });

      it('drags with the mouse by one slide, without following the link under the pointer', async () => {
        const film = sampleFilm();
        for (const review of film.reviews!) review.url = '#followed';
        const el = await carousel(
          html`<div style="width: 400px; margin-inline-start: 200px"><film-review-carousel .film=${film}></film-review-carousel></div>`,
        );
        const seen = recordChanges(el);
        const hash = location.hash;
        let linkClicked = false;
        const link = shownSlides(el)[0]!.querySelector('[part="link"] a')!;
        link.addEventListener('click', () => (linkClicked = true));
        const [x, y] = centreOf(link);
        await sendMouse({ type: 'move', position: [x, y] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [x - 60, y] });
        await sendMouse({ type: 'move', position: [x - 160, y] });
        await sendMouse({ type: 'up' });
        await waitUntil(() => seen.length === 1, `timed out waiting for the drag to settle`, SCROLL_SETTLES);
        await settle(el);
        expect(seen[0]!.index).to.equal(1);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        expect(linkClicked).to.equal(false);
        expect(location.hash).to.equal(hash);
        // A plain click still follows links and presses buttons.
        const next = part(el, '[part="next"]');
        await sendMouse({ type: 'click', position: centreOf(next) });
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['3 of 16']);
      });
    });

    describe('right to left', () => {
      it('mirrors the arrows, the keys and the swipe direction', async () => {
        const el = await carousel(
          html`<div dir="rtl" style="width: 700px"><film-review-carousel slides-per-view="1" .film=${sampleFilm()}></film-review-carousel></div>`,
        );
        const arrow = part(el, '[part="next"] svg');
        expect(getComputedStyle(arrow).transform).to.match(/^matrix\(-1, 0, 0, 1, 0, 0\)$/);
        // Slides run from the right: the second slide is left of the first.
        const [first, second] = slides(el);
        expect(second!.getBoundingClientRect().right).to.be.at.most(first!.getBoundingClientRect().left + 1);
        expect(inView(el, first!)).to.equal(true);
        tabs(el)[0]!.focus();
        await sendKeys({ press: 'ArrowLeft' });
        await settle(el);
        expect(selectedTab(el)).to.equal(1);
        expect(shownLabels(el)).to.deep.equal(['2 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        expect(selectedTab(el)).to.equal(0);
        // A swipe towards the left edge (negative scroll in RTL) goes forward.
        const seen = recordChanges(el);
        const strip = liveRegion(el);
        strip.scrollBy({ left: -strip.clientWidth, behavior: 'instant' });
        await waitUntil(() => seen.length === 1, `timed out waiting for the swipe to settle`, SCROLL_SETTLES);
        await settle(el);
        expect(seen[0]!.index).to.equal(1);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        el.goTo(9);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['10 of 16']);
        expect(inView(el, shownSlides(el)[0]!)).to.equal(true);
        await expectAccessible(el);
      });
    });

    describe('scale', () => {
      it('keeps the DOM small with 10,000 reviews', async () => {
        const el = await carousel(
          html`<div style="width: 1100px"><film-review-carousel .film=${filmWith(manyReviews(10_000))}></film-review-carousel></div>`,
        );
        expect(el.count).to.equal(10_000);
        expect(shownLabels(el)).to.deep.equal(['1 of 10,000', '2 of 10,000', '3 of 10,000']);
        expect(slides(el).length).to.be.at.most(3 + 4);
        expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(250);
        el.goTo(5000);
        await settle(el);
        expect(shownLabels(el)).to.deep.equal(['5,001 of 10,000', '5,002 of 10,000', '5,003 of 10,000']);
        expect(slides(el).length).to.equal(7);
        for (const slide of shownSlides(el)) expect(inView(el, slide)).to.equal(true);
        el.next();
        await settle(el);
        expect(slides(el).length).to.equal(7);
        expect(shadowText(el, '[part="position"]')).to.equal('5,002 / 10,000');
        el.kind = 'critic';
        await settle(el);
        expect(el.count).to.equal(3334);
        expect(slides(el).length).to.be.at.most(7);
        await expectAccessible(el);
      });
    });
  }));
