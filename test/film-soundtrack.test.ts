import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../src/film-soundtrack.js';

import { formatSpokenDuration } from '../src/data/format.js';
import type { FilmSoundtrack } from '../src/elements/film-soundtrack/film-soundtrack.js';
import { captureWarnings, expectAccessible, fixture, forEachFixtureMode, html, part, sampleFilm, shadowText } from './helpers.js';

type TrackData = {
  position?: number | string;
  title?: unknown;
  performers?: string[];
  writers?: string[];
  duration?: unknown;
  note?: string;
};

/** A film whose soundtrack has these tracks (and a title: the only thing a soundtrack needs besides tracks). */
const albumWith = (tracks: TrackData[], extra: Record<string, unknown> = {}) => ({
  title: 'Test Film',
  soundtrack: { title: 'Test Album', ...extra, tracks },
});

/** `n` tracks numbered 1…n, every seventh one a song by "Guest". */
const manyTracks = (n: number, withDurations = false): TrackData[] =>
  Array.from({ length: n }, (_, i) => ({
    title: `Cue ${i + 1}`,
    ...(i % 7 === 3 ? { performers: ['Guest'] } : {}),
    ...(withDurations ? { duration: 60 + i } : {}),
  }));

const tracks = (el: FilmSoundtrack) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li[part~="track"]')];
const titles = (el: FilmSoundtrack) => tracks(el).map((li) => li.querySelector('[part="track-title"]')!.textContent!.trim());
const positions = (el: FilmSoundtrack) => tracks(el).map((li) => li.querySelector('[part="position"]')!.textContent!.trim());
/** The summary line's items (the "·" between them comes from CSS). */
const summary = (el: FilmSoundtrack) => [...el.shadowRoot!.querySelectorAll('[part="summary"] > li')].map((li) => text(li));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const showAll = (el: FilmSoundtrack) => part<HTMLButtonElement>(el, 'button[part~="button"]');

const sampleTitles = sampleFilm().soundtrack!.tracks.map((t) => t.title);

