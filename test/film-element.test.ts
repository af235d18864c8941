/**
 * The base element (src/internal/film-element.ts) in each of the five elements: the four inputs and
 * their precedence, `src` (the last one wins, every failure), bad input of every kind, dropped entries,
 * text that stays text, the nearest `lang`, `theme`, schema.org JSON-LD, the `base` part, enumerated
 * attributes, and per-film UI state that a new film resets whichever input brings it. What an element
 * does with its film is tested in its own file; the heavy cases (every failure in every element at
 * once, leaks, fuzzing) in test/hardening/.
 */
import { aTimeout, expect } from '@open-wc/testing';

import '../src/index.js';

import type { FilmInput } from '../src/data/schema.js';
import type { FilmReviewCarousel } from '../src/elements/film-review-carousel/film-review-carousel.js';
import type { FilmElement } from '../src/internal/film-element.js';
import {
  countEvents,
  create,
  expectAccessible,
  fixture,
  forEachFixtureMode,
  html,
  oneEventWithin,
  part,
  quietly,
  sampleFilm,
  sampleJson,
  settled,
  shadowText,
  stateOf,
  TAGS,
  watchErrors,
  type Tag,
} from './helpers.js';

// ---------------------------------------------------------------------------------------------------
// What each element shows, and how to reach into it

/** Text each element shows from the sample film: it renders the film it was given. */
const SAMPLE_SHOWS: Record<Tag, string> = {
  'film-card': 'Leaving Las Vegas',
  'film-ratings-badge': 'Metacritic',
  'film-awards-list': 'Academy Awards',
  'film-review-carousel': 'Roger Ebert',
  'film-soundtrack': 'Intro Dialogue',
};

/** Puts a text where each element shows it (the first score, award, review or track). */
const SHOWN_FIELD: Record<Tag, (film: FilmInput, text: string) => void> = {
  'film-card': (film, text) => (film.title = text),
  'film-ratings-badge': (film, text) => (film.ratings![0]!.source = text),
  'film-awards-list': (film, text) => (film.awards![0]!.name = text),
  'film-review-carousel': (film, text) => (film.reviews![0]!.author = text),
  'film-soundtrack': (film, text) => (film.soundtrack!.tracks[0]!.title = text),
};

/** Spoils the second entry of the list each element shows, and where the problem is reported. */
const SPOILED_ENTRY: Record<Tag, [spoil: (film: Record<string, unknown> & FilmInput) => void, path: RegExp]> = {
  'film-card': [(film) => (film.cast![1] = { character: 'Nobody' } as never), /^cast\[1\]\.name$/],
  'film-ratings-badge': [(film) => (film.ratings![1] = { source: 'Too high', value: 11, max: 10 }), /^ratings\[1\]/],
  'film-awards-list': [(film) => (film.awards![1] = 'not an award' as never), /^awards\[1\]$/],
  'film-review-carousel': [(film) => (film.reviews![1] = { author: 42, text: 'x' } as never), /^reviews\[1\]\.author$/],
  'film-soundtrack': [(film) => (film.soundtrack!.tracks[1] = { duration: '3:00' } as never), /^soundtrack\.tracks\[1\]\.title$/],
};

/** Each element's own enumerated attributes: a value it does not know, and one it does. */
const OWN_ENUMERATED: Record<Tag, [attribute: string, unknown: string, known: string][]> = {
  'film-card': [],
  'film-ratings-badge': [['variant', 'big', 'compact']],
  'film-awards-list': [
    ['filter', 'most', 'wins'],
    ['group-by', 'year', 'person'],
  ],
  'film-review-carousel': [
    ['kind', 'everyone', 'critic'],
    ['sort', 'random', 'date'],
  ],
  'film-soundtrack': [],
};

