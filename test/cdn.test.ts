/**
 * The CDN files as a page uses them (`dist/cdn/`, built by `npm test` before the browser tests; alone,
 * run `npm run build`): film-elements.js defines the five elements and loads only its initial files;
 * what only some pages need comes from `cdn/chunks/` the first time it is needed (a data format's
 * mapping, a language, Floating UI on a tooltip's first open); data.js gives the data helpers and
 * shares its chunks with film-elements.js, so a page using both loads each module once.
 */
import { expect, waitUntil } from '@open-wc/testing';

import type * as CdnModule from '../src/cdn.js';
import type * as DataModule from '../src/data.js';
import type { FilmElement } from '../src/internal/film-element.js';
import omdb from '../src/samples/leaving-las-vegas.omdb.json';
import tmdb from '../src/samples/leaving-las-vegas.tmdb.json';
import { sampleFilm, shadowText, TAGS, UNTIL_LOADED } from './helpers.js';

// The test page loads src/hydrate.ts for the other tests; this one is a page with only the CDN file.
delete (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;

const CDN = '/dist/cdn/';
// Variables, so that neither TypeScript nor the dev server resolves the paths: the browser loads the built files.
const load = <T>(file: string): Promise<T> => import(/* @vite-ignore */ `${CDN}${file}`) as Promise<T>;

/** The CDN files this page has requested so far (`film-elements.js`, `chunks/read-Cq3Fpam2.js`). */
const requestedFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(CDN))
    .map((path) => path.slice(CDN.length));

/** The same, by name without their hash (`chunks/read`). */
const requested = () => requestedFiles().map((file) => file.replace(/-[\w-]{8}\.js$|\.js$/, ''));

const chunkNames = () => requested().filter((name) => name.startsWith('chunks/'));

describe('the CDN files (dist/cdn/)', function () {
  this.timeout(30_000);
  let cdn: typeof CdnModule;
  let initial: string[];

  before(async function () {
    const response = await fetch(`${CDN}film-elements.js`, { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/film-elements.js is missing: `npm test` builds it first; alone, run `npm run build`');
    cdn = await load<typeof CdnModule>('film-elements.js');
    initial = chunkNames();
  });

  afterEach(() => document.body.replaceChildren());

  it('film-elements.js defines the five elements and exports their classes and the language API', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(customElements.get('film-card')).to.equal(cdn.FilmCard);
    expect(cdn.registerTranslation).to.be.a('function');
    expect(Object.keys(cdn), 'no data helpers: they are data.js').not.to.include.members(['parseFilm', 'fromTmdb', 'mergeFilms']);
  });

  it('loads no data format mapping, schema check, language, tooltip behaviour, Floating UI, hydration support, fetch or JSON-LD code before they are needed', () => {
    const lazy = initial.filter((name) =>
      /^chunks\/(tmdb|omdb|schema-org|merge|validate|to-schema-org|tooltip-behaviour|floating|hydrate|fetch-film|structured-data|[a-z]{2}(-[A-Za-z]+)?)$/.test(
        name,
      ),
    );
    expect(lazy, `initial chunks: ${initial.join(', ')}`).to.deep.equal([]);
  });

  it('renders the sample with no further file, then loads TMDB’s mapping for a TMDB film and German for lang="de"', async () => {
    const card = document.createElement('film-card') as FilmElement;
    card.film = sampleFilm();
    document.body.append(card);
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Leaving Las Vegas').and.contain('Directed by');
    expect(chunkNames(), 'files after rendering the sample').to.deep.equal(initial);

    const fromTmdb = document.createElement('film-card') as FilmElement;
    fromTmdb.film = structuredClone(tmdb) as never;
    fromTmdb.lang = 'de';
    document.body.append(fromTmdb);
    await waitUntil(() => fromTmdb.filmData && shadowText(fromTmdb).includes('Regie'), 'the TMDB film in German', UNTIL_LOADED);
    expect(shadowText(fromTmdb)).to.contain('Nicolas Cage');
    const added = chunkNames().filter((name) => !initial.includes(name));
    expect(added).to.include.members(['chunks/tmdb', 'chunks/de']);
    expect(added, 'nothing but what the TMDB film in German needs').to.satisfy((names: string[]) =>
      names.every((name) => ['chunks/tmdb', 'chunks/de', 'chunks/rolldown-runtime'].includes(name)),
    );
  });

  it('loads the schema check (valibot) only for a film with a bad value, which it cuts out and reports', async () => {
    const clean = document.createElement('film-awards-list') as FilmElement;
    clean.film = sampleFilm();
    document.body.append(clean);
    await clean.updateComplete;
    expect(chunkNames(), 'a valid film is checked without it').not.to.include('chunks/validate');

    const card = document.createElement('film-card') as FilmElement;
    const loaded = new Promise<CustomEvent>((resolve) => card.addEventListener('film-load', (event) => resolve(event), { once: true }));
    card.film = { ...sampleFilm(), year: 'nineteen ninety-five' } as never;
    document.body.append(card);
    const { detail } = await loaded;
    expect(detail.problems).to.deep.equal([{ path: 'year', message: 'expected a number, got "nineteen ninety-five"' }]);
    expect(chunkNames()).to.include('chunks/validate');
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Leaving Las Vegas').and.not.contain('nineteen');
  });

  it('loads the tooltip behaviour when focus enters a badge, and Floating UI when a tooltip first opens', async () => {
    const badge = document.createElement('film-ratings-badge') as FilmElement;
    badge.film = sampleFilm();
    document.body.append(badge);
    await badge.updateComplete;
    expect(chunkNames()).not.to.include.members(['chunks/tooltip-behaviour']);
    expect(chunkNames()).not.to.include('chunks/floating');
    const trigger = badge.shadowRoot!.querySelector<HTMLElement>('[role="img"][aria-describedby]')!;
    trigger.focus();
    const tip = badge.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
    await waitUntil(() => tip.hasAttribute('data-open') && tip.style.left !== '', 'the tooltip to open and be placed', UNTIL_LOADED);
    expect(chunkNames()).to.include.members(['chunks/tooltip-behaviour', 'chunks/floating']);
  });

  it('data.js gives the data helpers, sharing the chunks film-elements.js loaded', async () => {
    const data = await load<typeof DataModule>('data.js');
    const merged = data.mergeFilms(structuredClone(tmdb), structuredClone(omdb));
    if (!merged.ok) throw new Error(merged.message);
    expect(merged.film.title).to.equal('Leaving Las Vegas');
    expect(merged.film.ratings?.map((rating) => rating.source)).to.include('Rotten Tomatoes');
    const mapped = data.fromOmdb(structuredClone(omdb) as never);
    expect('title' in mapped && mapped.title).to.equal('Leaving Las Vegas');
    // One copy of the data layer: data.js imports the chunk film-elements.js loaded, not one of its own.
    const readChunks = new Set(requestedFiles().filter((file) => file.startsWith('chunks/read-')));
    expect([...readChunks]).to.have.length(1);

    const card = document.createElement('film-card') as FilmElement;
    card.film = merged.film as never;
    document.body.append(card);
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Nicolas Cage');
  });
});
