import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../src/film-card.js';

import type { FilmCard } from '../src/elements/film-card/film-card.js';
import { captureWarnings, expectAccessible, fixture, html, nextEvent, part, sampleFilm, sampleJson, shadowText } from './helpers.js';

const titleOf = (card: FilmCard) => part(card, '[part="title"]').textContent?.trim();

/** Waits until the card shows a film (or an error), whatever the input path. */
async function settled(card: FilmCard): Promise<void> {
  for (let i = 0; i < 100 && !card.shadowRoot!.querySelector('[part~="card"], [part="error"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await card.updateComplete;
}

describe('<film-card>', () => {
  describe('input', () => {
    it('renders the sample from the film attribute (JSON text)', async () => {
      const card = await fixture<FilmCard>(html`<film-card film=${sampleJson()}></film-card>`);
      expect(titleOf(card)).to.equal('Leaving Las Vegas');
      expect(card.filmData?.cast).to.have.length(18);
    });

    it('renders the sample from the film property (object)', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${sampleFilm()}></film-card>`);
      expect(titleOf(card)).to.equal('Leaving Las Vegas');
    });

    it('renders the sample from a child JSON script', async () => {
      const container = document.createElement('div');
      container.innerHTML = `<film-card><script type="application/json">${sampleJson().replace(/</g, '\\u003c')}</script></film-card>`;
      document.body.append(container);
      const card = container.querySelector('film-card')!;
      await settled(card);
      expect(titleOf(card)).to.equal('Leaving Las Vegas');
      container.remove();
    });

    it('renders the sample from src (fetched)', async () => {
      const card = document.createElement('film-card');
      const loaded = nextEvent(card, 'film-load');
      card.src = '/__film/sample';
      document.body.append(card);
      await loaded;
      await card.updateComplete;
      expect(titleOf(card)).to.equal('Leaving Las Vegas');
      card.remove();
    });

    it('reads a child script added after the element', async () => {
      const card = await fixture<FilmCard>(html`<film-card></film-card>`);
      expect(card.shadowRoot!.querySelector('[part~="card"]')).to.equal(null);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ title: 'Late Arrival' });
      card.append(script);
      await settled(card);
      expect(titleOf(card)).to.equal('Late Arrival');
    });

    it('lets the property win over the script child and src', async () => {
      const card = await fixture<FilmCard>(
        html`<film-card src="/__film/title-only?title=From%20src" .film=${{ title: 'From property' }}>
          <script type="application/json">{"title": "From script"}</script>
        </film-card>`,
      );
      expect(titleOf(card)).to.equal('From property');
    });

    it('accepts schema.org Movie JSON-LD', async () => {
      const movie = {
        '@context': 'https://schema.org',
        '@type': 'Movie',
        name: 'Leaving Las Vegas',
        director: { '@type': 'Person', name: 'Mike Figgis' },
        actor: [{ '@type': 'PerformanceRole', actor: { '@type': 'Person', name: 'Nicolas Cage' }, characterName: 'Ben Sanderson' }],
        author: { '@type': 'Person', name: 'John O&apos;Brien' },
        duration: 'PT1H52M',
      };
      const card = await fixture<FilmCard>(html`<film-card film=${JSON.stringify(movie)}></film-card>`);
      expect(titleOf(card)).to.equal('Leaving Las Vegas');
      expect(shadowText(card, '[part="credits"]')).to.contain("John O'Brien");
      expect(shadowText(card, '[part="cast"]')).to.contain('Ben Sanderson');
      expect(shadowText(card, '[part="meta"]')).to.contain('1 hr 52 min');
    });

    it('the last src wins when a slow request is overtaken', async () => {
      const card = document.createElement('film-card');
      document.body.append(card);
      card.src = '/__film/title-only?title=Slow&delay=400';
      await card.updateComplete;
      card.src = '/__film/title-only?title=Fast';
      await nextEvent(card, 'film-load');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await card.updateComplete;
      expect(titleOf(card)).to.equal('Fast');
      card.remove();
    });
  });

  describe('bad input', () => {
    const cases: [string, () => Promise<FilmCard>, RegExp][] = [
      ['invalid JSON', () => fixture(html`<film-card film="{not json"></film-card>`), /not valid JSON/],
      ['a list instead of a film', () => fixture(html`<film-card film="[1,2]"></film-card>`), /must be an object/],
      ['a film without title', () => fixture(html`<film-card .film=${{ year: 1995 }}></film-card>`), /no usable title/],
      ['a wrong type for title', () => fixture(html`<film-card .film=${{ title: 42 }}></film-card>`), /no usable title/],
    ];
    for (const [name, make, message] of cases) {
      it(`shows the error state and fires film-error for ${name}`, async () => {
        let detail: { message: string; problems: unknown[] } | undefined;
        const listener = (event: Event) => (detail = (event as CustomEvent).detail);
        document.addEventListener('film-error', listener);
        const warnings = await captureWarnings(async () => {
          const card = await make();
          const error = part(card, '[part="error"]');
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.match(message);
          expect(card.shadowRoot!.querySelector('[part~="card"]')).to.equal(null);
          await expectAccessible(card);
        });
        document.removeEventListener('film-error', listener);
        expect(detail?.message).to.match(message);
        expect(detail?.problems).to.be.an('array').that.is.not.empty;
        expect(warnings).to.have.length(1);
      });
    }

    for (const [name, src, message] of [
      ['404', '/__film/404', /404/],
      ['500', '/__film/500', /500/],
      ['not JSON', '/__film/not-json', /not valid JSON/],
      ['the wrong shape', '/__film/wrong-shape', /must be an object/],
      ['a network error', 'http://127.0.0.1:9/film.json', /could not be loaded/],
      ['an unsafe URL', 'javascript:alert(1)', /not an http\(s\) or relative URL/],
    ] as const) {
      it(`shows the error state when src fails: ${name}`, async () => {
        const card = document.createElement('film-card');
        const failed = nextEvent<CustomEvent>(card, 'film-error', 8000);
        await captureWarnings(async () => {
          card.src = src;
          document.body.append(card);
          const event = await failed;
          expect(event.detail.message).to.match(message);
          await card.updateComplete;
          expect(part(card, '[part="error"]').textContent).to.match(message);
        });
        card.remove();
      });
    }

    it('times out a src that never answers (timeout attribute)', async () => {
      const card = document.createElement('film-card');
      card.timeout = 300;
      const failed = nextEvent<CustomEvent>(card, 'film-error', 4000);
      await captureWarnings(async () => {
        card.src = '/__film/hang';
        document.body.append(card);
        expect((await failed).detail.message).to.match(/no answer within 0.3 s/);
      });
      card.remove();
    });

    it('drops bad list entries, reports them, and renders the rest', async () => {
      const film = sampleFilm() as Record<string, unknown> & { cast: unknown[] };
      film.cast[1] = { character: 'nobody' };
      let load: CustomEvent | undefined;
      await captureWarnings(async () => {
        const card = await fixture<FilmCard>(html`<film-card .film=${film} @film-load=${(e: CustomEvent) => (load = e)}></film-card>`);
        expect(titleOf(card)).to.equal('Leaving Las Vegas');
        expect(card.problems.map((p) => p.path)).to.deep.equal(['cast[1].name']);
      });
      expect(load?.detail.problems).to.have.length(1);
    });

    it('never lets bad data throw into the page, and the page keeps its other content', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const container = document.createElement('div');
      container.innerHTML = '<p id="neighbour">Neighbour</p>';
      document.body.append(container);
      await captureWarnings(async () => {
        for (const bad of ['{', 'null', '"x"', '{"title":{}}', '{"title":"x","cast":"everyone","ratings":[{"value":"NaN"}]}']) {
          const card = document.createElement('film-card');
          card.setAttribute('film', bad);
          container.append(card);
          await card.updateComplete;
        }
      });
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(container.querySelector('#neighbour')?.textContent).to.equal('Neighbour');
      container.remove();
    });

    it('renders text from data as text, never as HTML', async () => {
      const card = await fixture<FilmCard>(
        html`<film-card .film=${{ title: '<img src=x onerror="window.__pwned=1">', synopsis: '<b>bold</b>' }}></film-card>`,
      );
      expect(titleOf(card)).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(card.shadowRoot!.querySelector('img:not([part="poster"]), b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('content', () => {
    it('shows title, year, rating, runtime, genres, credits, cast, synopsis, releases, distributor, box office', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${sampleFilm()}></film-card>`);
      const meta = shadowText(card, '[part="meta"]');
      expect(meta).to.contain('1995').and.contain('R').and.contain('1 hr 52 min').and.contain('Drama');
      const credits = shadowText(card, '[part="credits"]');
      expect(credits).to.contain('Directed by').and.contain('Mike Figgis');
      expect(credits).to.contain("John O'Brien").and.contain('(novel)');
      expect(credits).to.match(/Based on.*Leaving Las Vegas/);
      expect(shadowText(card, '[part="cast"]')).to.contain('Nicolas Cage').and.contain('Ben Sanderson');
      const facts = shadowText(card, '[part="facts"]');
      expect(facts).to.contain('October 27, 1995').and.contain('United States').and.contain('limited');
      expect(facts).to.contain('$32,029,928');
      expect(facts).to.contain('United Artists');
      expect(shadowText(card, '[part="synopsis"]')).to.contain('Ben Sanderson');
    });

    it('shows a compact line with the headline scores and award', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${sampleFilm()}></film-card>`);
      const summary = part(card, '[part="summary"] ul');
      expect(summary.getAttribute('aria-label')).to.equal('Ratings and awards');
      const text = shadowText(card, '[part="summary"]');
      expect(text).to.contain('Metacritic').and.contain('82 out of 100');
      expect(text).to.contain('90%');
      expect(text).to.contain('Won Academy Awards – Best Actor');
      expect(text).to.contain('17 wins · 14 nominations');
    });

    it('reserves the poster space and lazy-loads it', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${sampleFilm()}></film-card>`);
      const img = part<HTMLImageElement>(card, 'img[part="poster"]');
      expect(img.loading).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('300');
      expect(img.getAttribute('height')).to.equal('450');
      expect(img.alt).to.match(/Poster for Leaving Las Vegas/);
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(box.width);
    });

    it('shows a designed placeholder without a poster and when the poster fails to load', async () => {
      const none = await fixture<FilmCard>(html`<film-card .film=${{ title: 'No Poster' }}></film-card>`);
      expect(part(none, '.placeholder[part="poster"]').textContent).to.contain('No poster');
      const broken = await fixture<FilmCard>(html`<film-card .film=${{ title: 'Broken', poster: '/__film/404' }}></film-card>`);
      for (let i = 0; i < 100 && !broken.shadowRoot!.querySelector('.placeholder'); i++) await new Promise((r) => setTimeout(r, 20));
      expect(part(broken, '.placeholder[part="poster"]')).to.exist;
      expect(broken.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('renders a title-only film without empty headings or stray separators', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${{ title: 'Just a Title' }}></film-card>`);
      expect(titleOf(card)).to.equal('Just a Title');
      for (const name of ['meta', 'summary', 'credits', 'synopsis', 'cast', 'facts', 'tagline']) {
        expect(card.shadowRoot!.querySelector(`[part="${name}"]`), name).to.equal(null);
      }
      expect(card.shadowRoot!.querySelectorAll('[role="heading"]')).to.have.length(1);
      expect(shadowText(card)).to.not.match(/·|\(\s*\)|,\s*$/);
      await expectAccessible(card);
    });

    it('uses the heading level it is given', async () => {
      const card = await fixture<FilmCard>(html`<film-card heading-level="2" .film=${sampleFilm()}></film-card>`);
      expect(part(card, '[part="title"]').getAttribute('aria-level')).to.equal('2');
      expect(part(card, '#cast-heading').getAttribute('aria-level')).to.equal('3');
    });

    it('formats in French when the nearest lang is fr', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><film-card .film=${sampleFilm()}></film-card></div>`);
      const card = wrapper.querySelector('film-card')!;
      await card.updateComplete;
      expect(shadowText(card, '[part="meta"]')).to.contain('1 h 52 min');
      expect(shadowText(card, '[part="credits"]')).to.contain('Réalisé par');
      expect(shadowText(card, '[part="facts"]'))
        .to.match(/27 octobre 1995/)
        .and.match(/32\s029\s928\s\$US/);
    });
  });

  describe('keyboard and disclosure', () => {
    it('shows the first cast members, then all of them with the disclosure button (keyboard)', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${sampleFilm()}></film-card>`);
      const items = () => card.shadowRoot!.querySelectorAll('#cast-list li').length;
      expect(items()).to.equal(6);
      const button = part<HTMLButtonElement>(card, '[part="cast"] button');
      expect(button.textContent).to.contain('Show all 18 cast members');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('cast-list');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(items()).to.equal(18);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(card.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ type: ' ' }); // Space (the key name differs between protocols; the character does not)
      await card.updateComplete;
      expect(items()).to.equal(6);
    });

    it('clamps a long synopsis and expands it with "Read more" (keyboard)', async () => {
      const film = { title: 'Long', synopsis: 'A long story. '.repeat(60) };
      const card = await fixture<FilmCard>(html`<film-card .film=${film}></film-card>`);
      const text = part(card, '#synopsis-text');
      const button = part<HTMLButtonElement>(card, '[part="synopsis"] button');
      const clampedHeight = text.getBoundingClientRect().height;
      expect(text.scrollHeight).to.be.greaterThan(text.clientHeight);
      expect(button.textContent?.trim()).to.equal('Read more');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text.getBoundingClientRect().height).to.be.greaterThan(clampedHeight);
      expect(button.textContent?.trim()).to.equal('Read less');
    });

    it('reaches every control with Tab', async () => {
      const card = await fixture<FilmCard>(html`<film-card .film=${{ ...sampleFilm(), synopsis: 'x '.repeat(400) }}></film-card>`);
      const controls = [...card.shadowRoot!.querySelectorAll('a, button')];
      expect(controls.length).to.be.greaterThan(1);
      for (const control of controls) expect((control as HTMLElement).tabIndex).to.equal(0);
    });
  });

  describe('layout and themes', () => {
    it('stacks below 480 px and puts the poster beside the text above', async () => {
      // The layout follows the card's own width (container queries), whatever the viewport's.
      const narrow = await fixture<FilmCard>(html`<film-card style="width: 320px" .film=${sampleFilm()}></film-card>`);
      const poster = part(narrow, '[part="poster"]').getBoundingClientRect();
      const title = part(narrow, '[part="title"]').getBoundingClientRect();
      expect(title.top).to.be.at.least(poster.bottom - 1);
      const wide = await fixture<FilmCard>(html`<film-card style="width: 900px" .film=${sampleFilm()}></film-card>`);
      const widePoster = part(wide, '[part="poster"]').getBoundingClientRect();
      const wideTitle = part(wide, '[part="title"]').getBoundingClientRect();
      expect(wideTitle.left).to.be.at.least(widePoster.right - 1);
      expect(wideTitle.top).to.be.below(widePoster.bottom);
      expect(wide.scrollWidth).to.be.at.most(900);
      expect(narrow.scrollWidth).to.be.at.most(320);
    });

    it('is accessible in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const card = await fixture<FilmCard>(html`<film-card theme=${theme} .film=${sampleFilm()}></film-card>`);
        await expectAccessible(card);
      }
    });

    it('follows the theme attribute', async () => {
      const card = await fixture<FilmCard>(html`<film-card theme="dark" .film=${{ title: 'Dark' }}></film-card>`);
      const light = await fixture<FilmCard>(html`<film-card theme="light" .film=${{ title: 'Light' }}></film-card>`);
      const background = (c: FilmCard) => getComputedStyle(part(c, '[part~="card"]')).backgroundColor;
      expect(background(card)).to.not.equal(background(light));
      expect(getComputedStyle(light).colorScheme).to.equal('light');
    });

    it('inherits the page font', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="font-family: monospace"><film-card .film=${{ title: 'Mono' }}></film-card></div>`,
      );
      const card = wrapper.querySelector('film-card')!;
      await card.updateComplete;
      expect(getComputedStyle(part(card, '[part="title"]')).fontFamily).to.contain('monospace');
    });
  });
});