/** Per-film UI state a reader can change, which a new film must reset (the badge keeps none). */
interface PerFilmState {
  what: string;
  change(el: FilmElement): Promise<void>;
  /** Whether the state is the reader's, not the initial one. */
  changed(el: FilmElement): boolean;
}
const clickAndUpdate = async (el: FilmElement, selector: string) => {
  part(el, selector).click();
  await el.updateComplete;
};
const PER_FILM_STATE: Partial<Record<Tag, PerFilmState>> = {
  'film-card': {
    what: 'the expanded cast collapses',
    change: (el) => clickAndUpdate(el, '[part="cast"] [part~="disclosure"]'),
    changed: (el) => part(el, '[part="cast"] [part~="disclosure"]').getAttribute('aria-expanded') === 'true',
  },
  'film-awards-list': {
    what: 'the groups the reader opened or closed are forgotten',
    change: (el) => clickAndUpdate(el, '[part="group-toggle"]'),
    changed: (el) => part(el, '[part="group-toggle"]').getAttribute('aria-expanded') === 'false',
  },
  'film-review-carousel': {
    what: 'it goes back to the first review',
    change: async (el) => {
      (el as FilmReviewCarousel).next();
      await el.updateComplete;
    },
    changed: (el) => !firstShownSlide(el).startsWith('1 of '),
  },
  'film-soundtrack': {
    what: 'the expanded tracklist collapses',
    change: (el) => clickAndUpdate(el, '[part~="disclosure"]'),
    changed: (el) => part(el, '[part~="disclosure"]').getAttribute('aria-expanded') === 'true',
  },
};
const firstShownSlide = (el: FilmElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="slide"]')].find((slide) => !slide.inert)?.getAttribute('aria-label') ?? '';

/** schema.org JSON-LD as a film site publishes it, and what each element shows of it. */
const MOVIE = {
  '@context': 'https://schema.org',
  '@type': 'Movie',
  name: 'Leaving Las Vegas',
  director: { '@type': 'Person', name: 'Mike Figgis' },
  actor: [{ '@type': 'PerformanceRole', actor: { '@type': 'Person', name: 'Nicolas Cage' }, characterName: 'Ben Sanderson' }],
  author: { '@type': 'Person', name: 'John O&apos;Brien' },
  duration: 'PT1H52M',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: '7,5', bestRating: 10, ratingCount: '142,000', author: { name: 'IMDb' } },
  award: 'Academy Award for Best Actor',
  review: { '@type': 'Review', author: { '@type': 'Person', name: 'Roger Ebert' }, reviewBody: 'Two lost souls.' },
};
const MOVIE_SHOWS: Record<Tag, string[]> = {
  'film-card': ['Leaving Las Vegas', "John O'Brien", 'Ben Sanderson', '1 hr 52 min'],
  'film-ratings-badge': ['IMDb', '7.5', '142K'],
  'film-awards-list': ['Academy Award', 'Best Actor'],
  'film-review-carousel': ['Roger Ebert', 'Two lost souls.'],
  // schema.org has no soundtrack: a film without one renders nothing.
  'film-soundtrack': [],
};

// ---------------------------------------------------------------------------------------------------
// Helpers

/** An element of `tag`, set up (film, attributes, children) before it enters the page, as a fixture. */
function mount(tag: Tag, setup: (el: FilmElement) => void = () => {}): Promise<FilmElement> {
  const el = create(tag);
  setup(el);
  return fixture<FilmElement>(el);
}

function jsonScript(text: string, type = 'application/json'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  return script;
}

const filmTitled = (title: string): FilmInput => ({ ...sampleFilm(), title });

/** The element shows the sample: its film, its outer box with the `base` part, the sample's text. */
function expectSample(el: FilmElement) {
  const tag = el.localName as Tag;
  expect(stateOf(el), tag).to.equal('film');
  expect(el.filmData?.title).to.equal('Leaving Las Vegas');
  const base = part(el, '[part~="base"]');
  expect(base.parentNode, 'the base part is the outer box').to.equal(el.shadowRoot);
  expect(base.getBoundingClientRect().height, 'the base part has a size').to.be.greaterThan(0);
  expect(shadowText(el)).to.contain(SAMPLE_SHOWS[tag]);
}

