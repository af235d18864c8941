/** The DOM of `<film-card>` (src/elements/film-card/film-card.ts), for the baselines. */
import type { Film, Rating } from '../../src/data/film.js';
import { formatDate, formatList, formatMoney, formatNumber, formatRegion, formatRuntime } from '../../src/data/format.js';
import type { Strings } from '../../src/elements/film-card/film-card.strings.js';
import { externalLink, heading, type Child, type H } from './h.js';

const SYNOPSIS_CLAMP = 320;

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

function shortScore(rating: Rating, locale: string): string {
  const value = formatNumber(rating.value, locale);
  return rating.unit === '%'
    ? formatNumber(rating.value / 100, locale, { style: 'percent' })
    : `${value}/${formatNumber(rating.max, locale)}`;
}

export function cardView<N>(h: H<N>, film: Film, state: CardState, on: CardActions, s: Strings, locale: string): N {
  const level = state.headingLevel;

  const { poster } = film;
  const ratio = { aspectRatio: poster?.width && poster.height ? `${poster.width} / ${poster.height}` : '2 / 3' };
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
          alt: poster.alt ?? s.posterOf(film.title),
          width: poster.width ?? 300,
          height: poster.height ?? 450,
          style: ratio,
          loading: 'lazy',
          decoding: 'async',
          onerror: on.posterError,
        });

  const metaItems = [
    film.year === undefined ? undefined : String(film.year),
    film.contentRating && h('abbr', { title: s.rated(film.contentRating), class: 'rating' }, film.contentRating),
    film.runtime && h('span', { title: s.runtime }, formatRuntime(film.runtime, locale)),
    film.genres?.length ? formatList(film.genres, locale, 'unit') : undefined,
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
  const scores = (film.ratings ?? []).slice(0, 3);
  const awards = film.awards ?? [];
  const wins = awards.filter((a) => a.result === 'won');
  const nominations = awards.filter((a) => a.result === 'nominated').length;
  const headline = wins.find((a) => /academy award|oscar/i.test(a.name)) ?? wins[0];
  const summary =
    !scores.length && !awards.length
      ? null
      : h(
          'div',
          { part: 'summary', class: 'summary-box' },
          h(
            'ul',
            { class: 'summary separated', 'aria-label': s.ratingsAndAwards },
            scores.map((rating, i) =>
              h(
                'li',
                { key: i, dir: 'auto' },
                h('span', { class: 'source' }, rating.source),
                h('strong', { 'aria-hidden': 'true' }, shortScore(rating, locale)),
                h('span', { class: 'visually-hidden' }, s.scoreOutOf(formatNumber(rating.value, locale), formatNumber(rating.max, locale))),
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
                  s.wonAward(`${headline.name} – ${headline.category}`),
                )
              : null,
            awards.length ? h('li', null, s.awardsSummary(wins.length, nominations)) : null,
          ),
        );

  // Credits
  const names = (people: { name: string; url?: string; role?: string }[]) =>
    people.map((person, i) => [
      i ? ', ' : '',
      externalLink(h, person.url, person.name),
      person.role ? [' ', h('span', { class: 'role' }, '(', person.role, ')')] : null,
    ]);
  const creditRows: [string, Child<N>][] = [];
  if (film.directors?.length) creditRows.push([s.directedBy, names(film.directors)]);
  if (film.writers?.length) creditRows.push([s.writtenBy, names(film.writers)]);
  if (film.basedOn) {
    const b = film.basedOn;
    creditRows.push([
      s.basedOn,
      [
        h('cite', null, b.title),
        b.kind || b.year ? [' ', h('span', { class: 'role' }, '(', [b.kind, b.year].filter(Boolean).join(', '), ')')] : null,
        b.author ? [' ', s.by, ' ', b.author] : null,
      ],
    ]);
  }
  const credits = creditRows.length
    ? h(
        'dl',
        { part: 'credits', class: 'credits' },
        creditRows.map(([label, value], i) => h('div', { key: i }, h('dt', null, label), h('dd', { dir: 'auto' }, value))),
      )
    : null;

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
        ? h(
            'button',
            {
              type: 'button',
              part: 'disclosure button',
              class: 'text-button',
              'aria-expanded': String(state.synopsisExpanded),
              'aria-controls': 'synopsis-text',
              onclick: on.toggleSynopsis,
            },
            state.synopsisExpanded ? s.readLess : s.readMore,
          )
        : null,
    );
  }

  // Cast
  let cast: N | null = null;
  const members = film.cast ?? [];
  if (members.length) {
    const limit = Number.isFinite(state.castLimit) ? Math.max(1, state.castLimit) : 6;
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
              ? h('span', { class: 'character' }, h('span', { class: 'visually-hidden' }, s.as, ' '), member.character)
              : null,
          ),
        ),
      ),
      members.length > limit
        ? h(
            'button',
            {
              type: 'button',
              part: 'disclosure button',
              class: 'text-button',
              'aria-expanded': String(state.castExpanded),
              'aria-controls': 'cast-list',
              onclick: on.toggleCast,
            },
            state.castExpanded ? s.showFewerCast : s.showAllCast(members.length),
          )
        : null,
    );
  }

  // Facts
  const releases = film.releases ?? [];
  const factRows: [string, Child<N>][] = [];
  if (releases.length) {
    factRows.push([
      s.released,
      h(
        'ul',
        { class: 'releases' },
        releases.map((release, i) => {
          const details = [
            release.region && formatRegion(release.region, locale),
            release.kind && (Object.hasOwn(s.releaseKind, release.kind) ? s.releaseKind[release.kind] : release.kind),
          ].filter(Boolean);
          return h(
            'li',
            { key: i },
            h('time', { datetime: release.date }, formatDate(release.date, locale)),
            details.length ? [' ', h('span', { class: 'role' }, '(', details.join(', '), ')')] : null,
          );
        }),
      ),
    ]);
  }
  if (film.distributors?.length) factRows.push([s.distributor, formatList(film.distributors, locale, 'unit')]);
  if (film.boxOffice) factRows.push([s.boxOffice, formatMoney(film.boxOffice, locale)]);
  if (film.budget) factRows.push([s.budget, formatMoney(film.budget, locale)]);
  const facts = factRows.length
    ? h(
        'dl',
        { part: 'facts', class: 'facts' },
        factRows.map(([label, value], i) => h('div', { key: i }, h('dt', null, label), h('dd', { dir: 'auto' }, value))),
      )
    : null;

  return h(
    'article',
    { part: 'base card', class: 'card surface', 'aria-labelledby': 'title' },
    posterNode,
    h('div', { class: 'body' }, header, summary, credits, synopsis, cast, facts),
  );
}
