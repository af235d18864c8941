/**
 * Server-side rendering (src/ssr.ts, src/hydrate.ts), for all five elements, as a browser gets it: the
 * server's HTML parsed as a page is (declarative shadow DOM, never `attachShadow`), then
 *
 * 1. hydrated: no `film-hydration-error`, no console error, the server's shadow DOM kept (same nodes,
 *    same elements, attributes and text), nothing moves (layout shift 0), and fully interactive;
 * 2. every input still works on a server-rendered element (`.film`, a child JSON script, `src`);
 * 3. without JavaScript: the film's text is there, styled, and axe finds nothing;
 * 4. hostile data rendered on the server runs nothing and injects nothing once parsed;
 * 5. quotes, `&`, `</script>`, `<!--` and U+2028 survive the `film` attribute and the child script.
 *
 * Ordering: "before hydration" needs the server's HTML parsed while the elements are not defined. This
 * file therefore imports no element module statically: the hydration suite parses the HTML into the
 * page first (measures and serialises it there, painted, not upgraded), then defines the elements with
 * a dynamic import — exactly what a page does whose module scripts load after its HTML. Every other
 * suite awaits the same import (`defineElements`). src/hydrate.ts is loaded before anything else by
 * web-test-runner.config.mjs's testRunnerHtml, as a page loads film-elements/hydrate.js first.
 */
import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { FilmSlideChangeDetail } from '../src/elements/film-review-carousel/film-review-carousel.js';
import type { FilmElement } from '../src/internal/film-element.js';
import { audit, collapse, shownText } from './hardening/harness.js';
import { formatPath, setPath, STRING_FIELDS, textPayloads, urlPayloads } from './hardening/payloads.js';
import {
  browser,
  expectAccessible,
  oneEventWithin,
  part,
  sampleFilm,
  serverHtml,
  settled,
  shadowText,
  TAGS,
  watchErrors,
  type Tag,
} from './helpers.js';

declare global {
  interface Window {
    __pwned?: number[];
  }
}

/** Defines the five elements (once): the hydration suite calls it only after parsing the server's HTML. */
const defineElements = () => import('../src/index.js');

type Film = ReturnType<typeof sampleFilm>;
const asElement = (node: Element | null | undefined, what: string): FilmElement => {
  if (!node) throw new Error(`no ${what}`);
  return node as FilmElement;
};

/**
 * Puts the server's HTML into `container` the way a browser parses a page: declarative shadow roots
 * become shadow roots. `setHTMLUnsafe` (Chromium 124+, Firefox 123+, Safari/WebKitGTK 17.4/2.44+) parses
 * them; where it is missing, an inert iframe document parses the HTML as a page and its nodes are
 * adopted (a shadow root moves with its host). Returns the path taken, for the log.
 */
async function parseIntoPage(container: HTMLElement, markup: string): Promise<string> {
  if ('setHTMLUnsafe' in Element.prototype) {
    (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
    return 'setHTMLUnsafe';
  }
  const frame = await frameWith(markup, '');
  container.append(...[...frame.contentDocument!.body.childNodes].map((node) => document.adoptNode(node)));
  frame.remove();
  return 'iframe srcdoc + adoptNode';
}

/** An iframe showing `body` as a whole page (srcdoc), loaded; `sandbox` as given ('' : no scripts). */
async function frameWith(body: string, sandbox: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', `allow-same-origin${sandbox ? ` ${sandbox}` : ''}`);
  frame.style.cssText = 'width: 800px; height: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>film-elements, server-rendered</title>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Runs `jobs` at most `width` at a time (the test server renders in one Node process). */
async function inBatches<T>(jobs: (() => Promise<T>)[], width = 6): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

// --- what a shadow root holds -----------------------------------------------------------------------

/**
 * A shadow root as elements, sorted attributes and text, one line each, indented: what the user agent
 * renders. Lit's comment markers are left out, and so is `<style>` (a server render carries its styles
 * in one; a client render adopts them); adjacent text nodes (split by markers) are one text.
 */
function serialize(root: ParentNode): string {
  const lines: string[] = [];
  const walk = (parent: ParentNode, depth: number) => {
    let text = '';
    const flush = () => {
      if (text) lines.push(`${'  '.repeat(depth)}${JSON.stringify(text)}`);
      text = '';
    };
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === 'style') continue;
        flush();
        const attributes = [...element.attributes]
          .map(({ name, value }) => `${name}=${JSON.stringify(value)}`)
          .sort()
          .join(' ');
        lines.push(`${'  '.repeat(depth)}<${element.localName}${attributes ? ` ${attributes}` : ''}>`);
        walk(element, depth + 1);
      }
    }
    flush();
  };
  walk(root, 0);
  return lines.join('\n');
}

/** The first lines where two serialisations differ, for a readable failure. */
function firstDifference(before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  if (at < 0 && a.length === b.length) return '';
  const i = at < 0 ? Math.min(a.length, b.length) : at;
  return `line ${i + 1}:\n  server:   ${a.slice(i, i + 3).join('\n            ')}\n  hydrated: ${b.slice(i, i + 3).join('\n            ')}`;
}

/** Every element of a shadow tree but `<style>`, in document order. */
const shadowElements = (host: Element) => [...host.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName !== 'style');

