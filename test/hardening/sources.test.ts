/**
 * Issue 9, "Failing sources": `src` in all five elements. 404, 500, a refused connection, a connection
 * dropped mid-body, non-JSON, an empty body, JSON of the wrong shape, a response that never starts
 * and one whose body never ends (both ended by `timeout`, default 10 s), an unsafe URL; a slow first
 * response overtaken by a second `src`, by the `film` property or by a child script (the last input
 * wins, the overtaken request is aborted and fires nothing). Each ends in the right state, with one
 * event and one warning. test/film-element.test.ts covers the common cases element by element; here
 * every element gets every case at once, with nothing left running.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

import '../../src/index.js';

import type { FilmElement } from '../../src/internal/film-element.js';
import { countEvents, create, quietly, stateOf, TAGS, UNTIL_LOADED, watchErrors, type Tag } from '../helpers.js';
import { afterOneFrame, instrument, list, type Instrumentation } from './instrument.js';

const failing: [name: string, src: string, message: RegExp, timeout?: number][] = [
  ['404', '/__film/404', /server answered 404/],
  ['500', '/__film/500', /server answered 500/],
  ['a refused connection (network error)', 'http://127.0.0.1:9/film.json', /could not be loaded/],
  // WebKit takes the dropped connection for the end of the body: then it is half a film, not JSON.
  ['a connection dropped mid-body (network error)', '/__film/drop', /could not be loaded|not valid JSON/],
  ['a response that is not JSON', '/__film/not-json', /not valid JSON/],
  ['an empty 200 response', '/__film/empty', /not valid JSON/],
  ['JSON of the wrong shape', '/__film/wrong-shape', /must be an object/],
  ['a response that never starts (timeout attribute)', '/__film/hang', /no answer within 0\.4 s/, 400],
  ['a body that never ends (timeout attribute)', '/__film/stall', /no answer within 0\.4 s/, 400],
  ['an unsafe URL (no request at all)', 'javascript:alert(1)', /not an http\(s\) or relative URL/],
];

describe('hardening: failing sources', function () {
  this.timeout(30_000);
  let tracker: Instrumentation;
  let watch: ReturnType<typeof watchErrors>;
  const elements: FilmElement[] = [];

  beforeEach(() => {
    tracker = instrument();
    watch = watchErrors();
  });
  afterEach(() => {
    for (const element of elements.splice(0)) element.remove();
    tracker.restore();
    watch.stop();
  });

  /** Ends every test: the elements removed, nothing may be left running and nothing thrown. */
  async function expectClean(): Promise<void> {
    for (const element of elements.splice(0)) element.remove();
    await afterOneFrame(50);
    expect(watch.errors, 'errors on the page').to.deep.equal([]);
    expect(list(tracker.live()).join('\n'), 'requests, timers, listeners left running').to.equal('');
  }

  function mount(tag: Tag, setup: (element: FilmElement) => void): FilmElement {
    const element = create(tag);
    setup(element);
    elements.push(element);
    document.body.append(element);
    return element;
  }

  for (const [name, src, message, timeout] of failing) {
    it(`${name}: every element shows the error state, fires one film-error and warns once`, async () => {
      await quietly(async (warnings) => {
        const outcomes = await Promise.all(
          TAGS.map(async (tag) => {
            let bubbled: CustomEvent | undefined;
            const element = mount(tag, (el) => {
              if (timeout) el.timeout = timeout;
              el.src = src;
            });
            const counts = countEvents(element);
            const onDocument = (event: Event) => event.composedPath()[0] === element && (bubbled = event as CustomEvent);
            document.addEventListener('film-error', onDocument);
            await element.updateComplete;
            const sawLoading = stateOf(element) === 'loading';
            if (sawLoading) {
              const loading = element.shadowRoot!.querySelector('[part="loading"]')!;
              expect(loading.getAttribute('role'), 'the loading state is a status').to.equal('status');
            }
            await waitUntil(() => counts.error + counts.load > 0, `<${tag}> to settle after ${src}`, { timeout: 8000 });
            await element.updateComplete;
            document.removeEventListener('film-error', onDocument);
            return { tag, element, counts, bubbled, sawLoading };
          }),
        );
        await aTimeout(100); // nothing more may follow
        for (const { tag, element, counts, bubbled, sawLoading } of outcomes) {
          expect(counts.error, `<${tag}> film-error events`).to.equal(1);
          expect(counts.load, `<${tag}> film-load events`).to.equal(0);
          expect(bubbled, `<${tag}>: film-error bubbles out of the element to the document`).to.equal(counts.last);
          const detail = counts.last!.detail as { message: string; problems: { path: string; message: string }[] };
          expect(detail.message, tag).to.match(message);
          // A failed request is a problem of `src`; a body that is no film, a problem of the data (path "").
          expect(
            detail.problems.map((problem) => problem.path),
            tag,
          ).to.deep.equal([/not valid JSON|must be an object/.test(detail.message) ? '' : 'src']);
          expect(stateOf(element), tag).to.equal('error');
          expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent, tag).to.match(message);
          // A refused connection can fail before the first render (Firefox); our server's answers take a round trip.
          if (src.startsWith('/')) expect(sawLoading, `<${tag}> showed the loading state first`).to.equal(true);
          if (src.startsWith('javascript:')) expect(sawLoading, `<${tag}> made no request`).to.equal(false);
        }
        expect(warnings, 'one warning per element').to.have.length(TAGS.length);
      });
      if (src.startsWith('javascript:')) expect(tracker.created.fetch, 'requests for an unsafe URL').to.equal(0);
      else expect(tracker.created.fetch).to.equal(TAGS.length);
      await expectClean();
    });
  }

  it('times out after 10 s by default (all five at once)', async function () {
    this.timeout(25_000);
    await quietly(async () => {
      const started = performance.now();
      const all = TAGS.map((tag) => mount(tag, (el) => (el.src = '/__film/hang')));
      for (const element of all) expect(element.timeout, 'the default timeout').to.equal(10_000);
      const counts = all.map((element) => countEvents(element));
      await waitUntil(() => counts.every((c) => c.error === 1), 'every element to time out', { timeout: 20_000 });
      const waited = performance.now() - started;
      expect(waited, 'waited about 10 s').to.be.within(9_500, 15_000);
      for (const [i, element] of all.entries()) {
        expect(counts[i]!.last!.detail.message).to.match(/no answer within 10 s/);
        expect(stateOf(element)).to.equal('error');
      }
    });
    await expectClean();
  });

  for (const bad of ['abc', '-1', '0', '1e12', 'Infinity']) {
    it(`a timeout attribute of "${bad}" falls back to the default instead of failing at once`, async () => {
      await quietly(async () => {
        const all = TAGS.map((tag) =>
          mount(tag, (el) => {
            el.setAttribute('timeout', bad);
            el.src = '/__film/title-only?title=Slow%20but%20fine&delay=300';
          }),
        );
        const counts = all.map((element) => countEvents(element));
        await waitUntil(() => counts.every((c) => c.load + c.error > 0), 'every element to settle', UNTIL_LOADED);
        for (const [i, element] of all.entries()) {
          expect(counts[i]!.error, `<${element.localName}> timed out (${counts[i]!.last?.detail.message})`).to.equal(0);
          expect(element.filmData?.title).to.equal('Slow but fine');
        }
      });
      await expectClean();
    });
  }

  for (const tag of TAGS) {
    it(`<${tag}>: a slow first response overtaken by a second src — the last one wins, the first is aborted`, async () => {
      await quietly(async () => {
        const element = mount(tag, (el) => (el.src = '/__film/title-only?title=Slow&delay=600'));
        const counts = countEvents(element);
        await element.updateComplete;
        expect(stateOf(element)).to.equal('loading');
        element.src = '/__film/title-only?title=Fast';
        await waitUntil(() => counts.load > 0, 'the second src to load', UNTIL_LOADED);
        await aTimeout(800); // past the first answer
        await element.updateComplete;
        expect(element.filmData?.title).to.equal('Fast');
        expect(counts.load, 'film-load events').to.equal(1);
        expect(counts.error, 'film-error events').to.equal(0);
      });
      await expectClean();
    });

    it(`<${tag}>: a fast first src, then a slow second one — the second still wins, with the loading state between`, async () => {
      await quietly(async () => {
        const element = mount(tag, (el) => (el.src = '/__film/title-only?title=First'));
        const counts = countEvents(element);
        await waitUntil(() => counts.load === 1, 'the first src', UNTIL_LOADED);
        element.src = '/__film/title-only?title=Second&delay=300';
        await element.updateComplete;
        expect(stateOf(element)).to.equal('loading');
        expect(element.filmData, 'no stale film while loading').to.equal(undefined);
        await waitUntil(() => counts.load === 2, 'the second src', UNTIL_LOADED);
        expect(element.filmData?.title).to.equal('Second');
      });
      await expectClean();
    });

    it(`<${tag}>: a slow src overtaken by the film property, then by a child script after the property is cleared`, async () => {
      await quietly(async () => {
        const element = mount(tag, (el) => (el.src = '/__film/title-only?title=Slow&delay=400'));
        const counts = countEvents(element);
        await element.updateComplete;
        element.film = { title: 'Property' };
        await element.updateComplete;
        expect(element.filmData?.title).to.equal('Property');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{"title": "Script"}';
        element.append(script);
        await aTimeout(600); // the slow answer would have arrived
        await element.updateComplete;
        expect(element.filmData?.title, 'the property still wins over the script').to.equal('Property');
        element.film = undefined;
        await element.updateComplete;
        expect(element.filmData?.title, 'then the script').to.equal('Script');
        expect(counts.load).to.equal(2);
        expect(counts.error).to.equal(0);
      });
      await expectClean();
    });

    it(`<${tag}>: removing src during a fetch aborts it and empties the element; a good src after an error recovers`, async () => {
      await quietly(async () => {
        const element = mount(tag, (el) => el.setAttribute('src', '/__film/title-only?title=Never&delay=300'));
        const counts = countEvents(element);
        await element.updateComplete;
        expect(stateOf(element)).to.equal('loading');
        element.removeAttribute('src');
        await element.updateComplete;
        await aTimeout(500);
        expect(stateOf(element)).to.equal('empty');
        expect(counts.load + counts.error).to.equal(0);
        element.src = '/__film/500';
        await waitUntil(() => counts.error === 1, 'the error', UNTIL_LOADED);
        element.src = '/__film/sample';
        await waitUntil(() => counts.load === 1, 'the recovery', UNTIL_LOADED);
        await element.updateComplete;
        expect(stateOf(element)).to.equal('film');
        expect(element.filmData?.title).to.equal('Leaving Las Vegas');
      });
      await expectClean();
    });
  }
});