/** The error state: role=alert, the message; no film, no base part. */
function expectError(el: FilmElement, message: RegExp) {
  expect(stateOf(el), el.localName).to.equal('error');
  const error = part(el, '[part="error"]');
  expect(error.getAttribute('role')).to.equal('alert');
  expect(error.textContent).to.match(message);
  expect(el.shadowRoot!.querySelector('[part~="base"]'), 'no base part in the error state').to.equal(null);
}

/** The elements' own warnings about one attribute value. */
const warningsAbout = (warnings: unknown[][], tag: Tag, attribute: string, value: string) =>
  warnings.filter(([text]) => String(text).startsWith(`<${tag}>: ${attribute}="${value}" is not one of`));

const BAD_INPUT: { name: string; give: (el: FilmElement) => void; message: RegExp; axe?: boolean }[] = [
  {
    name: 'JSON that does not parse (attribute)',
    give: (el) => el.setAttribute('film', '{not json'),
    message: /not valid JSON/,
    axe: true,
  },
  {
    name: 'a list instead of a film (attribute)',
    give: (el) => el.setAttribute('film', '[1, 2]'),
    message: /must be an object with a title, not a list/,
  },
  { name: 'null (attribute)', give: (el) => el.setAttribute('film', 'null'), message: /must be an object with a title, not null/ },
  { name: 'a number (property)', give: (el) => (el.film = 42 as never), message: /must be an object with a title, not number/ },
  { name: 'a film without a title (property)', give: (el) => (el.film = { year: 1995 } as never), message: /no usable title/ },
  { name: 'an empty title (property)', give: (el) => (el.film = { title: '' }), message: /no usable title/ },
  { name: 'a title of the wrong type (property)', give: (el) => (el.film = { title: 42 } as never), message: /no usable title/ },
  { name: 'JSON that does not parse (child script)', give: (el) => el.append(jsonScript('{"title": ')), message: /not valid JSON/ },
  {
    name: 'JSON-LD without a name (child ld+json script)',
    give: (el) => el.append(jsonScript(JSON.stringify({ '@context': 'https://schema.org', '@type': 'Movie' }), 'application/ld+json')),
    message: /no usable title/,
  },
];

const FAILING_SRC: [name: string, src: string, message: RegExp, timeout?: number][] = [
  ['404', '/__film/404', /server answered 404/],
  ['500', '/__film/500', /server answered 500/],
  ['a body that is not JSON', '/__film/not-json', /not valid JSON/],
  ['JSON of the wrong shape', '/__film/wrong-shape', /must be an object/],
  ['no answer within the timeout', '/__film/hang', /no answer within 0\.3 s/, 300],
  ['a refused connection', 'http://127.0.0.1:9/film.json', /could not be loaded/],
  ['an unsafe URL', 'javascript:alert(1)', /not an http\(s\) or relative URL/],
];

// ---------------------------------------------------------------------------------------------------

