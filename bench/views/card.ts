/** The DOM of `<film-card>` (src/elements/film-card/film-card.ts), for the baselines. */
import type { Film } from '../../src/data/film.js';
import { posterAspectRatio, shownCastLimit, SYNOPSIS_CLAMP, textFor } from '../../src/elements/film-card/card-text.js';
import type { CardStrings as Strings } from '../../src/elements/film-card/film-card.strings.js';
import { baseStrings } from '../../src/internal/base.strings.js';
import { slots } from '../../src/internal/templates.js';
import { disclosure, externalLink, heading, type Child, type H } from './h.js';

export interface CardState {
  headingLevel: number;
  castLimit: number;
  castExpanded: boolean;
  synopsisExpanded: boolean;
  posterFailed: boolean;
}

export interface CardActions {
  posterError(): void;
  toggleCast(): void;
  toggleSynopsis(): void;
}

export const initialCardState = (): CardState => ({
  headingLevel: 3,
  castLimit: 6,
  castExpanded: false,
  synopsisExpanded: false,
  posterFailed: false,
});

/** The credits and the facts: `<dl part="name" class="name">` of label → value, or nothing without rows. */
function definitionList<N>(h: H<N>, name: string, rows: [string, Child<N>][]): N | null {
  return rows.length
    ? h(
        'dl',
        { part: name, class: name },
        rows.map(([label, value], i) => h('div', { key: i }, h('dt', null, label), h('dd', { dir: 'auto' }, value))),
      )
    : null;
}

