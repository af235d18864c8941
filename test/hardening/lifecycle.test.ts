/**
 * Issue 9, "Lifecycle", in all five elements: properties set before the elements are defined (the
 * upgrade keeps them); an element moved between parents (another parent, a shadow root, a
 * `lang="fr"` container), idle and mid-fetch; removed and re-added; removed during a fetch, with an
 * open tooltip, during autoplay; one (frozen) film object shared by 250 elements; attributes changed
 * 1,000 times in a row. Nothing throws, and nothing is left running (test/hardening/instrument.ts).
 *
 * This file must not import the elements statically: the first test defines them itself, after
 * creating and configuring elements under their tag names.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

import type { FilmElement } from '../../src/internal/film-element.js';
import { countEvents, quietly, sampleFilm, stateOf, TAGS, UNTIL_LOADED, watchErrors, type Tag } from '../helpers.js';
import { audit, deepFreeze } from './harness.js';
import { afterOneFrame, instrument, list, type Instrumentation } from './instrument.js';

type Loose = FilmElement & Record<string, unknown>;

const define = () => import('../../src/index.js');
const film = (title: string) => ({ ...sampleFilm(), title });
const create = (tag: Tag) => document.createElement(tag) as unknown as Loose;

describe('hardening: lifecycle', function () {
  this.timeout(60_000);
  let tracker: Instrumentation;
  let watch: ReturnType<typeof watchErrors>;
  let container: HTMLElement;

  beforeEach(() => {
    tracker = instrument();
    watch = watchErrors();
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    tracker.restore();
    watch.stop();
  });

  /** Ends a test: with everything removed, nothing may be left running, and nothing was thrown. */
  async function expectClean(): Promise<void> {
    container.remove();
    await afterOneFrame(100);
    expect(watch.errors, 'errors on the page').to.deep.equal([]);
    expect(list(tracker.live()).join('\n'), 'left running').to.equal('');
  }

  it('properties and attributes set before the elements are defined survive the upgrade (all five, connected or not)', async () => {
    expect(customElements.get('film-card'), 'this test runs before anything defines the elements').to.equal(undefined);
    const own: Record<Tag, [string, unknown, (el: Loose) => boolean]> = {
      'film-card': ['castLimit', 2, (el) => el.shadowRoot!.querySelectorAll('[part="cast"] li').length === 2],
      'film-ratings-badge': ['variant', 'compact', (el) => !el.shadowRoot!.querySelector('[part="band"]')],
      'film-awards-list': ['filter', 'wins', (el) => !!el.shadowRoot!.querySelector('[part="filter-note"]')],
      'film-review-carousel': [
        'kind',
        'audience',
        (el) => (el.count as number) === sampleFilm().reviews!.filter((r) => r.kind === 'audience').length,
      ],
      'film-soundtrack': ['trackLimit', 3, (el) => el.shadowRoot!.querySelectorAll('[part~="track"]').length === 3],
    };
    const made: { tag: Tag; input: string; el: Loose }[] = [];
    for (const tag of TAGS) {
      const [name, value] = own[tag];
      // The film as a property, connected before the definition.
      const byProperty = create(tag);
      byProperty.film = film(`${tag} by property`);
      byProperty[name] = value;
      byProperty.setAttribute('theme', 'dark');
      container.append(byProperty);
      made.push({ tag, input: 'property', el: byProperty });
      // The film as an attribute, not connected at the definition (upgraded when appended).
      const byAttribute = create(tag);
      byAttribute.setAttribute('film', JSON.stringify(film(`${tag} by attribute`)));
      byAttribute[name] = value;
      made.push({ tag, input: 'attribute', el: byAttribute });
      // src and timeout as properties.
      const bySrc = create(tag);
      bySrc.src = `/__film/title-only?title=${encodeURIComponent(`${tag} by src`)}`;
      bySrc.timeout = 5000;
      container.append(bySrc);
      made.push({ tag, input: 'src', el: bySrc });
    }
    await quietly(async () => {
      await define();
      for (const { el } of made) if (!el.isConnected) container.append(el);
      for (const { tag, input, el } of made) {
        await waitUntil(() => !!el.filmData, `<${tag}> (${input}) to show its film`, UNTIL_LOADED);
        await el.updateComplete;
        expect(el.filmData!.title, `${tag} ${input}`).to.equal(`${tag} by ${input}`);
        if (input !== 'src') {
          const [name, value, check] = own[tag];
          expect(el[name], `${tag}.${name}`).to.equal(value);
          expect(check(el), `<${tag}> renders with ${name} = ${String(value)}`).to.equal(true);
        } else {
          expect(el.timeout).to.equal(5000);
        }
        if (input === 'property') expect(getComputedStyle(el).colorScheme, `${tag} theme`).to.contain('dark');
      }
    });
    await expectClean();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: moved between parents, into a shadow root and into lang="fr", idle and mid-fetch`, async () => {
      await define();
      await quietly(async () => {
        const el = create(tag);
        const counts = countEvents(el);
        el.film = film('Moving');
        container.append(el);
        await el.updateComplete;
        const other = document.createElement('section');
        const shadowHost = document.createElement('div');
        const shadow = shadowHost.attachShadow({ mode: 'open' });
        const french = document.createElement('div');
        french.lang = 'fr';
        container.append(other, shadowHost, french);
        for (const parent of [other, shadow, french, container]) {
          parent.append(el);
          await el.updateComplete;
          expect(stateOf(el), `in ${parent.nodeName}`).to.equal('film');
          expect(audit(el)).to.deep.equal([]);
        }
        expect(counts.load, 'moving does not reload a film given as a property').to.equal(1);
        french.append(el);
        await el.updateComplete;
        expect((el as unknown as { locale: string }).locale, 'the nearest lang').to.equal('fr');

        // Mid-fetch: each move cuts the request short and starts it again; one film-load in the end.
        el.film = undefined;
        el.src = '/__film/title-only?title=Moved&delay=200';
        await el.updateComplete;
        const before = counts.load;
        for (const parent of [other, shadow, french, container]) {
          parent.append(el);
          await aTimeout(20);
        }
        await waitUntil(() => counts.load > before, 'the film after the moves', UNTIL_LOADED);
        await aTimeout(300);
        expect(counts.load - before, 'film-load events after the moves').to.equal(1);
        expect(counts.error).to.equal(0);
        expect(el.filmData!.title).to.equal('Moved');
      });
      await expectClean();
    });

    it(`<${tag}>: removed and re-added; removed during a fetch (aborted, silent, reloaded on return); src set while out of the page`, async () => {
      await define();
      await quietly(async () => {
        const el = create(tag);
        const counts = countEvents(el);
        el.film = film('Back again');
        container.append(el);
        await el.updateComplete;
        const shown = el.shadowRoot!.textContent;
        el.remove();
        container.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.textContent, 'the same rendering after re-adding').to.equal(shown);
        el.remove();
        el.film = film('Changed while away');
        container.append(el);
        await el.updateComplete;
        expect(el.filmData!.title).to.equal('Changed while away');

        // Removed during a fetch.
        el.film = undefined;
        el.src = '/__film/title-only?title=Fetched&delay=300';
        await el.updateComplete;
        expect(stateOf(el)).to.equal('loading');
        const loads = counts.load;
        el.remove();
        await aTimeout(500);
        expect(counts.load + counts.error, 'nothing fires while out of the page').to.equal(loads);
        expect(list(tracker.live()), 'the request was aborted').to.deep.equal([]);
        container.append(el);
        await waitUntil(() => counts.load > loads, 'the reload after re-adding', UNTIL_LOADED);
        expect(el.filmData!.title).to.equal('Fetched');

        // src changed while out of the page: no request until it comes back.
        el.remove();
        const fetches = tracker.created.fetch;
        el.src = '/__film/title-only?title=Later';
        await el.updateComplete;
        await aTimeout(100);
        expect(tracker.created.fetch - fetches, 'requests while out of the page').to.equal(0);
        expect(list(tracker.live())).to.deep.equal([]);
        container.append(el);
        await waitUntil(() => el.filmData?.title === 'Later', 'the new src after re-adding', UNTIL_LOADED);
        expect(counts.error).to.equal(0);
      });
      await expectClean();
    });
  }

  it('<film-ratings-badge>: removed with an open tooltip — it closes, its position updates and Escape listener stop; it opens again after re-adding', async () => {
    await define();
    const badge = create('film-ratings-badge');
    badge.film = sampleFilm();
    container.append(badge);
    await badge.updateComplete;
    const trigger = badge.shadowRoot!.querySelector<HTMLElement>('[aria-describedby]')!;
    const tip = badge.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
    trigger.focus();
    await waitUntil(() => tip.hasAttribute('data-open') && tip.style.left !== '', 'the tooltip to open', UNTIL_LOADED);
    const open = list(tracker.live());
    expect(
      open.some((what) => what.startsWith('keydown listener on document')),
      `listeners while open: ${open.join(', ')}`,
    ).to.equal(true);
    expect(open.length, 'autoUpdate listens while open').to.be.greaterThan(1);
    badge.remove();
    await afterOneFrame(50);
    expect(tip.hasAttribute('data-open'), 'closed').to.equal(false);
    expect(list(tracker.live()), 'nothing of the tooltip left').to.deep.equal([]);
    container.append(badge);
    await badge.updateComplete;
    trigger.blur();
    trigger.focus();
    await waitUntil(() => tip.hasAttribute('data-open') && tip.style.left !== '', 'the tooltip to open again', UNTIL_LOADED);
    trigger.blur();
    await expectClean();
  });

  it('<film-review-carousel>: removed during autoplay — rotation stops while out of the page and resumes when it comes back', async () => {
    await define();
    const carousel = create('film-review-carousel');
    carousel.setAttribute('autoplay', '');
    carousel.setAttribute('interval', '250');
    carousel.film = sampleFilm();
    container.append(carousel);
    await carousel.updateComplete;
    // Reduced motion starts it stopped: the start button is the user's way in.
    if (!carousel.shadowRoot!.querySelector('[part="rotation"]')?.textContent?.match(/stop/i))
      carousel.shadowRoot!.querySelector<HTMLElement>('[part="rotation"]')?.click();
    let changes = 0;
    carousel.addEventListener('film-slide-change', () => changes++);
    await waitUntil(() => changes > 0, 'a slide change', { timeout: 3000 });
    carousel.remove();
    const atRemoval = changes;
    await aTimeout(800);
    expect(changes, 'slide changes while out of the page').to.equal(atRemoval);
    expect(list(tracker.live()), 'timers left by autoplay').to.deep.equal([]);
    container.append(carousel);
    await waitUntil(() => changes > atRemoval, 'rotation to resume', { timeout: 3000 });
    await expectClean();
  });

  it('one frozen film object shared by 250 elements (50 of each): all render from one parse, the object untouched', async () => {
    await define();
    const shared = deepFreeze(sampleFilm());
    const copy = JSON.stringify(shared);
    const all: FilmElement[] = [];
    await quietly(async () => {
      for (let i = 0; i < 50; i++) {
        for (const tag of TAGS) {
          const el = create(tag);
          el.film = shared;
          all.push(el);
          container.append(el);
        }
      }
      await Promise.all(all.map((el) => el.updateComplete));
    });
    for (const el of all) expect(stateOf(el)).to.equal('film');
    expect(new Set(all.map((el) => el.filmData)).size, 'one parse, one normalised film').to.equal(1);
    expect(JSON.stringify(shared)).to.equal(copy);
    await expectClean();
  });

  it('identical JSON texts share one parse, and large texts do not pile up: the cache lets the oldest go by size', async () => {
    await define();
    const parsedFrom = async (text: string) => {
      const el = create('film-card');
      el.setAttribute('film', text);
      container.append(el);
      await el.updateComplete;
      el.remove();
      return el.filmData;
    };
    await quietly(async () => {
      const small = JSON.stringify({ ...sampleFilm(), title: 'Shared text' });
      const first = await parsedFrom(small);
      expect(await parsedFrom(small), 'the same text twice: one parse').to.equal(first);
      // Three texts of 3 million characters (a padded synopsis) go past the 8-million-character bound.
      const padding = 'x'.repeat(3_000_000);
      const large = (n: number) => JSON.stringify({ title: `Large ${n}`, synopsis: padding });
      const firstLarge = await parsedFrom(large(1));
      expect(await parsedFrom(large(1)), 'a 3 MB text twice: one parse').to.equal(firstLarge);
      await parsedFrom(large(2));
      await parsedFrom(large(3));
      // 9 million characters since the first large text: it (and the small one before it) went out.
      expect(await parsedFrom(large(1)), 'the oldest large text was let go').to.not.equal(firstLarge);
      expect(await parsedFrom(small), 'the small text, older still, too').to.not.equal(first);
      // A text over the whole bound is parsed every time, never kept.
      const huge = JSON.stringify({ title: 'Huge', synopsis: 'y'.repeat(8_100_000) });
      const hugeFilm = await parsedFrom(huge);
      expect(hugeFilm!.title).to.equal('Huge');
      expect(await parsedFrom(huge)).to.not.equal(hugeFilm);
    });
    await expectClean();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: film, src and every attribute changed 1,000 times in a row — the last value wins, nothing throws`, async function () {
      this.timeout(90_000);
      await define();
      const el = create(tag);
      const counts = countEvents(el);
      container.append(el);
      await quietly(async () => {
        // 1,000 film attributes in one go: one update, the last one shown.
        for (let i = 0; i < 1000; i++) el.setAttribute('film', JSON.stringify({ title: `Burst ${i}` }));
        await el.updateComplete;
        expect(el.filmData!.title).to.equal('Burst 999');
        expect(counts.load, 'one film-load for a burst').to.equal(1);
        // 1,000 film attributes, each rendered.
        for (let i = 0; i < 1000; i++) {
          el.setAttribute('film', JSON.stringify({ ...sampleFilm(), title: `Step ${i}` }));
          await el.updateComplete;
        }
        expect(el.filmData!.title).to.equal('Step 999');
        expect(counts.load).to.equal(1001);
        el.removeAttribute('film');

        // 1,000 src attributes in one go: one request.
        const fetches = tracker.created.fetch;
        for (let i = 0; i < 1000; i++) el.setAttribute('src', `/__film/title-only?title=Src%20${i}`);
        await waitUntil(() => el.filmData?.title === 'Src 999', 'the last src of the burst', UNTIL_LOADED);
        expect(tracker.created.fetch - fetches, 'requests for a burst of 1,000 src changes').to.equal(1);
        // 1,000 src attributes, each one starting a request that the next one aborts.
        const loads = counts.load;
        for (let i = 0; i < 1000; i++) {
          el.setAttribute('src', `/__film/title-only?title=Each%20${i}&delay=100`);
          await el.updateComplete;
        }
        await waitUntil(() => el.filmData?.title === 'Each 999', 'the last src', UNTIL_LOADED);
        await aTimeout(200);
        expect(counts.load - loads, 'only the last request fires').to.equal(1);
        expect(counts.error).to.equal(0);
        el.removeAttribute('src');
        el.film = sampleFilm();
        await el.updateComplete;

        // Every other attribute, 1,000 changes with junk and real values mixed.
        const junk = [
          '',
          'abc',
          '-1',
          '0',
          '1e9',
          'NaN',
          'Infinity',
          '<script>alert(1)</script>',
          '__proto__',
          'constructor',
          '\u202E',
          'dark',
          'light',
          'fr',
          'en',
          'ar',
          'x-klingon',
          '2',
          '7',
          'all',
          'wins',
          'person',
          'critic',
          'audience',
          'rating',
          'date',
          'compact',
          'Nicolas Cage',
          'Sting',
        ];
        const attributes = ['lang', 'theme', 'timeout', 'heading-level', ...OWN_ATTRIBUTES[tag]];
        for (let i = 0; i < 1000; i++) {
          const name = attributes[i % attributes.length]!;
          const value = junk[(i * 7 + Math.floor(i / attributes.length)) % junk.length]!;
          if (i % 11 === 10) el.removeAttribute(name);
          else el.setAttribute(name, value);
          await el.updateComplete;
          const problems = audit(el);
          if (problems.length || stateOf(el) !== 'film') throw new Error(`after ${name}="${value}": ${stateOf(el)} ${problems.join('; ')}`);
          const visible = VISIBLE[tag]?.(el);
          if (visible === false) throw new Error(`after ${name}="${value}": the element's content is gone`);
        }
      });
      await expectClean();
    });
  }
});

/** Each element's own attributes. */
const OWN_ATTRIBUTES: Record<Tag, string[]> = {
  'film-card': ['cast-limit'],
  'film-ratings-badge': ['source', 'variant'],
  'film-awards-list': ['filter', 'group-by', 'open-groups'],
  'film-review-carousel': ['label', 'kind', 'sort', 'autoplay', 'interval', 'slides-per-view', 'max-tabs'],
  'film-soundtrack': ['track-limit', 'highlight', 'performer'],
};

/** What must stay visible whatever the attributes say (a junk limit must not hide the list). */
const VISIBLE: Partial<Record<Tag, (el: FilmElement) => boolean>> = {
  'film-card': (el) => el.shadowRoot!.querySelectorAll('[part="cast"] li').length > 0,
  'film-awards-list': (el) => el.shadowRoot!.querySelectorAll('[part="group"]').length > 0,
};
