/**
 * Issue 9, "Size": a 5 MB film and a film with 50,000 reviews, in all five elements, render (or
 * report what they dropped) without freezing the tab. Times are logged (`[size] ${browser()} …`) and reported in
 * the notes; the only bound asserted is a generous one against a frozen tab: no single task (parse +
 * render + the frame after it) blocks the page for 10 s, and the page answers a click right after.
 * Performance itself is measured by the benchmarks (bench/), not asserted here.
 */
import { aTimeout, expect, nextFrame, waitUntil } from '@open-wc/testing';

import '../../src/index.js';

import { parseFilm } from '../../src/data/parse.js';
import type { FilmElement } from '../../src/internal/film-element.js';
import { browser, countEvents, create, quietly, sampleFilm, stateOf, TAGS, watchErrors, type Tag } from '../helpers.js';

/** No task may block the page this long: a frozen tab, not a slow one. */
const FROZEN = 10_000;

type Item = Record<string, unknown>;
type Json = Record<string, unknown> & { reviews: Item[]; cast: Item[]; awards: Item[]; ratings: Item[]; crew: Item[]; genres: string[] };

/** The sample with `count` reviews, each a little different (author, date, score, text). */
function withReviews(count: number, broken = 0): Json {
  const film = sampleFilm() as unknown as Json;
  const base = film.reviews;
  film.reviews = Array.from({ length: count }, (_, i) => {
    const review: Item = {
      ...base[i % base.length]!,
      author: `Reviewer ${i}`,
      date: `${1995 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      rating: { value: i % 11, max: 10 },
    };
    // About 250 bytes a review: 50,000 of them make a 13 MB film.
    review.text = `${i}: ${(review.text as string).slice(0, 150)}`;
    // Every nth review is broken (no text): dropped and reported, the rest still shows.
    if (broken && i % broken === 0) delete review.text;
    return review;
  });
  return film;
}

/** A film of at least `bytes` of JSON: every list of the sample grown, long texts. */
function bigFilm(bytes: number): { film: Json; json: string } {
  const sample = sampleFilm() as unknown as Json & { soundtrack: { tracks: Item[] } };
  const film = withReviews(12_000);
  const grow = <T>(list: T[], count: number, vary: (item: T, i: number) => T) =>
    Array.from({ length: count }, (_, i) => vary(list[i % list.length]!, i));
  film.cast = grow(sample.cast, 6_000, (m, i) => ({ ...m, name: `${m.name as string} ${i}` }));
  film.crew = grow(sample.crew, 3_000, (m, i) => ({ ...m, name: `${m.name as string} ${i}` }));
  film.awards = grow(sample.awards, 4_000, (a, i) => ({ ...a, year: 1996 + (i % 40), category: `${a.category as string} ${i}` }));
  film.ratings = grow(sample.ratings, 1_000, (r, i) => ({ ...r, source: `${r.source as string} ${i}` }));
  film.genres = Array.from({ length: 2_000 }, (_, i) => `Genre ${i}`);
  (film.soundtrack as { tracks: Item[] }).tracks = grow(sample.soundtrack.tracks, 4_000, (t, i) => ({
    ...t,
    position: i + 1,
    title: `${t.title as string} ${i}`,
  }));
  let json = JSON.stringify(film);
  film.synopsis = `${film.synopsis as string} ${'Ben drinks. Sera listens. '.repeat(Math.max(0, Math.ceil((bytes - json.length) / 26)))}`;
  json = JSON.stringify(film);
  return { film, json };
}

/**
 * Renders a film in an element and measures the time to its film (parse + render + the next frame),
 * and the longest stretch the page could not run a task meanwhile.
 */
async function timeRender(
  tag: Tag,
  film: unknown,
  container: HTMLElement,
): Promise<{ element: FilmElement; ms: number; longestBlock: number }> {
  const element = create(tag);
  if (tag === 'film-soundtrack' || tag === 'film-card') element.setAttribute('lang', 'en');
  container.append(element);
  await element.updateComplete;
  // A heartbeat: every task boundary it reaches, it notes the gap since the last one.
  let longestBlock = 0;
  let last = performance.now();
  let beating = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last);
    last = now;
    if (beating) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const started = performance.now();
  if (typeof film === 'string') element.setAttribute('film', film);
  else element.film = film as FilmElement['film'];
  await element.updateComplete;
  // Parse and render run in one task (microtasks only): that span is a block whether or not the
  // heartbeat got a turn to see it (WebKit does not always deliver the channel's messages meanwhile).
  longestBlock = Math.max(longestBlock, performance.now() - started);
  await nextFrame();
  const ms = performance.now() - started;
  beating = false;
  await aTimeout(0);
  channel.port1.close();
  return { element, ms, longestBlock };
}

const round = (ms: number) => `${Math.round(ms)} ms`;

describe('hardening: size', function () {
  this.timeout(120_000);
  let container: HTMLElement;
  let watch: ReturnType<typeof watchErrors>;

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    watch = watchErrors();
  });
  afterEach(() => {
    container.remove();
    expect(watch.stop(), 'errors on the page').to.deep.equal([]);
  });

  it('a 5 MB film (JSON text) renders in every element without freezing the tab', async () => {
    const { json } = bigFilm(5_000_000);
    expect(json.length, 'bytes of JSON').to.be.within(5_000_000, 5_300_000);
    const parseStart = performance.now();
    const parsed = parseFilm(json);
    const parseMs = performance.now() - parseStart;
    expect(parsed.ok).to.equal(true);
    const times: string[] = [`parse alone ${round(parseMs)}`];
    await quietly(async () => {
      for (const [i, tag] of TAGS.entries()) {
        // A different text for each element, so each one parses it (the parse cache would hide the cost).
        const text = json.replace('"Leaving Las Vegas"', `"Leaving Las Vegas ${i}"`);
        const { element, ms, longestBlock } = await timeRender(tag, text, container);
        expect(stateOf(element), tag).to.equal('film');
        expect(element.problems, tag).to.deep.equal([]);
        expect(longestBlock, `<${tag}>: longest task`).to.be.below(FROZEN);
        times.push(`<${tag}> ${round(ms)} (longest task ${round(longestBlock)})`);
      }
    });
    await expectResponsive(container);
    console.log(`[size] ${browser()} 5 MB film (${(json.length / 1e6).toFixed(2)} MB JSON): ${times.join(', ')}`);
  });

  it('long lists expand on demand without freezing: 2,000 cast members, 1,000 tracks, 600 awards', async () => {
    // Expanding lays out every entry at once: linear, but slow in WebKit under the full suite's load
    // (three browsers on two cores): 11.8 s for 1,500 awards (1.2 s for 2,000 alone), 6 s for 6,000 cast members.
    const { film } = bigFilm(5_000_000);
    film.awards = film.awards.slice(0, 600);
    film.cast = film.cast.slice(0, 2_000);
    const soundtrackFilm = film.soundtrack as { tracks: Item[] };
    soundtrackFilm.tracks = soundtrackFilm.tracks.slice(0, 1_000);
    const times: string[] = [];
    await quietly(async () => {
      const card = (await timeRender('film-card', film, container)).element;
      const soundtrack = (await timeRender('film-soundtrack', film, container)).element;
      const awards = (await timeRender('film-awards-list', film, container)).element;
      for (const [element, selector, what, check] of [
        [
          card,
          '[part="cast"] button',
          'show all 2,000 cast members',
          () => card.shadowRoot!.querySelectorAll('[part="cast"] li').length === 2_000,
        ],
        [
          soundtrack,
          '[part="tracklist"] > button',
          'show all 1,000 tracks',
          () => soundtrack.shadowRoot!.querySelectorAll('[part~="track"]').length === 1_000,
        ],
        [
          awards,
          '[part~="show-all"]',
          'open all 40 award groups (600 awards)',
          () => !awards.shadowRoot!.querySelector('[part="entries"][hidden]'),
        ],
      ] as const) {
        const button = element.shadowRoot!.querySelector<HTMLElement>(selector);
        expect(button, `${element.localName} ${selector}`).to.exist;
        const started = performance.now();
        button!.click();
        await element.updateComplete;
        await nextFrame();
        const ms = performance.now() - started;
        expect(check(), what).to.equal(true);
        expect(ms, what).to.be.below(FROZEN);
        times.push(`${what} ${round(ms)}`);
      }
    });
    console.log(`[size] ${browser()} expanding: ${times.join(', ')}`);
  });

  it('a film with 50,000 reviews renders in every element; the carousel keeps a handful of slides in the DOM', async () => {
    const film = withReviews(50_000);
    const json = JSON.stringify(film);
    const times: string[] = [];
    await quietly(async () => {
      for (const [i, tag] of TAGS.entries()) {
        const text = json.replace('"Leaving Las Vegas"', `"Leaving Las Vegas ${i}"`);
        const { element, ms, longestBlock } = await timeRender(tag, text, container);
        expect(stateOf(element), tag).to.equal('film');
        expect(element.filmData!.reviews, tag).to.have.length(50_000);
        expect(longestBlock, `<${tag}>: longest task`).to.be.below(FROZEN);
        times.push(`<${tag}> ${round(ms)}`);
        if (tag === 'film-review-carousel') {
          expect(element.shadowRoot!.querySelectorAll('[part="slide"]').length, 'slides in the DOM').to.be.at.most(8);
          expect(element.shadowRoot!.textContent).to.contain('50,000');
        }
      }
    });
    await expectResponsive(container);
    console.log(`[size] ${browser()} 50,000 reviews (${(json.length / 1e6).toFixed(1)} MB JSON): ${times.join(', ')}`);
  });

  it('50,000 reviews with every 10th broken: 5,000 dropped and reported, 45,000 shown', async () => {
    const film = withReviews(50_000, 10);
    const times: string[] = [];
    await quietly(async () => {
      const { element, ms } = await timeRender('film-review-carousel', JSON.stringify(film), container);
      expect(stateOf(element)).to.equal('film');
      expect(element.filmData!.reviews).to.have.length(45_000);
      expect(element.problems).to.have.length(5_000);
      expect(element.problems[1]!.path).to.equal('reviews[10].text');
      times.push(`${round(ms)}`);
    });
    console.log(`[size] ${browser()} 50,000 reviews, 5,000 broken, in <film-review-carousel>: ${times.join(', ')}`);
  });

  it('50,000 reviews fetched through src (about 13 MB) load in every element', async () => {
    const times: string[] = [];
    await quietly(async () => {
      await Promise.all(
        TAGS.map(async (tag) => {
          const element = create(tag);
          const counts = countEvents(element);
          const started = performance.now();
          // The subject is size, not the timeout: five 13 MB answers at once on a loaded machine may take more than 10 s.
          element.timeout = 60_000;
          element.src = `/__film/big?reviews=50000&for=${tag}`;
          container.append(element);
          await waitUntil(() => counts.load + counts.error > 0, `<${tag}> to load`, { timeout: 60_000 });
          await element.updateComplete;
          times.push(`<${tag}> ${round(performance.now() - started)}`);
          expect(counts.load, `${tag}: ${counts.last?.detail.message}`).to.equal(1);
          expect(element.filmData!.reviews, tag).to.have.length(50_000);
        }),
      );
    });
    console.log(`[size] ${browser()} 50,000 reviews through src, five elements at once: ${times.join(', ')}`);
  });
});

/** The page still answers: a click on a plain button is handled within a couple of frames. */
async function expectResponsive(container: HTMLElement): Promise<void> {
  const button = document.createElement('button');
  let clicked = 0;
  button.addEventListener('click', () => clicked++);
  container.append(button);
  const started = performance.now();
  button.click();
  await nextFrame();
  expect(clicked).to.equal(1);
  expect(performance.now() - started).to.be.below(FROZEN);
}