for (const tag of TAGS) {
  describe(`<${tag}>: the base element`, () => {
    forEachFixtureMode(() => {
      describe('input', () => {
        it('renders the sample from the film property (an object)', async () => {
          expectSample(await mount(tag, (el) => (el.film = sampleFilm())));
        });

        it('renders the sample from the film attribute (JSON text)', async () => {
          expectSample(await mount(tag, (el) => el.setAttribute('film', sampleJson())));
        });

        it('renders the sample from a child JSON script in the markup', async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          container.innerHTML = `<${tag}><script type="application/json">${sampleJson().replace(/</g, '\\u003c')}</script></${tag}>`;
          const el = container.firstElementChild as FilmElement;
          await settled(el);
          expectSample(el);
        });

        it('reads a child JSON script added after it, then a replaced one, then an edited one', async () => {
          const el = await mount(tag);
          expect(stateOf(el), 'no input').to.equal('empty');
          el.append(jsonScript(JSON.stringify(filmTitled('Late Arrival'))));
          await settled(el);
          expect(el.filmData?.title).to.equal('Late Arrival');
          el.querySelector('script')!.replaceWith(jsonScript(JSON.stringify(filmTitled('Replaced'))));
          await settled(el);
          expect(el.filmData?.title).to.equal('Replaced');
          el.querySelector('script')!.textContent = JSON.stringify(filmTitled('Edited'));
          await settled(el);
          expect(el.filmData?.title).to.equal('Edited');
          expect(stateOf(el)).to.equal('film');
        });

        it('renders the sample from src, with a loading state (role=status) until it arrives', async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          const el = create(tag);
          el.src = '/__film/sample?delay=100';
          container.append(el);
          await el.updateComplete;
          expect(stateOf(el)).to.equal('loading');
          expect(part(el, '[part="loading"]').getAttribute('role')).to.equal('status');
          const loaded = await oneEventWithin(el, 'film-load');
          expect(loaded.detail.film.title).to.equal('Leaving Las Vegas');
          await settled(el);
          expectSample(el);
        });

        it('takes the film property over a child script, and a child script over src', async () => {
          let counts!: ReturnType<typeof countEvents>;
          const el = await mount(tag, (el) => {
            counts = countEvents(el);
            el.src = '/__film/title-only?title=From%20src';
            el.append(jsonScript('{"title": "From script"}'));
            el.film = { title: 'From property' };
          });
          expect(el.filmData?.title).to.equal('From property');
          el.film = undefined;
          await settled(el);
          expect(el.filmData?.title, 'without the property').to.equal('From script');
          el.querySelector('script')!.remove();
          await settled(el);
          expect(el.filmData?.title, 'without the script').to.equal('From src');
          expect(counts.load, 'one film-load per film shown').to.equal(3);
          expect(counts.error).to.equal(0);
        });

        it('shows the last src when a slow one is overtaken', async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          const el = create(tag);
          const counts = countEvents(el);
          el.src = '/__film/title-only?title=Slow&delay=400';
          container.append(el);
          await el.updateComplete;
          el.src = '/__film/title-only?title=Fast';
          await oneEventWithin(el, 'film-load');
          await aTimeout(600); // past the slow answer
          await settled(el);
          expect(el.filmData?.title).to.equal('Fast');
          expect(counts.load, 'film-load events').to.equal(1);
          expect(counts.error).to.equal(0);
        });

        it('accepts schema.org Movie JSON-LD, as the film attribute and as a child ld+json script', async () => {
          const fromAttribute = await mount(tag, (el) => el.setAttribute('film', JSON.stringify(MOVIE)));
          const fromScript = await mount(tag, (el) => el.append(jsonScript(JSON.stringify(MOVIE), 'application/ld+json')));
          for (const el of [fromAttribute, fromScript]) {
            expect(stateOf(el)).to.equal('film');
            expect(el.filmData?.title).to.equal('Leaving Las Vegas');
            const shown = MOVIE_SHOWS[tag];
            if (shown.length) {
              part(el, '[part~="base"]');
              for (const text of shown) expect(shadowText(el)).to.contain(text);
            } else {
              expect(shadowText(el)).to.equal('');
            }
          }
        });
      });

      describe('bad input', () => {
        for (const { name, give, message, axe } of BAD_INPUT) {
          it(`shows the error state, fires one film-error and warns once: ${name}`, async () => {
            const errors: CustomEvent[] = [];
            let el!: FilmElement;
            const warnings = await quietly(async (warnings) => {
              el = await mount(tag, (el) => {
                el.addEventListener('film-error', (event) => errors.push(event));
                give(el);
              });
              return warnings;
            });
            expectError(el, message);
            expect(errors).to.have.length(1);
            expect(errors[0]!.bubbles && errors[0]!.composed, 'film-error bubbles out of the shadow root').to.equal(true);
            expect(errors[0]!.detail.message).to.match(message);
            expect(errors[0]!.detail.problems).to.not.be.empty;
            expect(errors[0]!.detail.problems).to.deep.equal(el.problems);
            expect(warnings).to.have.length(1);
            expect(String(warnings[0]![0])).to.match(message);
            if (axe) await expectAccessible(el);
          });
        }

        for (const [name, src, message, timeout] of FAILING_SRC) {
          it(`shows the error state, fires one film-error and warns once when src fails: ${name}`, async () => {
            let counts!: ReturnType<typeof countEvents>;
            let el!: FilmElement;
            const warnings = await quietly(async (warnings) => {
              el = await mount(tag, (el) => {
                counts = countEvents(el);
                if (timeout) el.timeout = timeout;
                el.src = src;
              });
              return warnings;
            });
            expectError(el, message);
            expect(counts.error, 'film-error events').to.equal(1);
            expect(counts.load, 'film-load events').to.equal(0);
            expect(counts.last!.detail.message).to.match(message);
            expect(warnings).to.have.length(1);
          });
        }

        it('reports dropped entries in film-load and problems, warns once, and shows the rest', async () => {
          const [spoil, path] = SPOILED_ENTRY[tag];
          const film = sampleFilm() as Record<string, unknown> & FilmInput;
          spoil(film);
          let counts!: ReturnType<typeof countEvents>;
          let el!: FilmElement;
          const warnings = await quietly(async (warnings) => {
            el = await mount(tag, (el) => {
              counts = countEvents(el);
              el.film = film;
            });
            return warnings;
          });
          expectSample(el);
          expect(counts.load).to.equal(1);
          const problems = counts.last!.detail.problems as { path: string }[];
          expect(problems, 'problems in film-load').to.not.be.empty;
          for (const problem of problems) expect(problem.path).to.match(path);
          expect(el.problems).to.deep.equal(problems);
          expect(warnings).to.have.length(1);
        });

        it('renders text from the data as text, never as HTML', async () => {
          const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
          const film = sampleFilm();
          SHOWN_FIELD[tag](film, markup);
          const el = await mount(tag, (el) => (el.film = film));
          expect(shadowText(el)).to.contain(markup);
          expect(el.shadowRoot!.querySelector('b, img:not([part="poster"])')).to.equal(null);
          expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        });

        it('never lets bad data throw into the page, and the page keeps its other content', async () => {
          const watch = watchErrors();
          try {
            const container = await fixture<HTMLElement>(html`<div><p id="neighbour">Neighbour</p></div>`);
            await quietly(async () => {
              for (const bad of [
                '{',
                'null',
                '"x"',
                '{"title":{}}',
                '{"title":"x","cast":"everyone","ratings":[{"value":"NaN"}],"soundtrack":7}',
              ]) {
                const el = create(tag);
                el.setAttribute('film', bad);
                container.append(el);
                await settled(el);
              }
            });
            expect(watch.errors).to.deep.equal([]);
            expect(container.querySelector('#neighbour')?.textContent).to.equal('Neighbour');
            expect(container.children).to.have.length(6);
          } finally {
            watch.stop();
          }
        });
      });

      describe('language and theme', () => {
        it('follows the nearest lang: its own, a parent’s, across a shadow root; a region subtag keeps the language', async () => {
          const wrapper = await fixture<HTMLElement>(html`<div lang="fr">
          <section id="french"></section>
          <section id="english" lang="en"></section>
          <section id="canadian" lang="fr-CA"></section>
          <div id="host"></div>
        </div>`);
          const shadow = wrapper.querySelector('#host')!.attachShadow({ mode: 'open' });
          const own = create(tag);
          own.lang = 'fr';
          const places: [ParentNode, string][] = [
            [wrapper.querySelector('#french')!, 'fr'],
            [wrapper.querySelector('#english')!, 'en'],
            [wrapper.querySelector('#canadian')!, 'fr'],
            [shadow, 'fr'],
            [wrapper.querySelector('#english')!, 'fr (its own lang)'],
          ];
          await quietly(async () => {
            for (const [i, [parent, language]] of places.entries()) {
              const el = i === places.length - 1 ? own : create(tag);
              el.setAttribute('film', '{not json');
              parent.append(el);
              await settled(el);
              const heading = shadowText(el, '[part="error"] strong');
              expect(heading, language).to.equal(language === 'en' ? 'This film could not be shown' : 'Impossible d’afficher ce film');
            }
          });
        });

        it('follows the theme attribute (and the theme property, reflected); without it, the page’s scheme', async () => {
          const [dark, light, page] = await Promise.all(
            (['dark', 'light', undefined] as const).map((theme) =>
              mount(tag, (el) => {
                if (theme) el.setAttribute('theme', theme);
                el.film = sampleFilm();
              }),
            ),
          );
          expect(getComputedStyle(dark!).colorScheme).to.equal('dark');
          expect(getComputedStyle(light!).colorScheme).to.equal('light');
          expect(getComputedStyle(page!).colorScheme).to.equal('light dark');
          const colour = (el: FilmElement) => getComputedStyle(part(el, '[part~="base"]')).color;
          expect(colour(dark!), 'dark and light differ').to.not.equal(colour(light!));
          light!.theme = 'dark';
          await light!.updateComplete;
          expect(light!.getAttribute('theme')).to.equal('dark');
          expect(colour(light!)).to.equal(colour(dark!));
        });
      });

      describe('enumerated attributes', () => {
        for (const [attribute, unknown, known] of [['theme', 'blue', 'dark'], ...OWN_ENUMERATED[tag]] as const) {
          it(`${attribute}="${unknown}" warns once per element and value, and the default applies`, async () => {
            await quietly(async (warnings) => {
              const plain = await mount(tag, (el) => (el.film = sampleFilm()));
              const el = await mount(tag, (el) => {
                el.setAttribute(attribute, unknown);
                el.film = sampleFilm();
              });
              expect(warningsAbout(warnings, tag, attribute, unknown)).to.have.length(1);
              expect(warnings, 'no other warning').to.have.length(1);
              const expectDefault = () => {
                expect(shadowText(el), 'renders as with the default').to.equal(shadowText(plain));
                expect(getComputedStyle(el).colorScheme).to.equal(getComputedStyle(plain).colorScheme);
              };
              expectDefault();
              // The same value again, after a known one: no second warning.
              el.setAttribute(attribute, known);
              await el.updateComplete;
              el.setAttribute(attribute, unknown);
              await el.updateComplete;
              expect(warningsAbout(warnings, tag, attribute, unknown)).to.have.length(1);
              expectDefault();
              // Another unknown value, and another element: a warning each.
              el.setAttribute(attribute, `${unknown}-2`);
              await el.updateComplete;
              expect(warningsAbout(warnings, tag, attribute, `${unknown}-2`)).to.have.length(1);
              await mount(tag, (el) => el.setAttribute(attribute, unknown));
              expect(warningsAbout(warnings, tag, attribute, unknown)).to.have.length(2);
              expect(warnings).to.have.length(3);
            });
          });
        }
      });

      const state = PER_FILM_STATE[tag];
      if (state) {
        describe('a new film resets per-film UI state, whichever input brings it', () => {
          const other = JSON.stringify(filmTitled('Another film'));
          const inputs: [input: string, first: (el: FilmElement) => void, next: (el: FilmElement) => void][] = [
            ['the film property', (el) => (el.film = sampleFilm()), (el) => (el.film = filmTitled('Another film'))],
            ['the film attribute', (el) => el.setAttribute('film', sampleJson()), (el) => el.setAttribute('film', other)],
            [
              'a replaced child script',
              (el) => el.append(jsonScript(sampleJson())),
              (el) => el.querySelector('script')!.replaceWith(jsonScript(other)),
            ],
            // Another text than the sample's (the same text would be the same, shared film): the sample with 12 generated reviews.
            ['src', (el) => (el.src = '/__film/sample'), (el) => (el.src = '/__film/big?reviews=12')],
          ];
          for (const [input, first, next] of inputs) {
            it(`${state.what} when a new film comes from ${input}`, async () => {
              const el = await mount(tag, (el) => {
                if (tag === 'film-review-carousel') el.setAttribute('slides-per-view', '1');
                first(el);
              });
              expect(state.changed(el), 'the initial state').to.equal(false);
              await state.change(el);
              expect(state.changed(el), 'the reader changed it').to.equal(true);
              const before = el.filmData;
              next(el);
              await settled(el);
              expect(el.filmData, 'a new film').to.not.equal(before);
              expect(stateOf(el)).to.equal('film');
              expect(state.changed(el), 'reset by the new film').to.equal(false);
            });
          }
        });
      }
    });
  });
}
