import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../src/film-awards-list.js';

import type { FilmInput } from '../src/data/schema.js';
import type { FilmAwardsList } from '../src/elements/film-awards-list/film-awards-list.js';
import type { FilmLoadDetail } from '../src/internal/film-element.js';
import { captureWarnings, expectAccessible, fixture, forEachFixtureMode, html, part, sampleFilm, shadowText } from './helpers.js';

const all = <T extends Element = HTMLElement>(list: FilmAwardsList, selector: string) => [
  ...list.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const groups = (list: FilmAwardsList) => all(list, '[part="group"]');
const toggles = (list: FilmAwardsList) => all<HTMLButtonElement>(list, '[part="group-toggle"]');
/** "Academy Awards 68th, 1996" for each group, in order. */
const groupLabels = (list: FilmAwardsList) => groups(list).map((group) => text(group.querySelector('.label')));
const groupCounts = (list: FilmAwardsList) => groups(list).map((group) => text(group.querySelector('[part="group-counts"]')));
const groupNamed = (list: FilmAwardsList, name: string) => {
  const found = groups(list).find((group) => text(group.querySelector('.name')) === name);
  if (!found) throw new Error(`no group named ${name}`);
  return found;
};
const categories = (group: Element) => [...group.querySelectorAll('[part="entry"] .category')].map(text);
/** Whether a user can see an element: laid out with a size (hidden entries have none). */
const visible = (element: Element) => element.getClientRects().length > 0;
const activeInShadow = (list: FilmAwardsList) => list.shadowRoot!.activeElement;

/** An element showing `film`, with attributes written as in HTML: `filter="wins" open-groups="1"`. */
const awardsList = (film: FilmInput | string = sampleFilm(), attributes = '') => {
  const list = document.createElement('film-awards-list');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) list.setAttribute(name!, value!);
  list.film = film;
  return fixture<FilmAwardsList>(list);
};

const filmWith = (awards: unknown[]): FilmInput => ({ title: 'Test Film', awards }) as FilmInput;

const CEREMONY_ORDER = [
  // The headline: an Oscar win puts its ceremony first …
  'Academy Awards 68th, 1996',
  // … then chronological; same year keeps data order.
  'New York Film Critics Circle 1995',
  'Los Angeles Film Critics Association 1995',
  'National Board of Review 1995',
  'Golden Globe Awards 53rd, 1996',
  'Independent Spirit Awards 11th, 1996',
  'Screen Actors Guild Awards 2nd, 1996',
  'British Academy Film Awards 49th, 1996',
  'Directors Guild of America Awards 1996',
  'Writers Guild of America Awards 1996',
  'National Society of Film Critics 1996',
];