describe('<film-soundtrack>', () =>
  forEachFixtureMode(() => {
    describe('no soundtrack', () => {
      it('renders nothing (and no error) for a film without a soundtrack', async () => {
        let load: CustomEvent | undefined;
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack .film=${{ title: 'Silent Film' }} @film-load=${(e: CustomEvent) => (load = e)}></film-soundtrack>`,
        );
        expect(load?.detail.film.title).to.equal('Silent Film');
        expect(el.shadowRoot!.querySelector('[part~="album"], [part="error"]')).to.equal(null);
        expect(shadowText(el)).to.equal('');
        expect(el.getBoundingClientRect().height).to.equal(0);
      });
    });

    describe('the sample album', () => {
      it('shows the header: title, label, catalogue number, release date, composer, featured performers, notes', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${sampleFilm()}></film-soundtrack>`);
        const title = part(el, '[part="title"]');
        expect(title.getAttribute('role')).to.equal('heading');
        expect(title.getAttribute('aria-level')).to.equal('3');
        const facts = [...el.shadowRoot!.querySelectorAll('[part="facts"] > div')].map((row) => [
          text(row.querySelector('dt')),
          text(row.querySelector('dd')),
        ]);
        expect(facts).to.deep.equal([
          ['Label', 'Pangaea / I.R.S.'],
          ['Catalogue number', '36071'],
          ['Released', 'November 7, 1995'],
          ['Music by', 'Mike Figgis'],
          ['Featuring', 'Sting, Don Henley, Nicolas Cage, and The Palladinos'],
        ]);
        expect(part(el, '[part="facts"] time').getAttribute('datetime')).to.equal('1995-11-07');
        const notes = part(el, '[part="notes"]');
        expect(notes.querySelectorAll('li')).to.have.length(2);
        expect(text(notes)).to.contain('Lonely Teardrops').and.contain('is heard in the film but is not on the album');
        expect(part(el, '[part~="album"]').getAttribute('aria-labelledby')).to.equal('title');
      });

      it('lists the 25 tracks in order with Sting, Don Henley, Nicolas Cage and The Palladinos credited', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${sampleFilm()}></film-soundtrack>`);
        expect(titles(el)).to.deep.equal(sampleTitles.slice(0, 15));
        showAll(el).click();
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(sampleTitles);
        expect(positions(el)).to.deep.equal(sampleTitles.map((_, i) => String(i + 1)));
        // One ordered list, named by the "Tracklist" heading.
        const lists = el.shadowRoot!.querySelectorAll('ol');
        expect(lists).to.have.length(1);
        expect(lists[0]!.getAttribute('aria-labelledby')).to.equal('tracklist-heading');
        expect(shadowText(el, '#tracklist-heading')).to.equal('Tracklist');
        const credited = Object.fromEntries(
          tracks(el)
            .filter((li) => li.querySelector('[part="performers"]'))
            .map((li) => [li.querySelector('[part="position"]')!.textContent!.trim(), text(li.querySelector('[part="performers"]'))]),
        );
        expect(credited).to.deep.equal({
          2: 'performed by Sting',
          12: 'performed by Sting',
          14: 'performed by Don Henley',
          16: 'performed by Nicolas Cage',
          19: 'performed by Sting',
          25: 'performed by The Palladinos',
        });
        expect(text(tracks(el)[1]!.querySelector('[part="writers"]'))).to.equal('written by Matt Dennis and Earl Brent');
      });

      it('makes featured performers stand out from the score (not by colour alone)', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack track-limit="0" .film=${sampleFilm()}></film-soundtrack>`);
        const featured = el.shadowRoot!.querySelectorAll('li[part~="featured"]');
        expect([...featured].map((li) => li.querySelector('[part="position"]')!.textContent!.trim())).to.deep.equal([
          '2',
          '12',
          '14',
          '16',
          '19',
          '25',
        ]);
        const song = featured[0]!;
        const cue = tracks(el)[0]!;
        expect(song.querySelector('svg.mic')).to.not.equal(null);
        expect(cue.querySelector('svg')).to.equal(null);
        const weight = (li: Element) => Number(getComputedStyle(li.querySelector('[part="track-title"]')!).fontWeight);
        expect(weight(song)).to.be.greaterThan(weight(cue));
        expect(getComputedStyle(song).backgroundColor).to.not.equal(getComputedStyle(cue).backgroundColor);
      });

      it('shows no durations anywhere: no column, no 0:00, no NaN; the count instead of a total', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack track-limit="0" .film=${sampleFilm()}></film-soundtrack>`);
        expect(tracks(el)).to.have.length(25);
        expect(el.shadowRoot!.querySelectorAll('.duration, [part="duration"], time:not([datetime="1995-11-07"])')).to.have.length(0);
        const all = shadowText(el);
        expect(all).to.not.match(/\d:\d\d|NaN|undefined|null/);
        expect(all).to.not.match(/total time|second|minute/i);
        expect(shadowText(el, '[part="summary"]')).to.equal('25 tracks');
        // No empty column: every row has exactly two cells (position and the main text).
        for (const li of tracks(el)) expect(li.children).to.have.length(2);
        const list = el.shadowRoot!.querySelector('ol')!;
        expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(2);
      });
    });

    describe('durations', () => {
      it('reads every duration format: seconds, m:ss, h:mm:ss, ISO 8601', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack
          .film=${albumWith([
            { title: 'Seconds', duration: 225 },
            { title: 'Fractional seconds', duration: 191.6 },
            { title: 'Clock', duration: '3:45' },
            { title: 'Long clock', duration: '1:02:05' },
            { title: 'ISO', duration: 'PT3M12S' },
            { title: 'ISO hours', duration: 'PT1H0M9S' },
            { title: 'Short', duration: 7 },
          ])}
        ></film-soundtrack>`,
        );
        const shown = tracks(el).map((li) => text(li.querySelector('[part="duration"] time')));
        expect(shown).to.deep.equal(['3:45', '3:12', '3:45', '1:02:05', '3:12', '1:00:09', '0:07']);
        const datetimes = tracks(el).map((li) => li.querySelector('[part="duration"] time')!.getAttribute('datetime'));
        expect(datetimes).to.deep.equal(['PT225S', 'PT192S', 'PT225S', 'PT3725S', 'PT192S', 'PT3609S', 'PT7S']);
        // The visible clock is hidden from screen readers, which read words instead.
        const first = tracks(el)[0]!.querySelector('[part="duration"]')!;
        expect(first.querySelector('time')!.getAttribute('aria-hidden')).to.equal('true');
        expect(text(first.querySelector('.visually-hidden'))).to.equal('3 minutes, 45 seconds');
        expect(text(tracks(el)[3]!.querySelector('[part="duration"] .visually-hidden'))).to.equal('1 hour, 2 minutes, 5 seconds');
        await expectAccessible(el);
      });

      it('shows the total running time when every track has a duration', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack .film=${albumWith([
            { title: 'One', duration: 225 },
            { title: 'Two', duration: '3:12' },
            { title: 'Three', duration: 'PT1H2M5S' },
          ])}></film-soundtrack>`,
        );
        const summary = part(el, '[part="summary"]');
        expect(text(summary.querySelector('[aria-hidden="true"]'))).to.equal('1:09:02 total time');
        expect(text(summary.querySelector('.visually-hidden'))).to.equal('1 hour, 9 minutes, 2 seconds total time');
        expect(text(summary.querySelector('li'))).to.equal('3 tracks');
      });

      it('gives no total when one duration is unknown, and marks the unknown one without 0:00', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack .film=${albumWith([{ title: 'Known', duration: 225 }, { title: 'Unknown' }, { title: 'Zero', duration: 0 }])}></film-soundtrack>`,
        );
        expect(shadowText(el, '[part="summary"]')).to.equal('3 tracks');
        expect(shadowText(el)).to.not.match(/0:00|NaN|total/);
        const cells = tracks(el).map((li) => li.querySelector('.duration'));
        expect(text(cells[0])).to.contain('3:45');
        for (const cell of cells.slice(1)) {
          expect(cell!.getAttribute('aria-hidden')).to.equal('true');
          expect(text(cell)).to.equal('–');
          expect(cell!.getAttribute('part')).to.equal(null);
        }
      });
    });

    describe('sides and discs', () => {
      it('puts a heading above each vinyl side', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack
          .film=${albumWith([
            { position: 'A1', title: 'Overture', duration: '4:01' },
            { position: 'A2', title: 'Main Title', duration: '2:30' },
            { position: 'B1', title: 'Love Theme', duration: '3:33' },
            { position: 'b2', title: 'End Credits', duration: '5:10' },
          ])}
        ></film-soundtrack>`,
        );
        const headings = [...el.shadowRoot!.querySelectorAll('[part="group-heading"]')];
        expect(headings.map((h) => h.textContent!.trim())).to.deep.equal(['Side A', 'Side B']);
        expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['5', '5']);
        expect(positions(el)).to.deep.equal(['A1', 'A2', 'B1', 'b2']);
        const lists = [...el.shadowRoot!.querySelectorAll('ol')];
        expect(lists.map((ol) => ol.querySelectorAll('li').length)).to.deep.equal([2, 2]);
        expect(lists.map((ol) => el.shadowRoot!.getElementById(ol.getAttribute('aria-labelledby')!)?.textContent?.trim())).to.deep.equal([
          'Side A',
          'Side B',
        ]);
        expect(shadowText(el, '[part="summary"]')).to.contain('15:14 total time');
        await expectAccessible(el);
      });

      it('puts a heading above each disc of a multi-disc set', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack
          .film=${albumWith([
            { position: '1-1', title: 'Disc one opener' },
            { position: '1-2', title: 'Disc one closer' },
            { position: '2-1', title: 'Disc two opener' },
            { position: 'CD2-2', title: 'Disc two closer' },
            { title: 'Hidden track' },
          ])}
        ></film-soundtrack>`,
        );
        expect([...el.shadowRoot!.querySelectorAll('[part="group-heading"]')].map((h) => h.textContent!.trim())).to.deep.equal([
          'Disc 1',
          'Disc 2',
        ]);
        expect([...el.shadowRoot!.querySelectorAll('ol')].map((ol) => ol.querySelectorAll('li').length)).to.deep.equal([2, 3]);
        expect(positions(el)).to.deep.equal(['1-1', '1-2', '2-1', 'CD2-2', '']);
      });

      it('adds no headings when positions are plain numbers or mixed', async () => {
        for (const list of [
          [
            { position: 1, title: 'a' },
            { position: 2, title: 'b' },
          ],
          [
            { position: 'A1', title: 'a' },
            { position: '2', title: 'b' },
            { position: '2-1', title: 'c' },
          ],
        ]) {
          const el = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${albumWith(list)}></film-soundtrack>`);
          expect(el.shadowRoot!.querySelectorAll('[part="group-heading"]')).to.have.length(0);
          expect(el.shadowRoot!.querySelectorAll('ol')).to.have.length(1);
          expect(positions(el)).to.deep.equal(list.map((t) => String(t.position)));
        }
      });
    });

    describe('highlight and filter', () => {
      it('highlight marks one performer’s tracks with a bar, a star, a <mark> and spoken text', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack highlight="sting" track-limit="0" .film=${sampleFilm()}></film-soundtrack>`,
        );
        const marked = [...el.shadowRoot!.querySelectorAll('li[part~="highlighted"]')];
        expect(marked.map((li) => li.querySelector('[part="position"]')!.textContent!.trim())).to.deep.equal(['2', '12', '19']);
        for (const li of marked) {
          expect(text(li.querySelector('mark'))).to.equal('Sting (highlighted)');
          expect(li.querySelector('svg.star')!.getAttribute('aria-hidden')).to.equal('true');
          // A thick bar at the start edge: a shape, not only a colour.
          expect(parseFloat(getComputedStyle(li).borderInlineStartWidth)).to.be.at.least(3);
          expect(getComputedStyle(li).borderInlineStartStyle).to.equal('solid');
        }
        const henley = tracks(el)[13]!;
        expect(henley.getAttribute('part')).to.equal('track featured');
        expect(henley.querySelector('mark, svg.star')).to.equal(null);
        expect(getComputedStyle(henley).borderInlineStartColor).to.not.equal(getComputedStyle(marked[0]!).borderInlineStartColor);
        // Every track is still listed.
        expect(tracks(el)).to.have.length(25);
        await expectAccessible(el);
      });

      it('highlights one name among several performers, in the locale’s list words', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack highlight="Björk" .film=${albumWith([{ title: 'Duet', performers: ['Thom Yorke', 'Bjork', 'Someone Else'] }])}></film-soundtrack>`,
        );
        const performers = part(el, '[part="performers"]');
        expect(text(performers)).to.equal('performed by Thom Yorke, Bjork (highlighted), and Someone Else');
        expect(text(performers.querySelector('mark'))).to.equal('Bjork (highlighted)');
      });

      it('performer filters to one performer’s tracks and the count says what is hidden', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack performer="Sting" .film=${sampleFilm()}></film-soundtrack>`);
        expect(titles(el)).to.deep.equal(['Angel Eyes', 'My One and Only Love', "It's a Lonesome Old Town"]);
        expect(positions(el)).to.deep.equal(['2', '12', '19']);
        expect(summary(el)).to.deep.equal(['25 tracks', 'Tracks performed by Sting: 3 of 25 shown, 22 hidden']);
        expect(el.shadowRoot!.querySelector('button')).to.equal(null);
        el.performer = 'don henley';
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Come Rain or Come Shine']);
        expect(shadowText(el, '[part="summary"]')).to.contain('1 of 25 shown, 24 hidden');
        el.performer = 'Nobody';
        await el.updateComplete;
        expect(tracks(el)).to.have.length(0);
        expect(shadowText(el, '[part="summary"]')).to.contain('0 of 25 shown, 25 hidden');
        await expectAccessible(el);
        el.performer = '';
        await el.updateComplete;
        expect(tracks(el)).to.have.length(15);
        expect(shadowText(el, '[part="summary"]')).to.equal('25 tracks');
      });

      it('filter and highlight work together', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack performer="Guest" highlight="Guest" .film=${albumWith(manyTracks(40))}></film-soundtrack>`,
        );
        expect(tracks(el)).to.have.length(6);
        expect(el.shadowRoot!.querySelectorAll('li[part~="highlighted"]')).to.have.length(6);
      });
    });

    describe('long tracklists', () => {
      it('shows the first 15 and a "show all" button that works from the keyboard', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${albumWith(manyTracks(500, true))}></film-soundtrack>`);
        expect(tracks(el)).to.have.length(15);
        const button = showAll(el);
        expect(button.textContent!.trim()).to.equal('Show all 500 tracks');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal('tracks');
        expect(el.shadowRoot!.getElementById('tracks')).to.not.equal(null);
        expect(shadowText(el, '[part="summary"]')).to.contain('500 tracks');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(tracks(el)).to.have.length(500);
        expect(titles(el)[499]).to.equal('Cue 500');
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(button.textContent!.trim()).to.equal('Show fewer tracks');
        expect(el.shadowRoot!.activeElement).to.equal(button);
        await sendKeys({ type: ' ' }); // Space (the key name differs between protocols; the character does not)
        await el.updateComplete;
        expect(tracks(el)).to.have.length(15);
        expect(el.shadowRoot!.activeElement).to.equal(button);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
      });

      it('renders only the first slice of a 2,000-track box set until expanded', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${albumWith(manyTracks(2000))}></film-soundtrack>`);
        expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(15 + 1); // + the summary's count
      });

      it('cuts across sides and discs and keeps their headings', async () => {
        const list = Array.from({ length: 20 }, (_, i) => ({ position: `${i < 10 ? 'A' : 'B'}${(i % 10) + 1}`, title: `T${i}` }));
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack track-limit="12" .film=${albumWith(list)}></film-soundtrack>`);
        expect([...el.shadowRoot!.querySelectorAll('ol')].map((ol) => ol.children.length)).to.deep.equal([10, 2]);
        expect(el.shadowRoot!.querySelectorAll('[part="group-heading"]')).to.have.length(2);
      });

      it('track-limit sets how many show; 0 shows all; lists that fit get no button', async () => {
        const five = await fixture<FilmSoundtrack>(html`<film-soundtrack track-limit="5" .film=${sampleFilm()}></film-soundtrack>`);
        expect(titles(five)).to.deep.equal(sampleTitles.slice(0, 5));
        expect(showAll(five).textContent!.trim()).to.equal('Show all 25 tracks');
        const all = await fixture<FilmSoundtrack>(html`<film-soundtrack track-limit="0" .film=${sampleFilm()}></film-soundtrack>`);
        expect(tracks(all)).to.have.length(25);
        expect(all.shadowRoot!.querySelector('button')).to.equal(null);
        const fits = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${albumWith(manyTracks(15))}></film-soundtrack>`);
        expect(tracks(fits)).to.have.length(15);
        expect(fits.shadowRoot!.querySelector('button')).to.equal(null);
      });
    });

    describe('bad tracks', () => {
      it('drops malformed tracks, reports them in problems, and renders the rest', async () => {
        const film = albumWith([
          { title: 'Good one', duration: '3:00' },
          { duration: '3:00' },
          { title: '' },
          { title: 'Negative', duration: -5 },
          { title: 'Seventy-five seconds past', duration: '3:75' },
          { title: 'Longer than a day', duration: 90_000 },
          { title: 'Not a duration', duration: 'three minutes' },
          { title: 42 },
          { title: 'Bad performers', performers: 'Sting' as unknown as string[] },
          { title: 'Good two', duration: 'PT2M' },
        ]);
        let load: CustomEvent | undefined;
        const warnings = await captureWarnings(async () => {
          const el = await fixture<FilmSoundtrack>(
            html`<film-soundtrack .film=${film} @film-load=${(e: CustomEvent) => (load = e)}></film-soundtrack>`,
          );
          expect(titles(el)).to.deep.equal(['Good one', 'Good two']);
          expect(positions(el)).to.deep.equal(['1', '2']);
          expect(shadowText(el, '[part="summary"]')).to.contain('2 tracks').and.contain('5:00 total time');
          expect(el.problems.map((p) => p.path)).to.deep.equal([
            'soundtrack.tracks[1].title',
            'soundtrack.tracks[2].title',
            'soundtrack.tracks[3].duration',
            'soundtrack.tracks[4].duration',
            'soundtrack.tracks[5].duration',
            'soundtrack.tracks[6].duration',
            'soundtrack.tracks[7].title',
            'soundtrack.tracks[8].performers',
          ]);
          expect(shadowText(el)).to.not.match(/NaN|undefined/);
          await expectAccessible(el);
        });
        expect(load?.detail.problems).to.have.length(8);
        expect(warnings).to.have.length(1);
      });

      it('shows the album with "No tracks listed" when every track is bad or the list is empty', async () => {
        await captureWarnings(async () => {
          const el = await fixture<FilmSoundtrack>(html`<film-soundtrack .film=${albumWith([{ title: '' }])}></film-soundtrack>`);
          expect(shadowText(el, '[part="title"]')).to.equal('Test Album');
          expect(shadowText(el, '[part="tracklist"]')).to.contain('No tracks listed.').and.contain('0 tracks');
          expect(el.shadowRoot!.querySelector('ol, button')).to.equal(null);
          await expectAccessible(el);
        });
      });
    });

    describe('language, headings, layout, accessibility', () => {
      it('formats in French when the nearest lang is fr', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang="fr">
          <film-soundtrack
            .film=${albumWith(
              [
                { position: 'A1', title: 'Un', duration: 225, writers: ['Alice', 'Bob'], performers: ['Chanteuse'] },
                { position: 'B1', title: 'Deux', duration: 65 },
              ],
              { released: '1995-11-07', catalogNumber: 'X-1' },
            )}
          ></film-soundtrack>
        </div>`,
        );
        const el = wrapper.querySelector('film-soundtrack')!;
        await el.updateComplete;
        expect(shadowText(el, '[part="facts"]')).to.contain('7 novembre 1995').and.contain('Référence');
        expect([...el.shadowRoot!.querySelectorAll('[part="group-heading"]')].map((h) => h.textContent!.trim())).to.deep.equal([
          'Face A',
          'Face B',
        ]);
        expect(shadowText(el, '#tracklist-heading')).to.equal('Liste des titres');
        expect(shadowText(el, '[part="summary"]')).to.contain('2 titres').and.contain('durée totale');
        expect(text(tracks(el)[0]!.querySelector('[part="duration"] .visually-hidden'))).to.equal(
          formatSpokenDuration(225, 'fr').replace(/\s+/g, ' '),
        );
        expect(formatSpokenDuration(225, 'fr')).to.match(/3\sminutes.*45\ssecondes/);
        expect(text(tracks(el)[0]!.querySelector('[part="writers"]'))).to.equal('écrit par Alice et Bob');
        expect(text(tracks(el)[0]!.querySelector('[part="performers"]'))).to.equal('interprété par Chanteuse');
        await expectAccessible(el);
      });

      it('says what the French filter hides and offers "show all" in French', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><film-soundtrack .film=${sampleFilm()}></film-soundtrack></div>`);
        const el = wrapper.querySelector('film-soundtrack')!;
        await el.updateComplete;
        expect(showAll(el).textContent!.trim()).to.equal('Afficher les 25 titres');
        el.performer = 'Sting';
        await el.updateComplete;
        expect(shadowText(el, '[part="summary"]')).to.contain('Titres interprétés par Sting : 3 sur 25 affichés, 22 masqués');
      });

      it('uses the heading level it is given', async () => {
        const el = await fixture<FilmSoundtrack>(html`<film-soundtrack heading-level="2" .film=${sampleFilm()}></film-soundtrack>`);
        expect(part(el, '[part="title"]').getAttribute('aria-level')).to.equal('2');
        expect(part(el, '#tracklist-heading').getAttribute('aria-level')).to.equal('3');
        expect(part(el, '[part="notes"] [role="heading"]').getAttribute('aria-level')).to.equal('3');
      });

      it('fits a narrow 280 px column without horizontal overflow', async () => {
        const el = await fixture<FilmSoundtrack>(
          html`<film-soundtrack style="width: 280px" highlight="Sting" track-limit="0" .film=${sampleFilm()}></film-soundtrack>`,
        );
        const album = part(el, '[part~="album"]');
        expect(album.scrollWidth).to.be.at.most(album.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.equal(280);
        // Facts stack (label above value) when narrow, and sit side by side when wide.
        const row = () => part(el, '[part="facts"] > div');
        const [dt, dd] = [row().querySelector('dt')!, row().querySelector('dd')!];
        expect(dd.getBoundingClientRect().top).to.be.at.least(dt.getBoundingClientRect().bottom - 1);
        el.style.width = '700px';
        await nextFrame();
        expect(Math.abs(dd.getBoundingClientRect().top - dt.getBoundingClientRect().top)).to.be.below(2);
      });

      it('is accessible in light and dark, collapsed and expanded', async () => {
        for (const theme of ['light', 'dark']) {
          const el = await fixture<FilmSoundtrack>(
            html`<film-soundtrack theme=${theme} highlight="Sting" .film=${sampleFilm()}></film-soundtrack>`,
          );
          await expectAccessible(el);
          showAll(el).click();
          await el.updateComplete;
          await expectAccessible(el);
        }
      });
    });
  }));
