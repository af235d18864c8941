/**
 * The DOM of `<film-awards-list>` (src/elements/film-awards-list/film-awards-list.ts) with its defaults
 * (all results, grouped by ceremony, three groups open), for the baselines.
 */
import type { Award } from '../../src/data/film.js';
import { formatList } from '../../src/data/format.js';
import { byCeremony, count, countsText, type Counts, type Group, type Result } from '../../src/elements/film-awards-list/award-groups.js';
import type { AwardsStrings as Strings } from '../../src/elements/film-awards-list/film-awards-list.strings.js';
import { baseStrings } from '../../src/internal/base.strings.js';
import { disclosure, heading, type H } from './h.js';

const OPEN_GROUPS = 3;

/** Ceremonies in chronological order, the one with the headline Oscar first: the element's own grouping. */
export const groupAwards = byCeremony;

const ICONS: Record<Result, (h: H<unknown>) => unknown[]> = {
  won: (h) => [h.svg('path', { d: 'M7 4h10v4a5 5 0 0 1-10 0zM7 6H4v1a3 3 0 0 0 3 3M17 6h3v1a3 3 0 0 1-3 3M12 13v4M8 21h8M9.5 17h5' })],
  nominated: (h) => [h.svg('circle', { key: 0, cx: '12', cy: '12', r: '7' }), h.svg('circle', { key: 1, cx: '12', cy: '12', r: '2.5' })],
  'runner-up': (h) => [
    h.svg('circle', { key: 0, cx: '12', cy: '9', r: '5.5' }),
    h.svg('path', { key: 1, d: 'M9 14l-2 7 5-2.5 5 2.5-2-7' }),
  ],
};

export function awardsListView<N>(h: H<N>, awards: readonly Award[], groups: readonly Group[], s: Strings, locale: string): N | null {
  if (!awards.length) return null;
  const common = baseStrings(locale);
  const countsOf = (counts: Counts, separator: string) => countsText(counts, separator, s);
  const totals = count(awards);
  const open = (index: number) => index < OPEN_GROUPS;
  const allOpen = groups.every((_, i) => open(i));
  return h(
    'div',
    { part: 'base awards', class: 'awards surface' },
    h('p', { part: 'summary', class: 'summary' }, countsOf(totals, ' · ')),
    groups.length
      ? h(
          'ul',
          { part: 'groups', id: 'groups', class: 'groups', role: 'list', 'aria-label': s.byCeremony },
          groups.map((group, index) => {
            const counts = count(group.entries);
            const toggle = h(
              'button',
              {
                part: 'group-toggle',
                class: 'toggle',
                'aria-expanded': open(index) ? 'true' : 'false',
                'aria-controls': `entries-${index}`,
              },
              h.svg('svg', { class: 'chevron', viewBox: '0 0 24 24', 'aria-hidden': 'true' }, h.svg('path', { d: 'M9 6l6 6-6 6' })),
              h(
                'span',
                { class: 'label' },
                h('span', { class: 'name' }, group.label),
                group.detail ? [' ', h('span', { class: 'detail' }, group.detail)] : null,
              ),
              h('span', { class: 'visually-hidden' }, ': '),
              h('span', { part: 'group-counts', class: 'counts' }, countsOf(counts, common.listSeparator)),
            );
            return h(
              'li',
              { key: group.key, part: 'group', class: 'group' },
              heading(h, 3, toggle, { part: 'group-heading', className: 'group-heading' }),
              h(
                'ul',
                { id: `entries-${index}`, part: 'entries', class: 'entries', role: 'list', hidden: !open(index) },
                group.entries.map((entry, j) => {
                  const word = s.awardResult[entry.result];
                  const nominees = entry.nominees?.filter((name) => name.trim()) ?? [];
                  const names = nominees.length ? formatList(nominees, locale) : '';
                  return h(
                    'li',
                    { key: j, part: 'entry', class: `entry ${entry.result}` },
                    h(
                      'span',
                      { part: 'result', class: 'result' },
                      h.svg('svg', { viewBox: '0 0 24 24', role: 'img', 'aria-label': word }, ICONS[entry.result](h as H<unknown>) as N[]),
                      h('span', { class: 'word', 'aria-hidden': 'true' }, word),
                    ),
                    h(
                      'span',
                      { class: 'text' },
                      h('span', { class: 'category' }, entry.category),
                      names
                        ? [
                            h('span', { key: 'c', class: 'visually-hidden' }, common.listSeparator),
                            h('span', { key: 'n', class: 'nominees' }, names),
                          ]
                        : null,
                    ),
                  );
                }),
              ),
            );
          }),
        )
      : null,
    groups.length > OPEN_GROUPS
      ? disclosure(h, {
          expanded: allOpen,
          controls: 'groups',
          label: allOpen ? s.showFewer : s.showAllCeremonies(groups.length),
          oldPart: 'show-all',
        })
      : null,
  );
}