describe('<film-awards-list>', () =>
  forEachFixtureMode(() => {
    describe('grouping and order', () => {
      it('groups by ceremony (name + edition/year), the Oscar win first, then chronologically', async () => {
        const list = await awardsList();
        expect(groupLabels(list)).to.deep.equal(CEREMONY_ORDER);
        expect(part(list, '[part="groups"]').getAttribute('aria-label')).to.equal('Awards by ceremony');
      });

      it('keeps strict chronological order when the film won no Oscar', async () => {
        const film = sampleFilm();
        film.awards![0]!.result = 'nominated';
        const list = await awardsList(film);
        expect(groupLabels(list).slice(0, 5)).to.deep.equal([
          'New York Film Critics Circle 1995',
          'Los Angeles Film Critics Association 1995',
          'National Board of Review 1995',
          'Academy Awards 68th, 1996',
          'Golden Globe Awards 53rd, 1996',
        ]);
      });

      it('separates editions of one ceremony and puts undated ceremonies last', async () => {
        const list = await awardsList(
          filmWith([
            { name: 'Undated Prize', category: 'Best Film', result: 'won' },
            { name: 'Film Festival', year: 2001, category: 'Jury Prize', result: 'won' },
            { name: 'Film Festival', year: 2000, category: 'Audience Award', result: 'nominated' },
            { name: 'Film Festival', year: 2001, category: 'Best Actor', nominees: ['A'], result: 'nominated' },
          ]),
        );
        expect(groupLabels(list)).to.deep.equal(['Film Festival 2000', 'Film Festival 2001', 'Undated Prize']);
        expect(categories(groupNamed(list, 'Undated Prize'))).to.deep.equal(['Best Film']);
        expect(categories(groups(list)[1]!)).to.deep.equal(['Jury Prize', 'Best Actor']);
      });

      it('lists entries in data order with their category, nominees and result', async () => {
        const list = await awardsList();
        const oscars = groupNamed(list, 'Academy Awards');
        expect(categories(oscars)).to.deep.equal(['Best Actor', 'Best Actress', 'Best Director', 'Best Adapted Screenplay']);
        expect([...oscars.querySelectorAll('.nominees')].map(text)).to.deep.equal([
          'Nicolas Cage',
          'Elisabeth Shue',
          'Mike Figgis',
          'Mike Figgis',
        ]);
        expect([...oscars.querySelectorAll('.word')].map(text)).to.deep.equal(['Won', 'Nominated', 'Nominated', 'Nominated']);
        // Read as one line by a screen reader: "Won, Best Actor, Nicolas Cage".
        expect(text(oscars.querySelector('[part="entry"] .text'))).to.equal('Best Actor, Nicolas Cage');
        const all34 = all(list, '[part="entry"]').map((entry) => text(entry.querySelector('.category')));
        expect(all34).to.have.length(34);
      });

      it('joins several nominees as a list', async () => {
        const list = await awardsList(
          filmWith([{ name: 'Prize', year: 2000, category: 'Best Screenplay', nominees: ['Ann', 'Bo', 'Cy'], result: 'won' }]),
        );
        expect(text(list.shadowRoot!.querySelector('.nominees'))).to.equal('Ann, Bo, and Cy');
      });

      it('uses semantic lists and no stray markup', async () => {
        const list = await awardsList();
        const outer = part(list, '[part="groups"]');
        expect(outer.localName).to.equal('ul');
        expect([...outer.children].every((child) => child.localName === 'li')).to.equal(true);
        for (const entries of all(list, '[part="entries"]')) {
          expect(entries.localName).to.equal('ul');
          expect([...entries.children].every((child) => child.localName === 'li')).to.equal(true);
        }
      });
    });

    describe('counts', () => {
      it('sums the whole record in the summary line', async () => {
        const list = await awardsList();
        expect(shadowText(list, '[part="summary"]')).to.equal('17 wins · 14 nominations · 3 runner-up');
      });

      it('counts each ceremony', async () => {
        const list = await awardsList();
        expect(groupCounts(list)).to.deep.equal([
          '1 win, 3 nominations',
          '2 wins, 2 runner-up',
          '4 wins, 1 runner-up',
          '1 win',
          '1 win, 3 nominations',
          '4 wins, 2 nominations',
          '1 win, 1 nomination',
          '3 nominations',
          '1 nomination',
          '1 nomination',
          '3 wins',
        ]);
        // The counts are part of the toggle's accessible name, after a pause.
        expect(text(toggles(list)[0])).to.equal('Academy Awards 68th, 1996: 1 win, 3 nominations');
      });

      it('counts from the data, leaving out zero counts and using singular forms', async () => {
        const list = await awardsList(filmWith([{ name: 'Prize', year: 2000, category: 'Best Film', result: 'runner-up' }]));
        expect(shadowText(list, '[part="summary"]')).to.equal('1 runner-up');
        expect(groupCounts(list)).to.deep.equal(['1 runner-up']);
      });
    });

    describe('filter="wins"', () => {
      it('shows wins only and says what is hidden', async () => {
        const list = await awardsList(sampleFilm(), 'filter="wins"');
        const results = all(list, '[part="entry"]').map((entry) => text(entry.querySelector('.word')));
        expect(results).to.have.length(17);
        expect(new Set(results)).to.deep.equal(new Set(['Won']));
        // The summary still counts the whole record; the note names what the filter hides.
        expect(shadowText(list, '[part="summary"]')).to.equal('17 wins · 14 nominations · 3 runner-up');
        expect(shadowText(list, '[part="filter-note"]')).to.equal('Showing wins only; 14 nominations, 3 runner-up hidden.');
        // Ceremonies without a win are gone; the others count what they show and what they hide.
        expect(groupLabels(list)).to.not.include('British Academy Film Awards 49th, 1996');
        expect(groups(list)).to.have.length(8);
        expect(groupCounts(list).slice(0, 3)).to.deep.equal([
          '1 win (3 nominations hidden)',
          '2 wins (2 runner-up hidden)',
          '4 wins (1 runner-up hidden)',
        ]);
        expect(categories(groupNamed(list, 'Academy Awards'))).to.deep.equal(['Best Actor']);
        await expectAccessible(list);
      });

      it('switches back to everything when the filter is removed', async () => {
        const list = await awardsList(sampleFilm(), 'filter="wins"');
        list.removeAttribute('filter');
        await list.updateComplete;
        expect(list.filter).to.equal(null);
        expect(all(list, '[part="entry"]')).to.have.length(34);
        expect(list.shadowRoot!.querySelector('[part="filter-note"]')).to.equal(null);
        list.filter = 'wins';
        await list.updateComplete;
        expect(list.getAttribute('filter')).to.equal('wins');
        expect(all(list, '[part="entry"]')).to.have.length(17);
      });

      it('says so when a film has no wins at all', async () => {
        const list = await awardsList(
          filmWith([{ name: 'Prize', year: 2000, category: 'Best Film', result: 'nominated' }]),
          'filter="wins"',
        );
        expect(shadowText(list, '[part="summary"]')).to.equal('1 nomination');
        expect(shadowText(list, '[part="filter-note"]')).to.equal('Showing wins only; 1 nomination hidden.');
        expect(list.shadowRoot!.querySelector('[part="groups"]')).to.equal(null);
        await expectAccessible(list);
      });
    });

    describe('group-by="person"', () => {
      it('regroups the entries by nominee, with the film itself first', async () => {
        const list = await awardsList(sampleFilm(), 'group-by="person"');
        expect(groupLabels(list)).to.deep.equal([
          'Leaving Las Vegas (the film)',
          'Nicolas Cage',
          'Elisabeth Shue',
          'Mike Figgis',
          'Declan Quinn',
        ]);
        expect(groupCounts(list)).to.deep.equal([
          '3 wins, 1 nomination',
          '7 wins, 2 nominations',
          '3 wins, 4 nominations, 1 runner-up',
          '3 wins, 7 nominations, 2 runner-up',
          '1 win',
        ]);
        expect(part(list, '[part="groups"]').getAttribute('aria-label')).to.equal('Awards by person');
        // Every entry is somewhere: the sample has no entry with two nominees.
        expect(all(list, '[part="entry"]')).to.have.length(34);
        // The summary is about the record, not the grouping.
        expect(shadowText(list, '[part="summary"]')).to.equal('17 wins · 14 nominations · 3 runner-up');
      });

      it('names the ceremony of each entry, in ceremony order', async () => {
        const list = await awardsList(sampleFilm(), 'group-by="person"');
        const cage = groupNamed(list, 'Nicolas Cage');
        expect(categories(cage)[0]).to.equal('Best Actor');
        expect(text(cage.querySelector('.nominees'))).to.equal('Academy Awards (68th, 1996)');
        const film = groups(list)[0]!;
        expect([...film.querySelectorAll('.nominees')].map(text)).to.deep.equal([
          'New York Film Critics Circle (1995)',
          'Los Angeles Film Critics Association (1995)',
          'Golden Globe Awards (53rd, 1996)',
          'Independent Spirit Awards (11th, 1996)',
        ]);
      });

      it('lists a shared nomination under every nominee, naming the others', async () => {
        const list = await awardsList(
          filmWith([
            { name: 'Prize', year: 2000, category: 'Best Screenplay', nominees: ['Ann', 'Bo'], result: 'won' },
            { name: 'Prize', year: 2000, category: 'Best Actor', nominees: ['Bo'], result: 'nominated' },
          ]),
          'group-by="person"',
        );
        expect(groupLabels(list)).to.deep.equal(['Ann', 'Bo']);
        expect([...groupNamed(list, 'Ann').querySelectorAll('.nominees')].map(text)).to.deep.equal(['Prize (2000)', 'with Bo']);
        expect(categories(groupNamed(list, 'Bo'))).to.deep.equal(['Best Screenplay', 'Best Actor']);
        expect(groupCounts(list)).to.deep.equal(['1 win', '1 win, 1 nomination']);
        expect(shadowText(list, '[part="summary"]')).to.equal('1 win · 1 nomination');
      });

      it('combines with filter="wins"', async () => {
        const list = await awardsList(sampleFilm(), 'group-by="person" filter="wins"');
        expect(groupCounts(list)[1]).to.equal('7 wins (2 nominations hidden)');
        expect(all(list, '[part="entry"]')).to.have.length(17);
        await expectAccessible(list);
      });
    });

    describe('disclosure', () => {
      it('opens the first three groups, the rest closed', async () => {
        const list = await awardsList();
        const expanded = toggles(list).map((button) => button.getAttribute('aria-expanded'));
        expect(expanded).to.deep.equal(['true', 'true', 'true', ...Array(8).fill('false')]);
        const entries = all(list, '[part="entries"]');
        expect(entries.map(visible)).to.deep.equal([true, true, true, ...Array(8).fill(false)]);
        // Each button names the list it opens.
        toggles(list).forEach((button, i) => expect(button.getAttribute('aria-controls')).to.equal(entries[i]!.id));
        expect(new Set(entries.map((entries) => entries.id)).size).to.equal(11);
      });

      it('takes the number of open groups from open-groups', async () => {
        const one = await awardsList(sampleFilm(), 'open-groups="1"');
        expect(toggles(one).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(1);
        const none = await awardsList(sampleFilm(), 'open-groups="0"');
        expect(toggles(none).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(0);
        expect(none.shadowRoot!.querySelectorAll('[part="entry"]')).to.have.length(34);
        expect(all(none, '[part="entry"]').some(visible)).to.equal(false);
        none.openGroups = 20;
        await none.updateComplete;
        expect(toggles(none).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
        expect(none.shadowRoot!.querySelector('[part~="show-all"]')).to.equal(null);
        // Not a number: the default, three.
        const junk = await awardsList(sampleFilm(), 'open-groups="many"');
        expect(toggles(junk).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.have.length(3);
      });

      it('opens and closes a group from the keyboard (Enter and Space)', async () => {
        const list = await awardsList();
        const button = toggles(list)[4]!;
        const entries = all(list, '[part="entries"]')[4]!;
        button.focus();
        expect(activeInShadow(list)).to.equal(button);
        await sendKeys({ press: 'Enter' });
        await list.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(visible(entries)).to.equal(true);
        expect(categories(groups(list)[4]!)[0]).to.equal('Best Actor – Motion Picture Drama');
        // ' ' rather than 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows only the former.
        await sendKeys({ press: ' ' });
        await list.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(visible(entries)).to.equal(false);
        // Focus stays on the button the reader used.
        expect(activeInShadow(list)).to.equal(button);
      });

      it('moves between the group buttons with Tab', async () => {
        const list = await awardsList(sampleFilm(), 'open-groups="0"');
        toggles(list)[0]!.focus();
        await sendKeys({ press: 'Tab' });
        expect(activeInShadow(list)).to.equal(toggles(list)[1]);
        // An open group has nothing focusable inside: Tab goes on to the next group's button.
        await sendKeys({ press: 'Enter' });
        await list.updateComplete;
        await sendKeys({ press: 'Tab' });
        expect(activeInShadow(list)).to.equal(toggles(list)[2]);
      });

      it('opens every group with "Show all", and goes back with "Show fewer"', async () => {
        const list = await awardsList();
        const showAll = part<HTMLButtonElement>(list, '[part~="show-all"]');
        expect(text(showAll)).to.equal('Show all 11 ceremonies');
        showAll.focus();
        await sendKeys({ press: 'Enter' });
        await list.updateComplete;
        expect(toggles(list).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
        expect(all(list, '[part="entries"]').every(visible)).to.equal(true);
        expect(text(showAll)).to.equal('Show fewer');
        expect(activeInShadow(list)).to.equal(showAll);
        showAll.click();
        await list.updateComplete;
        expect(toggles(list).map((b) => b.getAttribute('aria-expanded') === 'true')).to.deep.equal([
          true,
          true,
          true,
          ...Array(8).fill(false),
        ]);
        expect(text(showAll)).to.equal('Show all 11 ceremonies');
      });

      it('offers "Show all" while any group is closed, also one the reader closed', async () => {
        const list = await awardsList();
        toggles(list)
          .slice(3)
          .forEach((button) => button.click());
        await list.updateComplete;
        expect(text(part(list, '[part~="show-all"]'))).to.equal('Show fewer');
        toggles(list)[0]!.click();
        await list.updateComplete;
        expect(text(part(list, '[part~="show-all"]'))).to.equal('Show all 11 ceremonies');
      });

      // A new film starts over too, from any input: test/film-element.test.ts.
      it('starts over when the grouping changes', async () => {
        const list = await awardsList();
        toggles(list)[0]!.click();
        await list.updateComplete;
        expect(toggles(list)[0]!.getAttribute('aria-expanded')).to.equal('false');
        list.groupBy = 'person';
        await list.updateComplete;
        expect(toggles(list).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'false', 'false']);
        expect(text(part(list, '[part~="show-all"]'))).to.equal('Show all 5 nominees');
      });

      it('shows no "Show all" when every group starts open', async () => {
        const list = await awardsList(filmWith([{ name: 'Prize', year: 2000, category: 'Best Film', result: 'won' }]));
        expect(list.shadowRoot!.querySelector('[part~="show-all"]')).to.equal(null);
        expect(toggles(list)[0]!.getAttribute('aria-expanded')).to.equal('true');
      });
    });

    describe('headings', () => {
      it('puts each group toggle in a heading of level 3 by default', async () => {
        const list = await awardsList();
        const headings = all(list, '[role="heading"]');
        expect(headings).to.have.length(11);
        for (const [i, heading] of headings.entries()) {
          expect(heading.getAttribute('aria-level')).to.equal('3');
          expect(heading.querySelector('button')).to.equal(toggles(list)[i]);
        }
      });

      it('follows heading-level, clamped to 1–6', async () => {
        const two = await awardsList(sampleFilm(), 'heading-level="2"');
        expect(all(two, '[role="heading"]').every((h) => h.getAttribute('aria-level') === '2')).to.equal(true);
        two.headingLevel = 9;
        await two.updateComplete;
        expect(all(two, '[role="heading"]').every((h) => h.getAttribute('aria-level') === '6')).to.equal(true);
      });
    });

    describe('results', () => {
      it('gives every result icon an accessible name, the word beside it', async () => {
        const list = await awardsList();
        const names = { won: 'Won', nominated: 'Nominated', 'runner-up': 'Runner-up' } as const;
        const film = sampleFilm();
        all(list, '[part="entry"]').forEach((entry) => {
          const icon = entry.querySelector('svg')!;
          const word = text(entry.querySelector('.word'));
          expect(icon.getAttribute('role')).to.equal('img');
          expect(icon.getAttribute('aria-label')).to.equal(word);
          // The icon carries the name; the word is its visible twin, not read twice.
          expect(entry.querySelector('.word')!.getAttribute('aria-hidden')).to.equal('true');
          expect(visible(entry.querySelector('.word')!) || !visible(entry)).to.equal(true);
        });
        // In data order within each group, so compare as counts per name.
        const labels = all(list, '[part="entry"] svg').map((icon) => icon.getAttribute('aria-label'));
        for (const result of ['won', 'nominated', 'runner-up'] as const) {
          expect(labels.filter((label) => label === names[result])).to.have.length(film.awards!.filter((a) => a.result === result).length);
        }
      });

      it('draws each result with a different icon', async () => {
        const list = await awardsList();
        const shapes = new Set(
          ['won', 'nominated', 'runner-up'].map((result) => list.shadowRoot!.querySelector(`.entry.${result} svg`)!.innerHTML),
        );
        expect(shapes.size).to.equal(3);
      });
    });

    describe('bad and missing data', () => {
      it('drops malformed entries, reports them in problems and shows the rest', async () => {
        const awards: unknown[] = [
          { name: 'Prize', year: 2000, result: 'won' },
          { name: 'Prize', year: 2000, category: '', result: 'won' },
          { name: 'Prize', year: 2000, category: 'Best Sound', result: 'lost' },
          { name: 'Prize', year: 2000, category: 'Best Film', result: 'won' },
          'not an award',
          { name: 'Prize', year: 2000, category: 'Best Score', nominees: ['Mike Figgis'], result: 'nominated' },
        ];
        const list = document.createElement('film-awards-list');
        const loaded = oneEvent(list, 'film-load');
        let detail: FilmLoadDetail | undefined;
        const warnings = await captureWarnings(async () => {
          list.film = filmWith(awards);
          document.body.append(list);
          detail = (await loaded).detail;
          await list.updateComplete;
        });
        const paths = detail!.problems.map((problem) => problem.path);
        expect(paths).to.include.members(['awards[0].category', 'awards[1].category', 'awards[2].result', 'awards[4]']);
        expect(list.problems.map((problem) => problem.path)).to.deep.equal(paths);
        expect(warnings).to.have.length(1);
        expect(detail!.film.awards!.map((award) => award.category)).to.deep.equal(['Best Film', 'Best Score']);
        expect(categories(groups(list)[0]!)).to.deep.equal(['Best Film', 'Best Score']);
        expect(shadowText(list, '[part="summary"]')).to.equal('1 win · 1 nomination');
        await expectAccessible(list);
        list.remove();
      });

      it('renders nothing visible for an empty awards list, or none', async () => {
        for (const film of [filmWith([]), { title: 'No Awards' } as FilmInput]) {
          const list = await awardsList(film);
          expect(list.filmData?.title).to.be.a('string');
          expect(shadowText(list)).to.equal('');
          expect(list.shadowRoot!.querySelector('[part~="awards"]')).to.equal(null);
          expect(list.getBoundingClientRect().height).to.equal(0);
        }
      });

      it('renders nothing visible when every entry was dropped', async () => {
        const warnings = await captureWarnings(async () => {
          const list = await awardsList(filmWith([{ name: 'Prize', category: 'Best Film', result: 'lost' }]));
          expect(list.problems).to.have.length(1);
          expect(list.getBoundingClientRect().height).to.equal(0);
        });
        expect(warnings).to.have.length(1);
      });
    });

    describe('language', () => {
      it('speaks French under lang="fr"', async () => {
        const container = (await fixture(
          html`<div lang="fr"><film-awards-list .film=${sampleFilm()} filter="wins"></film-awards-list></div>`,
        )) as unknown as HTMLElement;
        const list = container.querySelector('film-awards-list')!;
        await list.updateComplete;
        expect(shadowText(list, '[part="summary"]')).to.equal('17 victoires · 14 nominations · 3 deuxièmes places');
        expect(shadowText(list, '[part="filter-note"]')).to.equal(
          'Victoires seulement ; non affichées : 14 nominations, 3 deuxièmes places.',
        );
        expect(groupCounts(list)[0]).to.equal('1 victoire (non affichées : 3 nominations)');
        expect(list.shadowRoot!.querySelector('[part="entry"] svg')!.getAttribute('aria-label')).to.equal('Victoire');
        expect(text(part(list, '[part~="show-all"]'))).to.equal('Afficher les 8 cérémonies');
        expect(part(list, '[part="groups"]').getAttribute('aria-label')).to.equal('Récompenses par cérémonie');
      });
    });

    describe('accessibility', () => {
      it('is axe-clean: default, every group open, by person, dark', async () => {
        const list = await awardsList();
        await expectAccessible(list);
        part(list, '[part~="show-all"]').click();
        await list.updateComplete;
        await expectAccessible(list);
        list.groupBy = 'person';
        list.theme = 'dark';
        await list.updateComplete;
        await expectAccessible(list);
      });

      it('is axe-clean in a narrow container', async () => {
        const container = (await fixture(
          html`<div style="width: 280px"><film-awards-list .film=${sampleFilm()}></film-awards-list></div>`,
        )) as unknown as HTMLElement;
        const list = container.querySelector('film-awards-list')!;
        await list.updateComplete;
        // Narrow: the entries stack, and nothing overflows the container.
        expect(list.scrollWidth).to.be.at.most(280);
        const entry = list.shadowRoot!.querySelector('[part="entry"]')!;
        expect(entry.querySelector('.result')!.getBoundingClientRect().bottom).to.be.at.most(
          entry.querySelector('.category')!.getBoundingClientRect().top + 1,
        );
        await expectAccessible(list);
      });
    });
  }));
