import { AWARD_RESULTS } from '../../data/enums.js';
import type { Award } from '../../data/film.js';
import type { AwardsStrings } from './film-awards-list.strings.js';

/*
 * How <film-awards-list> groups and counts a record: pure functions, kept out of the element so the
 * benchmark baselines (bench/views/awards-list.ts) group the same way without a copy.
 */

export type Result = Award['result'];
export type Counts = Record<Result, number>;

/** One disclosure: a ceremony (name + edition/year) or a person, with its entries in reading order. */
export interface Group {
  key: string;
  label: string;
  /** Edition and year of a ceremony ("68th, 1996"), or marks the film's own group (`film`). */
  detail?: string;
  film?: boolean;
  entries: Award[];
}

/** The results in the order the counts name them. */
export const RESULTS: readonly Result[] = AWARD_RESULTS;

/** The award that leads the list: the first Oscar the film won. */
const isHeadline = (award: Award) => award.result === 'won' && /academy award|oscar/i.test(award.name);

export const ceremonyDetail = (award: Award, separator = ', ') =>
  [award.edition, award.year].filter((part) => part !== undefined && part !== '').join(separator);

export const count = (entries: readonly Award[]): Counts => {
  const counts: Counts = { won: 0, nominated: 0, 'runner-up': 0 };
  for (const entry of entries) counts[entry.result]++;
  return counts;
};

/**
 * Ceremonies in chronological order (stable: same year, or no year, keeps data order; undated ones
 * last), entries in data order. The ceremony of the film's headline award (an Oscar win) goes first:
 * that is what a reader looks for.
 */
/** Groups by ceremony; `separator` goes between a ceremony's edition and year (the language's list separator). */
export function byCeremony(awards: readonly Award[], separator = ', '): Group[] {
  const groups = new Map<string, Group & { year: number }>();
  for (const award of awards) {
    const key = `${award.name}\u0000${award.edition ?? ''}\u0000${award.year ?? ''}`;
    let group = groups.get(key);
    if (!group)
      groups.set(
        key,
        (group = { key, label: award.name, detail: ceremonyDetail(award, separator), entries: [], year: award.year ?? Infinity }),
      );
    group.entries.push(award);
  }
  const list = [...groups.values()].sort((a, b) => a.year - b.year);
  const headline = list.findIndex((group) => group.entries.some(isHeadline));
  if (headline > 0) list.unshift(...list.splice(headline, 1));
  return list;
}

/**
 * The same entries regrouped by nominee, in the ceremony order above. Entries with no nominee belong to
 * the film itself, whose group comes first; people follow in order of first appearance.
 */
export function byPerson(awards: readonly Award[], title: string): Group[] {
  const film: Group = { key: '\u0000film', label: title, film: true, entries: [] };
  const people = new Map<string, Group>();
  for (const award of byCeremony(awards).flatMap((group) => group.entries)) {
    const nominees = award.nominees?.filter((name) => name.trim()) ?? [];
    if (!nominees.length) film.entries.push(award);
    for (const name of new Set(nominees)) {
      let group = people.get(name);
      if (!group) people.set(name, (group = { key: name, label: name, entries: [] }));
      group.entries.push(award);
    }
  }
  return [...(film.entries.length ? [film] : []), ...people.values()];
}

/** "1 win, 3 nominations" (with `separator` between); zero counts are left out. */
export function countsText(counts: Counts, separator: string, s: AwardsStrings): string {
  const countOf = { won: s.countWon, nominated: s.countNominated, 'runner-up': s.countRunnerUp };
  return RESULTS.filter((result) => counts[result])
    .map((result) => countOf[result](counts[result]))
    .join(separator);
}