export function cardView<N>(h: H<N>, film: Film, state: CardState, on: CardActions, s: Strings, locale: string): N {
  const level = state.headingLevel;
  const common = baseStrings(locale);
  const text = textFor(film, locale, s, common);

  const { poster } = film;
  const ratio = { aspectRatio: posterAspectRatio(poster) };
  const posterNode =
    !poster || state.posterFailed
      ? h(
          'div',
          { part: 'poster', class: 'poster placeholder', style: ratio },
          h.svg(
            'svg',
            { viewBox: '0 0 24 24', 'aria-hidden': 'true' },
            h.svg('path', { d: 'M4 5h16v14H4zM4 9h16M4 15h16M8 5v4M12 5v4M16 5v4M8 15v4M12 15v4M16 15v4' }),
          ),
          h('span', null, s.noPoster),
        )
      : h('img', {
          part: 'poster',
          class: 'poster',
          src: poster.src,
          alt: poster.alt ?? s.posterOf({ title: film.title }),
          width: poster.width ?? 300,
          height: poster.height ?? 450,
          style: ratio,
          loading: 'lazy',
          decoding: 'async',
          onerror: on.posterError,
        });

  const metaItems = [
    film.year === undefined ? undefined : String(film.year),
    film.contentRating && h('abbr', { title: s.rated({ rating: film.contentRating }), class: 'rating' }, film.contentRating),
    text.runtime && h('span', { title: s.runtime }, text.runtime),
    text.genres,
  ].filter(Boolean) as Child<N>[];

  const header = h(
    'header',
    null,
    heading(h, level, film.title, { id: 'title', part: 'title', className: 'title' }),
    film.originalTitle && film.originalTitle !== film.title ? h('p', { class: 'original-title', dir: 'auto' }, film.originalTitle) : null,
    metaItems.length
      ? h(
          'ul',
          { part: 'meta', class: 'meta separated' },
          metaItems.map((item, i) => h('li', { key: i, dir: 'auto' }, item)),
        )
      : null,
    film.tagline ? h('p', { part: 'tagline', class: 'tagline', dir: 'auto' }, film.tagline) : null,
  );

  // Summary: at most three scores, the top award, the win/nomination count.
  const { scores, headline, awardsSummary } = text;
  const summary =
    !scores.length && awardsSummary === undefined
      ? null
      : h(
          'div',
          { part: 'summary', class: 'summary-box' },
          h(
            'ul',
            { class: 'summary separated', 'aria-label': s.ratingsAndAwards },
            scores.map(({ rating, short, spoken }, i) =>
              h(
                'li',
                { key: i, dir: 'auto' },
                h('span', { class: 'source' }, rating.source),
                h('strong', { 'aria-hidden': 'true' }, short),
                h('span', { class: 'visually-hidden' }, spoken),
              ),
            ),
            headline
              ? h(
                  'li',
                  { class: 'award' },
                  h.svg(
                    'svg',
                    { viewBox: '0 0 24 24', 'aria-hidden': 'true' },
                    h.svg('path', { d: 'M8 3h8v5a4 4 0 0 1-8 0zM12 12v5M8 21h8M9 17h6' }),
                  ),
                  s.wonAward({ award: `${headline.name} – ${headline.category}` }),
                )
              : null,
            awardsSummary !== undefined ? h('li', null, awardsSummary) : null,
          ),
        );

  // Credits
  const names = (people: { name: string; url?: string; role?: string }[]) =>
    people.map((person, i) => [
      i ? common.listSeparator : '',
      externalLink(h, person.url, person.name),
      person.role ? h('span', { class: 'role' }, common.parenthetical({ text: person.role })) : null,
    ]);
  const creditRows: [string, Child<N>][] = [];
  if (film.directors?.length) creditRows.push([s.directedBy, names(film.directors)]);
  if (film.writers?.length) creditRows.push([s.writtenBy, names(film.writers)]);
  if (film.basedOn) {
    const b = film.basedOn;
    const sourceWork: Child<N> = [h('cite', null, b.title), text.basedOnDetails ? h('span', { class: 'role' }, text.basedOnDetails) : null];
    creditRows.push([s.basedOn, b.author ? (slots(s.sourceBy, { work: sourceWork, author: b.author }) as Child<N>[]) : sourceWork]);
  }
  const credits = definitionList(h, 'credits', creditRows);

  // Synopsis
  let synopsis: N | null = null;
  if (film.synopsis) {
    const long = film.synopsis.length > SYNOPSIS_CLAMP;
    const clamped = long && !state.synopsisExpanded;
    synopsis = h(
      'div',
      { part: 'synopsis', class: 'synopsis' },
      h('p', { id: 'synopsis-text', class: clamped ? 'clamped' : '', dir: 'auto' }, film.synopsis),
      long
        ? disclosure(h, {
            expanded: state.synopsisExpanded,
            controls: 'synopsis-text',
            label: state.synopsisExpanded ? s.readLess : s.readMore,
            onToggle: on.toggleSynopsis,
            oldPart: 'button',
          })
        : null,
    );
  }

  // Cast
  let cast: N | null = null;
  const members = film.cast ?? [];
  if (members.length) {
    const limit = shownCastLimit(state.castLimit);
    const shown = state.castExpanded ? members : members.slice(0, limit);
    cast = h(
      'div',
      { part: 'cast', class: 'cast' },
      heading(h, level + 1, s.cast, { id: 'cast-heading', className: 'section-heading' }),
      h(
        'ul',
        { id: 'cast-list' },
        shown.map((member, i) =>
          h(
            'li',
            { key: i, dir: 'auto' },
            h('span', { class: 'name' }, externalLink(h, member.url, member.name)),
            member.character
              ? h(
                  'span',
                  { class: 'character' },
                  h('span', { class: 'visually-hidden' }, text.asCharacter[0]),
                  member.character,
                  h('span', { class: 'visually-hidden' }, text.asCharacter[1]),
                )
              : null,
          ),
        ),
      ),
      members.length > limit
        ? disclosure(h, {
            expanded: state.castExpanded,
            controls: 'cast-list',
            label: state.castExpanded ? s.showFewerCast : s.showAllCast(members.length),
            onToggle: on.toggleCast,
            oldPart: 'button',
          })
        : null,
    );
  }

  // Facts
  const factRows: [string, Child<N>][] = [];
  if (text.releases.length) {
    factRows.push([
      s.released,
      h(
        'ul',
        { class: 'releases' },
        text.releases.map((release, i) =>
          h(
            'li',
            { key: i },
            h('time', { datetime: release.date }, release.formatted),
            release.details ? h('span', { class: 'role' }, release.details) : null,
          ),
        ),
      ),
    ]);
  }
  if (text.distributors) factRows.push([s.distributor, text.distributors]);
  if (text.boxOffice) factRows.push([s.boxOffice, text.boxOffice]);
  if (text.budget) factRows.push([s.budget, text.budget]);
  const facts = definitionList(h, 'facts', factRows);

  return h(
    'article',
    { part: 'base card', class: 'card surface', 'aria-labelledby': 'title' },
    posterNode,
    h('div', { class: 'body' }, header, summary, credits, synopsis, cast, facts),
  );
}
