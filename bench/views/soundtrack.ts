/**
 * The DOM of `<film-soundtrack>` (src/elements/film-soundtrack/film-soundtrack.ts) with its defaults
 * (no `performer` filter, no `highlight`), for the baselines.
 */
import type { Soundtrack } from '../../src/data/film.js';
import { formatClock, formatDate, formatList, formatSpokenDuration } from '../../src/data/format.js';
import type { SoundtrackStrings as Strings } from '../../src/elements/film-soundtrack/film-soundtrack.strings.js';
import { FEATURED_LIMIT, tracklistView, type Row, type View } from '../../src/elements/film-soundtrack/tracklist.js';
import { around } from '../../src/internal/i18n.js';
import { disclosure, heading, type Child, type H } from './h.js';

/** The element's own derivation (rows, side/disc groups, total time, featured performers). */
export type SoundtrackView = View;
export const deriveSoundtrack = (soundtrack: Soundtrack, s: Strings): View => tracklistView(soundtrack, s);

export interface SoundtrackState {
  headingLevel: number;
  trackLimit: number;
  expanded: boolean;
}

export const initialSoundtrackState = (): SoundtrackState => ({ headingLevel: 3, trackLimit: 15, expanded: false });

function trackView<N>(h: H<N>, { track, position, seconds }: Row, view: SoundtrackView, s: Strings, locale: string): N {
  const performers = track.performers ?? [];
  const featured = performers.length > 0;
  const parts = featured ? 'track featured' : 'track';
  return h(
    'li',
    { key: position, part: parts, class: parts },
    h('span', { part: 'position', class: 'position' }, position),
    h(
      'span',
      { class: 'main' },
      h('span', { part: 'track-title', class: 'track-title' }, track.title),
      featured
        ? h(
            'span',
            { part: 'performers', class: 'performers' },
            h.svg(
              'svg',
              { class: 'mic', viewBox: '0 0 24 24', 'aria-hidden': 'true' },
              h.svg('path', { d: 'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM6 11a6 6 0 0 0 12 0M12 17v4M9 21h6' }),
            ),
            h('span', { class: 'visually-hidden' }, around(s.performedBy, 'names')[0]),
            formatList(performers, locale),
            h('span', { class: 'visually-hidden' }, around(s.performedBy, 'names')[1]),
          )
        : null,
      track.writers?.length
        ? h('span', { part: 'writers', class: 'writers' }, s.songWriters({ names: formatList(track.writers, locale) }))
        : null,
      track.note ? h('span', { class: 'note' }, track.note) : null,
    ),
    seconds !== undefined
      ? h(
          'span',
          { part: 'duration', class: 'duration' },
          h('time', { datetime: `PT${Math.round(seconds)}S`, 'aria-hidden': 'true' }, formatClock(seconds, locale)),
          h('span', { class: 'visually-hidden' }, formatSpokenDuration(seconds, locale)),
        )
      : view.hasDurations
        ? h('span', { class: 'duration', 'aria-hidden': 'true' }, '–')
        : null,
  );
}

export function soundtrackView<N>(
  h: H<N>,
  view: SoundtrackView,
  state: SoundtrackState,
  toggle: () => void,
  s: Strings,
  locale: string,
): N {
  const { soundtrack, performers, rows, groups, totalSeconds } = view;
  const total = soundtrack.tracks.length;

  // Facts
  const featured =
    performers.length > FEATURED_LIMIT + 1
      ? formatList([...performers.slice(0, FEATURED_LIMIT), s.otherPerformers(performers.length - FEATURED_LIMIT)], locale)
      : formatList(performers, locale);
  const factRows: [string, Child<N>][] = [];
  if (soundtrack.label) factRows.push([s.albumLabel, soundtrack.label]);
  if (soundtrack.catalogNumber) factRows.push([s.catalogNumber, soundtrack.catalogNumber]);
  if (soundtrack.released)
    factRows.push([s.albumReleased, h('time', { datetime: soundtrack.released }, formatDate(soundtrack.released, locale))]);
  if (soundtrack.composer) factRows.push([s.musicBy, soundtrack.composer]);
  if (performers.length) factRows.push([s.featuring, h('span', { class: 'performer' }, featured)]);
  const facts = factRows.length
    ? h(
        'dl',
        { part: 'facts', class: 'facts' },
        factRows.map(([label, value], i) => h('div', { key: i }, h('dt', null, label), h('dd', null, value))),
      )
    : null;

  // Tracklist: only the first `trackLimit` rows until expanded.
  const limit = state.trackLimit >= 1 ? Math.floor(state.trackLimit) : Infinity;
  const long = rows.length > limit;
  const visible = long && !state.expanded ? limit : rows.length;
  const level = state.headingLevel + 1;
  const tracklist = h(
    'div',
    { part: 'tracklist', class: 'tracklist' },
    heading(h, level, s.tracklist, { id: 'tracklist-heading', className: 'section-heading' }),
    h(
      'ul',
      { part: 'summary', class: 'summary separated' },
      h('li', null, s.trackCount(total)),
      totalSeconds
        ? h(
            'li',
            null,
            h('span', { 'aria-hidden': 'true' }, s.totalTime({ time: formatClock(totalSeconds, locale) })),
            h('span', { class: 'visually-hidden' }, s.totalTime({ time: formatSpokenDuration(totalSeconds, locale) })),
          )
        : null,
    ),
    total ? null : h('p', { class: 'empty' }, s.noTracks),
    h(
      'div',
      { id: 'tracks', class: view.hasDurations ? 'tracks timed' : 'tracks' },
      groups
        .filter((group) => group.start < visible)
        .map((group, g) => {
          const items = rows.slice(group.start, Math.min(group.end, visible)).map((row) => trackView(h, row, view, s, locale));
          return group.label === undefined
            ? h('ol', { key: g, 'aria-labelledby': 'tracklist-heading' }, items)
            : [
                heading(h, level + 1, group.label, { id: `group-${g}`, part: 'group-heading', className: 'group-heading' }),
                h('ol', { key: g, 'aria-labelledby': `group-${g}` }, items),
              ];
        }),
    ),
    long
      ? disclosure(h, {
          expanded: state.expanded,
          controls: 'tracks',
          label: state.expanded ? s.showFewerTracks : s.showAllTracks(rows.length),
          onToggle: toggle,
          oldPart: 'button',
        })
      : null,
  );

  const notes = soundtrack.notes?.length
    ? h(
        'div',
        { part: 'notes', class: 'notes' },
        heading(h, state.headingLevel + 1, s.albumNotes, { className: 'section-heading' }),
        h(
          'ul',
          null,
          soundtrack.notes.map((note, i) => h('li', { key: i }, note)),
        ),
      )
    : null;

  return h(
    'section',
    { part: 'base album', class: 'album surface', 'aria-labelledby': 'title' },
    h(
      'header',
      { part: 'header', class: 'header' },
      heading(h, state.headingLevel, soundtrack.title, { id: 'title', part: 'title', className: 'title' }),
      facts,
    ),
    tracklist,
    notes,
  );
}