/** The host's box and those of its parts (`[part]`), rounded to 1/100 px, in document order. */
function boxes(host: Element): string[] {
  const box = (el: Element, name: string) => {
    const r = el.getBoundingClientRect();
    const n = (v: number) => Math.round(v * 100) / 100;
    return `${name}: ${n(r.x)},${n(r.y)} ${n(r.width)}×${n(r.height)}`;
  };
  return [
    box(host, host.localName),
    ...[...host.shadowRoot!.querySelectorAll('[part]')].map((el) => box(el, `[part="${el.getAttribute('part')}"]`)),
  ];
}

interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node | null }[];
}
const layoutShiftSupported = () => PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

/** The element a layout shift's source node belongs to (a film element host, through its shadow root). */
function hostOf(node: Node | null | undefined): string {
  if (!node) return '(gone)';
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName : node instanceof Element ? node.localName : node.nodeName;
}

// --- films --------------------------------------------------------------------------------------------

/** The sample with `title` where each element shows it: the film title, the album title, an award category. */
function filmMarked(title: string): Film {
  const film = sampleFilm();
  film.title = title;
  film.soundtrack!.title = title;
  film.awards![0]!.category = title;
  return film;
}

/** What each element shows of the sample without JavaScript (its text as parsed from the server's HTML). */
const SHOWN: Record<Tag, string[]> = {
  'film-card': [
    'Leaving Las Vegas',
    'Mike Figgis',
    "John O'Brien",
    'Nicolas Cage',
    'Ben Sanderson',
    'Elisabeth Shue',
    'I Love You... The Way You Are.',
  ],
  'film-ratings-badge': ['Metacritic', 'Universal acclaim', 'Rotten Tomatoes', 'Fresh', 'IMDb'],
  'film-awards-list': ['Academy Awards', 'Best Actor', 'Nicolas Cage', 'Golden Globe Awards'],
  'film-review-carousel': ['Roger Ebert', 'Chicago Sun-Times', 'Cage and Shue make these clichés into unforgettable people.'],
  'film-soundtrack': [
    'Leaving Las Vegas (Original Motion Picture Soundtrack)',
    'Pangaea / I.R.S.',
    'Intro Dialogue',
    'Angel Eyes',
    'Sting',
  ],
};

/** The `display` each element's outer box (part `base`) gets from its shadow stylesheet. */
const BASE_DISPLAY: Record<Tag, string> = {
  'film-card': 'grid',
  'film-ratings-badge': 'flex',
  'film-awards-list': 'grid',
  'film-review-carousel': 'grid',
  'film-soundtrack': 'grid',
};

/** One absolutely placed box per element: in the flow, one element growing would move the next, and the wrong one would fail. */
const slot = (markup: string, id: string) =>
  `<div class="ssr-slot" data-slot="${id}" style="position: absolute; top: 0; left: 0; width: 760px">${markup}</div>`;

