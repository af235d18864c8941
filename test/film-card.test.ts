import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../src/film-card.js';

import type { FilmCard } from '../src/elements/film-card/film-card.js';
import { expectAccessible, fixture, forEachFixtureMode, html, part, sampleFilm, shadowText } from './helpers.js';

const titleOf = (card: FilmCard) => part(card, '[part="title"]').textContent?.trim();

describe('<film-card>', () =>
  forEachFixtureMode(() => {
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
        await waitUntil(() => broken.shadowRoot!.querySelector('.placeholder'), 'the placeholder for the poster that failed', {
          timeout: 2000,
        });
        expect(part(broken, '.placeholder[part="poster"]')).to.exist;
        expect(broken.shadowRoot!.querySelector('img')).to.equal(null);
      });

      it("keeps the poster's proportions before it loads, after it fails and without one", async () => {
        const ratioOf = (card: FilmCard) => {
          const { width, height } = part(card, '[part="poster"]').getBoundingClientRect();
          return width / height;
        };
        // The card's own ratio, not the one a browser derives from an image's width and height (`auto 400 / 450`).
        const styledRatio = (card: FilmCard) => getComputedStyle(part(card, '[part="poster"]')).aspectRatio.replace(/\s/g, '');
        // An image that has not arrived yet (it fails after 4 s): the box is as the data declares it.
        const poster = { src: '/__film/404?delay=4000', width: 400, height: 450 };
        const loading = await fixture<FilmCard>(html`<film-card .film=${{ title: 'Wide poster', poster }}></film-card>`);
        expect(part(loading, 'img[part="poster"]').getAttribute('src')).to.equal(poster.src);
        expect(styledRatio(loading)).to.equal('400/450');
        expect(ratioOf(loading)).to.be.closeTo(400 / 450, 0.02);
        const broken = await fixture<FilmCard>(
          html`<film-card .film=${{ title: 'Broken', poster: { ...poster, src: '/__film/404' } }}></film-card>`,
        );
        await waitUntil(() => broken.shadowRoot!.querySelector('.placeholder'), 'the placeholder for the poster that failed', {
          timeout: 2000,
        });
        expect(styledRatio(broken)).to.equal('400/450');
        expect(ratioOf(broken)).to.be.closeTo(400 / 450, 0.02);
        const none = await fixture<FilmCard>(html`<film-card .film=${{ title: 'No Poster' }}></film-card>`);
        expect(ratioOf(none)).to.be.closeTo(2 / 3, 0.02);
        // A new film without a poster's size: a film poster's 2:3 again.
        broken.film = { title: 'Broken too', poster: '/__film/404' };
        await waitUntil(() => broken.shadowRoot!.querySelector('.placeholder') && Math.abs(ratioOf(broken) - 2 / 3) < 0.02, 'a 2:3 box', {
          timeout: 2000,
        });
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

      it('inherits the page font', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="font-family: monospace"><film-card .film=${{ title: 'Mono' }}></film-card></div>`,
        );
        const card = wrapper.querySelector('film-card')!;
        await card.updateComplete;
        expect(getComputedStyle(part(card, '[part="title"]')).fontFamily).to.contain('monospace');
      });
    });
  }));
