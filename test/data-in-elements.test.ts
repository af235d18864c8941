/**
 * The data people have, in the elements: TMDB, OMDb and schema.org JSON-LD detected (or named with
 * `format`), a list of sources merged, OMDb's error answer as an error state, and `structured-data`:
 * the JSON-LD the page publishes for search engines (one script per film, kept current, removed with
 * its elements, never executable).
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';

import '../src/index.js';

import type { FilmElement } from '../src/internal/film-element.js';
import imdbJsonLd from '../src/samples/leaving-las-vegas.imdb-jsonld.json';
import omdb from '../src/samples/leaving-las-vegas.omdb.json';
import tmdb from '../src/samples/leaving-las-vegas.tmdb.json';
import { audit } from './hardening/harness.js';
import { textPayloads } from './hardening/payloads.js';
import { captureWarnings, fixture, part, sampleFilm, shadowText, TAGS } from './helpers.js';

const copy = <T>(value: T): T => structuredClone(value);
const published = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-film-elements]')];

describe('data in the elements: formats', () => {
  it('every element shows the sample given as TMDB, OMDb and IMDb JSON-LD, detected', async function () {
    // Fifteen fixtures (and as many server renders in the ssr mode): over 10 s in WebKit on a loaded machine.
    this.timeout(30_000);
    for (const tag of TAGS) {
      for (const [name, input] of Object.entries({ tmdb, omdb, imdbJsonLd })) {
        const element = document.createElement(tag) as FilmElement;
        element.film = copy(input) as never;
        await fixture(html`${element}`);
        expect(element.filmData?.title, `<${tag}> from ${name}`).to.equal('Leaving Las Vegas');
        expect(element.shadowRoot!.querySelector('[part~="error"]'), `<${tag}> from ${name}`).to.equal(null);
      }
    }
  });

  it('the card shows what TMDB gives: year, genres, poster from tmdb-image-base, cast with characters, the rating', async () => {
    const card = await fixture<FilmElement>(html`<film-card .film=${copy(tmdb)} tmdb-image-base="posters"></film-card>`);
    const text = shadowText(card);
    expect(text).to.contain('1995').and.contain('Drama').and.contain('Nicolas Cage').and.contain('Ben Sanderson');
    expect(part<HTMLImageElement>(card, '[part="poster"]').getAttribute('src')).to.match(/^posters\/.+\.svg$/);
  });

  it("the card shows OMDb's awards sentence as the awards summary, and the badge its three scores", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><film-card .film=${copy(omdb)}></film-card><film-ratings-badge .film=${copy(omdb)}></film-ratings-badge></div>`,
    );
    const [card, badge] = [...wrapper.children] as FilmElement[];
    expect(shadowText(card!, '[part="summary"]')).to.contain(omdb.Awards);
    const names = [...badge!.shadowRoot!.querySelectorAll('[role="img"]')].map((score) => score.getAttribute('aria-label'));
    expect(names.join(' | ')).to.contain('IMDb').and.contain('Rotten Tomatoes').and.contain('Metacritic');
  });

  it('format overrides detection, and changing it reads the input again', async () => {
    let card!: FilmElement;
    const warnings = await captureWarnings(async () => {
      card = await fixture<FilmElement>(html`<film-card .film=${copy(omdb)} format="tmdb"></film-card>`);
    });
    // Read as TMDB, an OMDb response has no movie details: the error says so.
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
    expect(warnings).to.have.length(1);
    card.format = 'omdb';
    await card.updateComplete;
    expect(card.filmData?.title).to.equal('Leaving Las Vegas');
  });

  it("OMDb's error answer is an error state with OMDb's own message", async () => {
    let card!: FilmElement;
    await captureWarnings(async () => {
      card = await fixture<FilmElement>(html`<film-card .film=${{ Response: 'False', Error: 'Movie not found!' }}></film-card>`);
    });
    expect(part(card, '[part~="error"]').getAttribute('role')).to.equal('alert');
    expect(shadowText(card, '[part~="error"]')).to.contain('Movie not found!');
  });

  it("a list of sources is one film: TMDB for the credits, OMDb for the critics' scores", async () => {
    const badge = await fixture<FilmElement>(html`<film-ratings-badge .film=${[copy(tmdb), copy(omdb)]}></film-ratings-badge>`);
    const sources = (badge.filmData?.ratings ?? []).map((rating) => rating.source);
    expect(sources).to.include('TMDB').and.include('Metacritic');
    expect(new Set(sources).size).to.equal(sources.length);
  });
});

describe('data in the elements: structured-data', () => {
  afterEach(() => {
    // Removed from the page, the elements take their scripts with them.
    fixtureCleanup();
    expect(published()).to.have.length(0);
  });

  it('publishes one script per film, however many elements show it, and removes it with the last one', async () => {
    const film = sampleFilm();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <film-card structured-data .film=${film}></film-card>
        <film-ratings-badge structured-data .film=${film}></film-ratings-badge>
        <film-soundtrack .film=${film}></film-soundtrack>
      </div>`,
    );
    const [card, badge] = [...wrapper.querySelectorAll<FilmElement>('[structured-data]')];
    await Promise.all([card!.updateComplete, badge!.updateComplete]);
    expect(published()).to.have.length(1);
    const jsonLd = JSON.parse(published()[0]!.textContent!);
    expect(jsonLd['@type']).to.equal('Movie');
    expect(jsonLd.name).to.equal('Leaving Las Vegas');
    // Third-party scores are never the page's own rating.
    expect(jsonLd.aggregateRating).to.equal(undefined);
    card!.remove();
    expect(published()).to.have.length(1);
    badge!.remove();
    expect(published()).to.have.length(0);
    // Back in the page, it publishes again.
    wrapper.append(badge!);
    await badge!.updateComplete;
    expect(published()).to.have.length(1);
    badge!.remove();
  });

  it('follows the film: a new film replaces the script, and turning the attribute off withdraws it', async () => {
    const card = await fixture<FilmElement>(html`<film-card structured-data .film=${sampleFilm()}></film-card>`);
    await card.updateComplete;
    card.film = { title: 'Another Film', year: 2001 };
    await card.updateComplete;
    expect(published()).to.have.length(1);
    expect(JSON.parse(published()[0]!.textContent!).name).to.equal('Another Film');
    card.structuredData = false;
    await card.updateComplete;
    expect(published()).to.have.length(0);
  });

  it("publishes a score marked as the site's own as aggregateRating, with its count and scale", async () => {
    const film = { title: 'Ours', ratings: [{ source: 'Our readers', value: 4.2, max: 5, count: 812, own: true }] };
    const card = await fixture<FilmElement>(html`<film-card structured-data .film=${film}></film-card>`);
    await card.updateComplete;
    const { aggregateRating } = JSON.parse(published()[0]!.textContent!);
    expect(aggregateRating).to.include({ ratingValue: 4.2, bestRating: 5, ratingCount: 812 });
  });

  it('is never executable: </script>, <!-- and U+2028 in data stay text inside the one script', async () => {
    const title = 'A</script><script>window.__injected = 1</script><!-- \u2028 &';
    const card = await fixture<FilmElement>(html`<film-card structured-data .film=${{ title }}></film-card>`);
    await card.updateComplete;
    const scripts = published();
    expect(scripts).to.have.length(1);
    expect(document.head.querySelectorAll('script:not([src])').length).to.be.greaterThan(0);
    expect((window as { __injected?: number }).__injected).to.equal(undefined);
    expect(scripts[0]!.textContent).to.not.contain('<').and.not.contain('\u2028');
    expect(JSON.parse(scripts[0]!.textContent!).name).to.equal(title);
  });
});

describe('data in the elements: hostile text in TMDB, OMDb and JSON-LD fields', () => {
  // Each payload calls window.__pwn(id) if it ever runs.
  const ran: number[] = [];
  before(() => {
    (window as { __pwn?: (id: number) => void }).__pwn = (id) => ran.push(id);
  });
  after(() => {
    delete (window as { __pwn?: unknown }).__pwn;
  });

  /** Where each format puts text the elements show: a review, a plot, credits, an awards sentence. */
  const places: [format: string, make: (payload: string) => unknown][] = [
    [
      'TMDB review content',
      (payload) => ({ ...copy(tmdb), reviews: { results: [{ ...copy(tmdb).reviews.results[0], content: payload }] } }),
    ],
    ['TMDB overview', (payload) => ({ ...copy(tmdb), overview: payload })],
    ['OMDb plot', (payload) => ({ ...copy(omdb), Plot: payload })],
    ['OMDb writer', (payload) => ({ ...copy(omdb), Writer: `${payload} (novel)` })],
    ['OMDb awards', (payload) => ({ ...copy(omdb), Awards: payload })],
    ['JSON-LD review body', (payload) => ({ ...copy(imdbJsonLd), review: { '@type': 'Review', author: 'A', reviewBody: payload } })],
  ];

  for (const [place, make] of places) {
    it(`${place}: every payload renders as text, nothing runs, nothing is injected`, async () => {
      // One page of elements per tag, one element per payload: a render each, not a fixture each.
      for (const tag of ['film-card', 'film-review-carousel'] as const) {
        const payloads = textPayloads(1);
        const elements = payloads.map(([, payload]) => {
          const element = document.createElement(tag) as FilmElement;
          element.film = make(payload) as never;
          return element;
        });
        await captureWarnings(async () => {
          await fixture(html`<div>${elements}</div>`);
        });
        elements.forEach((element, i) => expect(audit(element), `${place}, ${payloads[i]![0]}, <${tag}>`).to.deep.equal([]));
      }
      expect(ran, place).to.deep.equal([]);
    });
  }
});