describe('server-side rendering', function () {
  this.timeout(60_000);

  describe('declarative shadow DOM, hydrated', () => {
    const LONG_SYNOPSIS = 'A long story, told slowly. '.repeat(20);
    let container: HTMLElement;
    let parsedWith = '';
    const hosts = new Map<string, FilmElement>();
    const server = new Map<string, { serialized: string; elements: Element[]; base: Element | null; boxes: string[]; upgraded: boolean }>();
    const hydrated = new Map<string, { serialized: string; boxes: string[] }>();
    let shifts: LayoutShiftEntry[] = [];
    const hydrationErrors: string[] = [];
    let errors: string[] = [];

    before(async () => {
      expect(customElements.get('film-card'), 'the elements are defined after the server HTML is parsed').to.equal(undefined);
      const longCard = { ...sampleFilm(), synopsis: LONG_SYNOPSIS };
      const rendered = await Promise.all([
        ...TAGS.map((tag) => serverHtml(tag, sampleFilm())),
        serverHtml('film-card', longCard, { attributes: { id: 'long-synopsis' } }),
      ]);
      container = document.createElement('div');
      container.style.cssText = 'position: relative; width: 760px';
      document.body.append(container);
      parsedWith = await parseIntoPage(container, rendered.map((markup, i) => slot(markup, TAGS[i] ?? 'long-synopsis')).join('\n'));
      for (const wrapper of container.querySelectorAll<HTMLElement>('.ssr-slot')) {
        hosts.set(wrapper.dataset.slot!, asElement(wrapper.firstElementChild, `element in ${wrapper.dataset.slot}`));
      }
      // Painted as the server sent it, before any element code runs.
      await nextFrame();
      await nextFrame();
      for (const [id, host] of hosts) {
        if (!host.shadowRoot) throw new Error(`<${host.localName}> (${id}): the parser attached no shadow root (${parsedWith})`);
        server.set(id, {
          serialized: serialize(host.shadowRoot),
          elements: shadowElements(host),
          base: host.shadowRoot.querySelector('[part~="base"]'),
          boxes: boxes(host),
          upgraded: 'filmData' in host,
        });
      }
      const observed: LayoutShiftEntry[] = [];
      const observer = layoutShiftSupported()
        ? new PerformanceObserver((list) => observed.push(...(list.getEntries() as LayoutShiftEntry[])))
        : undefined;
      observer?.observe({ type: 'layout-shift' });
      container.addEventListener('film-hydration-error', (event) => {
        hydrationErrors.push(`<${(event.target as Element).localName}>: ${String((event as CustomEvent).detail?.error)}`);
      });
      const watch = watchErrors();
      try {
        await defineElements();
        await Promise.all([...hosts.values()].map((host) => settled(host)));
        // Whatever the first updates set off (a measured width, a font) has a few frames to show.
        for (let i = 0; i < 3; i++) await nextFrame();
        await aTimeout(100);
        await nextFrame();
      } finally {
        errors = watch.stop();
      }
      if (observer) {
        observed.push(...(observer.takeRecords() as LayoutShiftEntry[]));
        observer.disconnect();
      }
      shifts = observed;
      for (const [id, host] of hosts) hydrated.set(id, { serialized: serialize(host.shadowRoot!), boxes: boxes(host) });
      console.log(
        `[ssr] ${browser()}: server HTML parsed with ${parsedWith}; layout-shift entries ${layoutShiftSupported() ? shifts.length : 'not supported (boxes compared)'}`,
      );
    });

    after(() => container?.remove());

    it('parses the server’s HTML into shadow roots before any element is defined', () => {
      for (const [id, state] of server) {
        expect(state.upgraded, `${id} was not upgraded yet`).to.equal(false);
        expect(state.base, `${id}: its base part, from the server`).to.not.equal(null);
        expect(state.serialized, id).to.not.equal('');
      }
    });

    it('hydrates all five without film-hydration-error or console.error', () => {
      expect(hydrationErrors, 'film-hydration-error events').to.deep.equal([]);
      expect(errors, 'errors on the page').to.deep.equal([]);
      for (const host of hosts.values()) expect('filmData' in host && host.filmData?.title, host.localName).to.equal('Leaving Las Vegas');
    });

    for (const tag of TAGS) {
      describe(`<${tag}>`, () => {
        it('keeps the server’s shadow DOM: the same elements, attributes and text', () => {
          // One exception, by design: which of the carousel's slides are in view depends on a width the
          // server cannot know. Container queries lay them out; once hydrated, the element marks the
          // ones out of view `inert` and `aria-hidden` (attributes only: the boxes are compared below).
          const inView = (text: string) =>
            tag === 'film-review-carousel'
              ? text.replace(/^\s*<div .*part="slide".*$/gm, (line) => line.replace(' aria-hidden="true"', '').replace(' inert=""', ''))
              : text;
          const serialized = inView(server.get(tag)!.serialized);
          const now = inView(hydrated.get(tag)!.serialized);
          expect(now === serialized, `the hydrated shadow DOM differs from the server's, ${firstDifference(serialized, now)}`).to.equal(
            true,
          );
        });

        if (tag === 'film-review-carousel') {
          it('marks exactly the slides out of view inert once hydrated (2 per view at 760 px)', () => {
            const host = hosts.get(tag)!;
            const slides = [...host.shadowRoot!.querySelectorAll('[part="slide"]')];
            const reachable = slides.filter((slide) => !slide.hasAttribute('inert') && !slide.hasAttribute('aria-hidden'));
            expect(reachable.map((slide) => slide.getAttribute('aria-label'))).to.deep.equal(['1 of 16', '2 of 16']);
            const strip = part(host, '[part="slides"]').getBoundingClientRect();
            for (const slide of slides) {
              const box = slide.getBoundingClientRect();
              const shown = box.left >= strip.left - 1 && box.right <= strip.right + 1;
              expect(shown, `${slide.getAttribute('aria-label')} is in view exactly when it is reachable`).to.equal(
                reachable.includes(slide),
              );
            }
          });
        }

        it('keeps the server’s nodes: the same objects, still connected', () => {
          const host = hosts.get(tag)!;
          const { base, elements } = server.get(tag)!;
          expect(base!.isConnected, 'the server’s base part is still connected').to.equal(true);
          expect(host.shadowRoot!.querySelector('[part~="base"]') === base, 'the base part is the server’s node').to.equal(true);
          const now = shadowElements(host);
          const replaced = elements.filter((el) => !el.isConnected || el.getRootNode() !== host.shadowRoot).length;
          expect(replaced, `server elements no longer in the shadow root (of ${elements.length})`).to.equal(0);
          expect(now.length, 'elements in the shadow root').to.equal(elements.length);
          expect(
            now.every((el, i) => el === elements[i]),
            'the same element objects, in the same order',
          ).to.equal(true);
        });

        it('moves nothing: the same boxes, and no layout shift where the browser measures it', () => {
          const was = server.get(tag)!.boxes;
          const now = hydrated.get(tag)!.boxes;
          expect(now, 'host and part boxes after hydration').to.deep.equal(was);
          if (layoutShiftSupported()) {
            const mine = shifts.flatMap((entry) => entry.sources.filter((source) => hostOf(source.node) === tag).map(() => entry.value));
            expect(mine, 'layout-shift values with a source in this element').to.deep.equal([]);
          }
        });
      });
    }

    it('reports no layout shift at all during hydration (Chromium’s layout-shift entries; boxes elsewhere)', () => {
      if (layoutShiftSupported()) {
        const described = shifts.map(
          (entry) => `${entry.value.toFixed(4)} (${entry.sources.map((source) => hostOf(source.node)).join(', ')})`,
        );
        expect(described, 'layout shifts').to.deep.equal([]);
      } else {
        for (const [id, state] of server) expect(hydrated.get(id)!.boxes, id).to.deep.equal(state.boxes);
      }
    });

    describe('interactive afterwards', () => {
      it('<film-card>: the cast disclosure shows everyone, and hides them again', async () => {
        const card = hosts.get('film-card')!;
        const items = () => card.shadowRoot!.querySelectorAll('#cast-list li').length;
        const button = part<HTMLButtonElement>(card, '[part="cast"] [part~="disclosure"]');
        expect(items()).to.equal(6);
        button.click();
        await card.updateComplete;
        expect(items()).to.equal(18);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        button.click();
        await card.updateComplete;
        expect(items()).to.equal(6);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
      });

      it('<film-card>: "Read more" unclamps a long synopsis', async () => {
        const card = hosts.get('long-synopsis')!;
        const text = part(card, '#synopsis-text');
        const button = part<HTMLButtonElement>(card, '[part="synopsis"] [part~="disclosure"]');
        const clamped = text.getBoundingClientRect().height;
        expect(text.classList.contains('clamped')).to.equal(true);
        button.click();
        await card.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(text.classList.contains('clamped')).to.equal(false);
        expect(text.getBoundingClientRect().height).to.be.greaterThan(clamped);
        expect(button.textContent?.trim()).to.equal('Read less');
      });

      it('<film-soundtrack>: the track disclosure shows every track', async () => {
        const soundtrack = hosts.get('film-soundtrack')!;
        const tracks = () => soundtrack.shadowRoot!.querySelectorAll('[part~="track"]').length;
        expect(tracks()).to.equal(15);
        const button = part<HTMLButtonElement>(soundtrack, '[part="tracklist"] [part~="disclosure"]');
        button.click();
        await soundtrack.updateComplete;
        expect(tracks()).to.equal(25);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
      });

      it('<film-awards-list>: a ceremony opens and closes', async () => {
        const awards = hosts.get('film-awards-list')!;
        const toggle = [...awards.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="group-toggle"]')].find(
          (button) => button.getAttribute('aria-expanded') === 'false',
        )!;
        const entries = awards.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
        expect(entries.hidden).to.equal(true);
        toggle.click();
        await awards.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect(entries.hidden).to.equal(false);
      });

      it('<film-review-carousel>: the next button and the arrow keys move the slide', async () => {
        const carousel = hosts.get('film-review-carousel')!;
        const moves: number[] = [];
        carousel.addEventListener('film-slide-change', (event) => moves.push((event as CustomEvent<FilmSlideChangeDetail>).detail.index));
        const shown = () =>
          [...carousel.shadowRoot!.querySelectorAll('[part="slide"]:not([inert])')].map((slide) => slide.getAttribute('aria-label'));
        expect(shown()[0]).to.equal('1 of 16');
        part<HTMLButtonElement>(carousel, '[part="next"]').click();
        await carousel.updateComplete;
        expect(shown()[0]).to.equal('2 of 16');
        part(carousel, '[part="slides"]').focus();
        await sendKeys({ press: 'ArrowRight' });
        await carousel.updateComplete;
        expect(shown()[0]).to.equal('3 of 16');
        expect(moves).to.deep.equal([1, 2]);
      });

      it('<film-review-carousel>: the kind filter property shows only those reviews', async () => {
        const carousel = hosts.get('film-review-carousel')! as FilmElement & { kind: string; count: number };
        carousel.kind = 'critic';
        await settled(carousel);
        expect(carousel.count).to.equal(2);
        const authors = [...carousel.shadowRoot!.querySelectorAll('[part="author"]')].map((el) => el.textContent?.trim());
        expect(authors).to.include('Roger Ebert');
        for (const author of authors) expect(['Roger Ebert', 'Leonard Klady']).to.include(author);
      });

      it('<film-ratings-badge>: a score’s tooltip opens on focus', async () => {
        const badge = hosts.get('film-ratings-badge')!;
        const trigger = part(badge, '[role="img"][aria-describedby]');
        const tip = badge.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
        expect(tip.hasAttribute('data-open')).to.equal(false);
        trigger.focus();
        await waitUntil(() => tip.hasAttribute('data-open') && getComputedStyle(tip).display !== 'none', 'the tooltip to open', {
          timeout: 3000,
        });
        trigger.blur();
      });
    });
  });

  describe('inputs on a server-rendered element', () => {
    let container: HTMLElement;
    const hosts = new Map<string, FilmElement>();
    const SERVER_TITLE = 'Server-rendered title';
    const NEW_TITLE = 'Given in the browser';
    let watch: ReturnType<typeof watchErrors>;
    let hydrationErrors: string[];

    before(async () => {
      await defineElements();
      const server = filmMarked(SERVER_TITLE);
      const cases = TAGS.flatMap((tag) => (['property', 'script', 'src'] as const).map((input) => ({ tag, input, id: `${input}-${tag}` })));
      const markup = await inBatches(
        cases.map(
          ({ tag, input, id }) =>
            () =>
              serverHtml(tag, server, { filmIn: input === 'script' ? 'script' : 'attribute', attributes: { id } }),
        ),
      );
      container = document.createElement('div');
      container.style.cssText = 'position: relative; width: 760px';
      document.body.append(container);
      hydrationErrors = [];
      container.addEventListener('film-hydration-error', (event) => hydrationErrors.push((event.target as Element).localName));
      watch = watchErrors();
      await parseIntoPage(container, markup.map((html, i) => slot(html, cases[i]!.id)).join('\n'));
      for (const { id } of cases) hosts.set(id, asElement(container.querySelector(`#${id}`), id));
      await Promise.all([...hosts.values()].map((host) => settled(host)));
    });

    after(() => {
      watch?.stop();
      container?.remove();
    });

    /** The server's film is shown (hydrated), then `give` brings another: it is shown, with a film-load. */
    async function replaces(id: string, give: (el: FilmElement) => void, title: string) {
      const el = hosts.get(id)!;
      expect(el.filmData?.title, 'the server’s film, hydrated').to.equal(SERVER_TITLE);
      const loaded = oneEventWithin(el, 'film-load');
      give(el);
      const event = await loaded;
      await settled(el);
      expect(event.detail.film.title, 'film-load').to.equal(title);
      expect(el.filmData?.title).to.equal(title);
      // Every element showed the server's marked title (as a title, the album's or an award's).
      expect(shownText(el), 'shown').to.not.contain(SERVER_TITLE);
      if (title === NEW_TITLE) expect(shownText(el), 'shown').to.contain(title);
      expect(hydrationErrors, 'film-hydration-error events').to.deep.equal([]);
      expect(watch.errors, 'errors on the page').to.deep.equal([]);
    }

    for (const tag of TAGS) {
      describe(`<${tag}>`, () => {
        it('takes a new film property', async () => {
          await replaces(`property-${tag}`, (el) => (el.film = filmMarked(NEW_TITLE)), NEW_TITLE);
        });

        it('takes a child JSON script appended in place of the server’s', async () => {
          await replaces(
            `script-${tag}`,
            (el) => {
              const script = document.createElement('script');
              script.type = 'application/json';
              script.textContent = JSON.stringify(filmMarked(NEW_TITLE));
              el.querySelector(':scope > script')!.remove();
              el.append(script);
            },
            NEW_TITLE,
          );
        });

        // `film` outranks `src`: the page that switches to a URL drops the server's attribute.
        it('takes src (the server’s film attribute removed)', async () => {
          await replaces(
            `src-${tag}`,
            (el) => {
              el.removeAttribute('film');
              el.src = '/__film/sample';
            },
            'Leaving Las Vegas',
          );
        });
      });
    }
  });

  describe('without film-elements/hydrate.js', () => {
    it('renders once, its own DOM in place of the server’s (Lit would render beside it)', async () => {
      await defineElements();
      const container = document.createElement('div');
      document.body.append(container);
      const support = globalThis as { litElementHydrateSupport?: unknown };
      // What a page without hydrate.js has: Lit's hook for it was never set.
      const installed = support.litElementHydrateSupport;
      delete support.litElementHydrateSupport;
      try {
        await parseIntoPage(container, await serverHtml('film-card', sampleFilm()));
      } finally {
        support.litElementHydrateSupport = installed;
      }
      try {
        const card = asElement(container.querySelector('film-card'), 'film-card');
        await settled(card);
        expect(card.shadowRoot!.querySelectorAll('[part~="base"]').length, 'one card, not two').to.equal(1);
        expect(shadowText(card, '[part~="title"]')).to.equal('Leaving Las Vegas');
      } finally {
        container.remove();
      }
    });
  });

  describe('a film or language changed before the element was defined', () => {
    /** A server-rendered host, parsed but not upgraded (in a template's document), for the test to change first. */
    async function unupgraded(markup: string): Promise<FilmElement & HTMLElement> {
      const template = document.createElement('template');
      (template as HTMLTemplateElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
      const host = template.content.firstElementChild as FilmElement & HTMLElement;
      expect(host.shadowRoot, 'the declarative shadow root').to.not.equal(null);
      return document.adoptNode(host);
    }

    it('shows the page’s film and language, not the server’s words', async () => {
      await defineElements();
      const container = document.createElement('div');
      document.body.append(container);
      const hydrationErrors: unknown[] = [];
      container.addEventListener('film-hydration-error', (event) => hydrationErrors.push(event.detail.error));
      try {
        const newer = await unupgraded(await serverHtml('film-card', sampleFilm()));
        newer.film = { ...sampleFilm(), title: 'A Newer Film' };
        const german = await unupgraded(await serverHtml('film-card', sampleFilm()));
        german.setAttribute('lang', 'de');
        container.append(newer, german);
        await settled(newer);
        await settled(german);
        expect(shadowText(newer, '[part~="title"]')).to.equal('A Newer Film');
        expect(shadowText(german)).to.contain('Regie');
        expect(shadowText(german)).to.not.contain('Directed by');
        expect(hydrationErrors, 'nothing is wrong: the page changed them').to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  });

  describe('a server render Lit cannot take over', () => {
    it('is reported (film-hydration-error, console.error) and replaced by the element’s own render', async () => {
      await defineElements();
      const container = document.createElement('div');
      document.body.append(container);
      const hydrationErrors: unknown[] = [];
      container.addEventListener('film-hydration-error', (event) => hydrationErrors.push(event.detail.error));
      const watch = watchErrors();
      try {
        // The page's film and language, but a template digest that is not the client's: the structure
        // differs, so Lit's hydration throws on the first update.
        const markup = (await serverHtml('film-card', sampleFilm())).replace(/<!--lit-part [^>]*-->/, '<!--lit-part AAAAAAAAAAA=-->');
        await parseIntoPage(container, markup);
        const card = asElement(container.querySelector('film-card'), 'film-card');
        await settled(card);
        expect(hydrationErrors, 'one film-hydration-error').to.have.length(1);
        expect(watch.errors.join('\n'), 'the console error names the element').to.contain(
          "<film-card>: the server's render could not be taken over",
        );
        // Rendered anew, once: the server's DOM is gone, the film shows, and it still updates.
        expect(card.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(1);
        expect(shadowText(card, '[part~="title"]')).to.equal('Leaving Las Vegas');
        card.film = { ...sampleFilm(), title: 'A Newer Film' };
        await settled(card);
        expect(shadowText(card, '[part~="title"]')).to.equal('A Newer Film');
        expect(card.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(1);
      } finally {
        watch.stop();
        container.remove();
      }
    });
  });

  describe('structured data from the server', () => {
    it('is taken over by the hydrated element: one JSON-LD script for the film, the server’s', async () => {
      await defineElements();
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const markup = await serverHtml('film-card', sampleFilm(), { attributes: { 'structured-data': true } });
        await parseIntoPage(container, markup);
        const card = asElement(container.querySelector('film-card'), 'film-card');
        const fromServer = card.nextElementSibling;
        expect(
          fromServer?.matches('script[type="application/ld+json"][data-film-elements]'),
          'the server wrote the script after the element',
        ).to.equal(true);
        await settled(card);
        const published = () => [...document.querySelectorAll('script[type="application/ld+json"][data-film-elements]')];
        const pageUrl = document.baseURI.split('#')[0];
        // The browser's text replaces the server's: the Movie's url is this page's, not the server's baseUrl.
        await waitUntil(
          () => published().some((script) => JSON.parse(script.textContent!).url === pageUrl),
          'the element published the page’s URL',
        );
        expect(published().length, 'one script').to.equal(1);
        expect(published()[0] === fromServer, 'the server’s node').to.equal(true);
        expect(JSON.parse(fromServer!.textContent!).name).to.equal('Leaving Las Vegas');
        card.remove();
        expect(published(), 'withdrawn with its element').to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  });

  describe('without JavaScript', () => {
    let frame: HTMLIFrameElement;
    let axeFrame: HTMLIFrameElement;
    const hosts = new Map<Tag, Element>();

    before(async () => {
      const markup = (await Promise.all(TAGS.map((tag) => serverHtml(tag, sampleFilm())))).join('\n');
      // No allow-scripts: the page runs nothing. axe must run in the document it checks, so the same
      // HTML goes into a second frame that allows scripts for axe alone: neither loads an element module.
      [frame, axeFrame] = await Promise.all([frameWith(markup, ''), frameWith(markup, 'allow-scripts')]);
      for (const tag of TAGS) hosts.set(tag, frame.contentDocument!.querySelector(tag)!);
    });

    after(() => {
      frame?.remove();
      axeFrame?.remove();
    });

    for (const tag of TAGS) {
      describe(`<${tag}>`, () => {
        it('shows the film’s text in its declarative shadow root', () => {
          const host = hosts.get(tag)!;
          expect(frame.contentWindow!.customElements.get(tag), 'not defined in the frame').to.equal(undefined);
          expect(host.shadowRoot, 'a shadow root from the parser').to.not.equal(null);
          const text = shadowText(host);
          for (const expected of SHOWN[tag]) expect(text, tag).to.contain(expected);
        });

        it('is styled by its shadow stylesheet', () => {
          const host = hosts.get(tag)!;
          const view = frame.contentWindow!;
          expect(view.getComputedStyle(host).display, ':host { display: block }').to.equal('block');
          const base = host.shadowRoot!.querySelector('[part~="base"]')!;
          expect(view.getComputedStyle(base).display, 'the base part').to.equal(BASE_DISPLAY[tag]);
          expect(base.getBoundingClientRect().height, 'laid out').to.be.greaterThan(0);
        });

        it('is accessible (axe)', async () => {
          const host = axeFrame.contentDocument!.querySelector(tag)!;
          expect(axeFrame.contentWindow!.customElements.get(tag), 'not defined in the frame').to.equal(undefined);
          expect(host.shadowRoot, 'a shadow root from the parser').to.not.equal(null);
          await expectAccessible(host);
        });
      });
    }
  });

  describe('hostile data rendered on the server', () => {
    let frame: HTMLIFrameElement;
    interface Case {
      id: string;
      tag: Tag;
      /** The payload of the film's own fields and first list entries (`__pwn(7)`), and of the second entries (`__pwn(8)`). */
      payloads: [string, string];
    }
    const cases: Case[] = [];

    /**
     * Fields with a format (dates, durations, currencies, enumerations): the data layer rejects text in
     * them, with the entry around it (an invalid `soundtrack.released` drops the album) — the server
     * would then have nothing of the payload to render. test/hardening/injection.test.ts covers them.
     */
    const FORMATTED = /(date|released|runtime|duration|currency|unit|\]\.kind|result)$/;

    /**
     * The sample cut to two entries per list, with a second director that has a URL (every field of the
     * format is there): 32 payloads × 5 elements of the whole sample would be 11 MB of HTML.
     */
    function smallFilm(): Record<string, unknown> {
      const film = sampleFilm() as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(film)) if (Array.isArray(value)) film[key] = value.slice(0, 2);
      const soundtrack = film.soundtrack as { tracks: unknown[]; notes: unknown[] };
      soundtrack.tracks = soundtrack.tracks.slice(0, 2);
      soundtrack.notes = soundtrack.notes.slice(0, 2);
      film.directors = ['Mike Figgis', { name: 'Second Director', url: 'https://example.com/director' }];
      return film;
    }

    /** The path of the same field in a list's second entry (`cast[0].name` → `cast[1].name`), if it is in a list. */
    function secondEntry(path: readonly (string | number)[]): (string | number)[] | undefined {
      const at = path.indexOf(0);
      if (at < 0 || path[0] === 'directors') return undefined; // directors[1] is the director with a URL
      return path.map((key, i) => (i === at ? 1 : key));
    }

    before(async () => {
      // Two payloads per film, so that 16 films carry all 32: the first in the film's own fields and
      // first list entries, the next in the second entries.
      const [first, second] = [textPayloads(7), textPayloads(8)];
      const urls = [urlPayloads(7), urlPayloads(8)] as const;
      const films: { film: Record<string, unknown>; payloads: [string, string] }[] = [];
      for (let p = 0; p < first.length; p += 2) {
        const film = smallFilm();
        const payloads: [string, string] = [first[p]![1], second[(p + 1) % second.length]![1]];
        const url = (which: 0 | 1) => urls[which][(p + which) % urls[which].length]![1];
        // Every free-text field gets a payload, every URL field a URL payload; a title keeps the film showable.
        for (const [path, kind] of STRING_FIELDS) {
          if (kind !== 'url' && FORMATTED.test(formatPath(path))) continue;
          setPath(film, path, kind === 'url' ? url(0) : payloads[0]);
          const other = secondEntry(path);
          if (other) setPath(film, other, kind === 'url' ? url(1) : payloads[1]);
        }
        film.title = `Title ${payloads[0]}`;
        films.push({ film, payloads });
      }
      const jobs = films.flatMap(({ film, payloads }, f) =>
        TAGS.map((tag, t) => {
          const id = `hostile-${f}-${tag}`;
          cases.push({ id, tag, payloads });
          // The card publishes its JSON-LD after itself; the others carry their film in a script every other time.
          const options = {
            attributes: { id, ...(tag === 'film-card' ? { 'structured-data': true } : {}) },
            filmIn: (f + t) % 2 ? ('script' as const) : ('attribute' as const),
          };
          return () => serverHtml(tag, film, options);
        }),
      );
      const markup = await inBatches(jobs);
      const probe = '<script>window.__pwned = []; window.__pwn = (id) => window.__pwned.push(id);</script>';
      // Scripts allowed (a payload that got out would run and call __pwn), but no element module loaded.
      const body = markup.map((html, i) => `<div class="case" data-case="${cases[i]!.id}">${html}</div>`).join('\n');
      frame = await frameWith(body, 'allow-scripts', probe);
      await aTimeout(300); // images that fail to load report it asynchronously
      await nextFrame();
    });

    after(() => frame?.remove());

    it('runs nothing', () => {
      expect(frame.contentWindow!.__pwned, 'payloads that ran').to.deep.equal([]);
    });

    it('injects no element into the page (only the hosts, their film scripts and the card’s JSON-LD)', () => {
      const doc = frame.contentDocument!;
      const failures: string[] = [];
      for (const wrapper of doc.querySelectorAll<HTMLElement>('body > div.case')) {
        const { tag } = cases.find((c) => c.id === wrapper.dataset.case)!;
        const all = [...wrapper.querySelectorAll('*')];
        const host = wrapper.firstElementChild;
        if (host?.localName !== tag) failures.push(`${wrapper.dataset.case}: the first element is <${host?.localName}>`);
        for (const el of all) {
          if (el === host) continue;
          const filmScript = el.localName === 'script' && el.parentElement === host && el.getAttribute('type') === 'application/json';
          const jsonLd =
            el.localName === 'script' &&
            el.parentElement === wrapper &&
            el.getAttribute('type') === 'application/ld+json' &&
            el.hasAttribute('data-film-elements');
          if (!filmScript && !jsonLd)
            failures.push(`${wrapper.dataset.case}: <${el.localName}> in the light DOM (${el.outerHTML.slice(0, 80)})`);
          if (jsonLd) {
            try {
              JSON.parse(el.textContent ?? '');
            } catch (error) {
              failures.push(`${wrapper.dataset.case}: the JSON-LD is not JSON (${(error as Error).message})`);
            }
          }
        }
      }
      const outside = [...doc.body.children].filter((el) => !el.matches('div.case'));
      for (const el of outside) failures.push(`<${el.localName}> outside the cases`);
      expect(doc.querySelectorAll('body > div.case').length, 'cases parsed').to.equal(cases.length);
      expect(failures.slice(0, 20).join('\n'), `${failures.length} problems`).to.equal('');
    });

    it('keeps the shadow trees to the templates’ own tags and attributes', () => {
      const doc = frame.contentDocument!;
      const failures: string[] = [];
      for (const { id, payloads } of cases) {
        const host = doc.getElementById(id);
        if (!host?.shadowRoot) {
          failures.push(`${id}: no shadow root`);
          continue;
        }
        // The server's stylesheet is the one <style> a server-rendered shadow root has, its first child.
        const styles = host.shadowRoot.querySelectorAll('style');
        if (styles.length !== 1 || host.shadowRoot.firstElementChild !== styles[0])
          failures.push(`${id}: ${styles.length} <style> elements`);
        const markers = ['__pwn(7', '__pwn(8', ...payloads.map((payload) => (payload.length > 6 ? payload : ''))];
        const problems = audit(host, { markers }).filter((problem) => problem !== 'unexpected <style>');
        for (const problem of problems) failures.push(`${id}: ${problem}`);
        if (host.shadowRoot.querySelector('[part~="error"]')) failures.push(`${id}: the server rendered the error state`);
        // Both payloads reached the element and show as text (a dropped value would test nothing).
        for (const call of ['__pwn(7)', '__pwn(8)']) {
          if (payloads.some((payload) => payload.includes(call)) && !shownText(host).includes(call))
            failures.push(`${id}: ${call} is not shown as text`);
        }
      }
      expect(failures.slice(0, 20).join('\n'), `${failures.length} problems`).to.equal('');
    });
  });

  describe('escaping: the film attribute and the child script', () => {
    /** The tricky strings each element shows. */
    const ESCAPED_SHOWN: Record<Tag, (film: Film) => string[]> = {
      'film-card': (film) => [film.title, film.synopsis!, film.cast![0]!.name, film.cast![0]!.character!],
      'film-ratings-badge': (film) => [film.ratings![0]!.source, film.title],
      'film-awards-list': (film) => [film.awards![0]!.category],
      'film-review-carousel': (film) => [film.reviews![0]!.author, film.reviews![0]!.text, film.title],
      'film-soundtrack': (film) => [film.soundtrack!.title!, film.soundtrack!.tracks![0]!.title],
    };
    const TRICKY = `Rock 'n' "roll" & <b>bold</b> </script><script>window.__pwned=[1]</script> <!-- not a comment --> line\u2028separator`;
    let container: HTMLElement;
    let film: Film;
    const hosts = new Map<string, FilmElement>();
    const clients = new Map<Tag, FilmElement>();
    let hydrationErrors: string[];
    let errors: string[];

    before(async () => {
      await defineElements();
      film = sampleFilm();
      film.title = `Title: ${TRICKY}`;
      film.synopsis = `Synopsis: ${TRICKY}`;
      film.cast![0]!.name = `Cast: ${TRICKY}`;
      film.cast![0]!.character = `Character: ${TRICKY}`;
      film.ratings![0]!.source = `Source: ${TRICKY}`;
      film.awards![0]!.category = `Category: ${TRICKY}`;
      film.reviews![0]!.author = `Author: ${TRICKY}`;
      film.reviews![0]!.text = `Review: ${TRICKY}`;
      film.soundtrack!.title = `Album: ${TRICKY}`;
      film.soundtrack!.tracks![0]!.title = `Track: ${TRICKY}`;
      const cases = TAGS.flatMap((tag) =>
        (['attribute', 'script'] as const).map((filmIn) => ({ tag, filmIn, id: `${filmIn}-escaped-${tag}` })),
      );
      const markup = await Promise.all(cases.map(({ tag, filmIn, id }) => serverHtml(tag, film, { filmIn, attributes: { id } })));
      container = document.createElement('div');
      container.style.cssText = 'position: relative; width: 760px';
      document.body.append(container);
      hydrationErrors = [];
      container.addEventListener('film-hydration-error', (event) => hydrationErrors.push((event.target as Element).localName));
      const watch = watchErrors();
      try {
        await parseIntoPage(container, markup.map((html, i) => slot(html, cases[i]!.id)).join('\n'));
        for (const { id } of cases) hosts.set(id, asElement(container.querySelector(`#${id}`), id));
        // The same film given in the browser, for comparison.
        for (const tag of TAGS) {
          const client = document.createElement(tag) as FilmElement;
          client.film = structuredClone(film);
          container.insertAdjacentHTML('beforeend', slot('', `client-${tag}`));
          container.lastElementChild!.append(client);
          clients.set(tag, client);
        }
        await Promise.all([...hosts.values(), ...clients.values()].map((host) => settled(host)));
      } finally {
        errors = watch.stop();
      }
    });

    after(() => container?.remove());

    it('hydrates them all, and nothing in the strings ran', () => {
      expect(hydrationErrors, 'film-hydration-error events').to.deep.equal([]);
      expect(errors, 'errors on the page').to.deep.equal([]);
      expect(window.__pwned, 'a script in the strings ran').to.equal(undefined);
    });

    for (const tag of TAGS) {
      for (const filmIn of ['attribute', 'script'] as const) {
        it(`<${tag}>, film in the ${filmIn}: reads back the same film, and shows the same text as a client render`, () => {
          const el = hosts.get(`${filmIn}-escaped-${tag}`)!;
          const client = clients.get(tag)!;
          if (filmIn === 'attribute') expect(el.getAttribute('film'), 'the film attribute').to.equal(JSON.stringify(film));
          else {
            const script = el.querySelector(':scope > script[type="application/json"]');
            expect(el.hasAttribute('film'), 'no film attribute').to.equal(false);
            expect(JSON.parse(script?.textContent ?? 'null'), 'the child script’s film').to.deep.equal(film);
          }
          expect(el.filmData, 'the parsed film').to.deep.equal(client.filmData);
          expect(shadowText(el), 'the text shown').to.equal(shadowText(client));
          const shown = shownText(el);
          for (const text of ESCAPED_SHOWN[tag](film)) expect(shown, 'shows the strings as they are').to.contain(collapse(text));
        });
      }
    }
  });
});
