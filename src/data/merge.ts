/**
 * One film from several sources (TMDB for the credits, OMDb for the scores, …): the films of a list of
 * inputs, each already parsed and validated, merged in the order given. Precedence:
 *
 * - A single value (title, year, synopsis, poster, runtime, content rating, budget, box office,
 *   soundtrack, …) comes from the first input that has it: put the source you trust most first.
 * - Lists of names (genres, countries, languages, distributors) come whole from the first input that
 *   has them: sources spell the same genre or country differently ("Sci-Fi", "Science Fiction"; "USA",
 *   "United States of America"), so a union would repeat them.
 * - Lists of records are joined without duplicates, in input order: ratings by source, reviews by
 *   author and date, cast and directors by name, writers and crew by name and role, awards by name,
 *   year, category and nominees, links by URL, releases by date and region (a release without a region
 *   or kind is the same as one with them on that date; releases end up in date order). Of two
 *   duplicates the first is kept, and
 *   what it lacks is taken from the other (an OMDb actor gains the character TMDB knows).
 *
 * Loaded only when a list of inputs first arrives (with the reading of the list, `parseList`).
 * Merging valid films gives a valid film: no second validation is needed.
 */
import type { Film, ParseResult, Problem } from './film.js';
import {
  detectFormat,
  fromJson,
  knownFormat,
  parseOne,
  type Mappings,
  type Need,
  type NeedsMapping,
  type ParseFailure,
  type ParseOptions,
} from './read.js';

type Item = Record<string, unknown>;

const fold = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLocaleLowerCase('en') : value === undefined ? '' : JSON.stringify(value);

/** The first entry, with the fields it lacks taken from the second. */
const fill = <T extends object>(first: T, second: T): T => {
  const merged = { ...first } as Item;
  for (const [key, value] of Object.entries(second)) if (merged[key] === undefined) merged[key] = value;
  return merged as T;
};

/** The entries of every list, duplicates (same key) merged into the first of them. */
function union<T extends object>(lists: T[][], key: (item: T) => string): T[] {
  const byKey = new Map<string, number>();
  const out: T[] = [];
  for (const item of lists.flat()) {
    const k = key(item);
    const at = byKey.get(k);
    if (at === undefined) byKey.set(k, out.push(item) - 1);
    else out[at] = fill(out[at]!, item);
  }
  return out;
}

const keyOf =
  <T extends object>(...fields: (keyof T)[]) =>
  (item: T) =>
    fields.map((field) => fold(item[field])).join('\u0000');

type Release = NonNullable<Film['releases']>[number];

/**
 * Releases by date and region; one with no region (or no kind) merges into another on that date that
 * has them. In date order, as the sources' lists are.
 */
function releases(lists: Release[][]): Release[] {
  const out: Release[] = [];
  for (const release of lists.flat()) {
    const same = out.findIndex(
      (other) =>
        other.date === release.date &&
        (!release.region || !other.region || fold(release.region) === fold(other.region)) &&
        (!release.kind || !other.kind || fold(release.kind) === fold(other.kind)),
    );
    if (same === -1) out.push(release);
    // The one that says more (a region, a kind) leads.
    else
      out[same] =
        (release.region && !out[same]!.region) || (release.kind && !out[same]!.kind)
          ? fill(release, out[same]!)
          : fill(out[same]!, release);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Merges the films of a list of inputs, earlier ones first (see the precedence above). */
export function mergeParsedFilms(films: readonly Film[]): Film {
  const film = {} as Record<string, unknown>;
  const lists = <K extends keyof Film>(key: K) =>
    films.map((f) => f[key]).filter((l): l is NonNullable<Film[K]> => Array.isArray(l) && l.length > 0);
  for (const source of films) {
    for (const [key, value] of Object.entries(source)) if (film[key] === undefined && !Array.isArray(value)) film[key] = value;
  }
  for (const key of ['genres', 'countries', 'languages', 'distributors'] as const) {
    const first = lists(key)[0];
    if (first) film[key] = first;
  }
  const joined: Partial<Film> = {
    directors: union(lists('directors'), keyOf('name')),
    writers: union(lists('writers'), keyOf('name', 'role')),
    cast: union(lists('cast'), keyOf('name')),
    crew: union(lists('crew'), keyOf('name', 'role')),
    releases: releases(lists('releases')),
    links: union(lists('links'), keyOf('url')),
    ratings: union(lists('ratings'), keyOf('source')),
    awards: union(lists('awards'), keyOf('name', 'year', 'category', 'nominees')),
    reviews: union(lists('reviews'), keyOf('author', 'date')),
  };
  for (const [key, value] of Object.entries(joined) as [string, unknown[]][]) if (value.length) film[key] = value;
  return film as unknown as Film;
}

/** `[3].ratings[0].url` for problem `ratings[0].url` of input 3. */
const inMember = (index: number, { path, message }: Problem): Problem => ({
  path: `[${index}]${path && !path.startsWith('[') ? '.' : ''}${path}`,
  message,
});

type Parsed = { index: number; result: ParseResult };

/**
 * A list of inputs for one film: each member parsed in its own format, then the films merged. The
 * separate TMDB responses of a film (details, credits, release_dates, …) are read together as one
 * input, in the place of the first. A member that gives no film is reported in `problems` (`[1]`) and
 * left out; the list fails only when no member gives a film.
 */
export function parseList(list: readonly unknown[], mappings: Mappings, options: ParseOptions): ParseResult | NeedsMapping {
  const format = knownFormat(options.format);
  const inputs: { index: number; value: unknown }[] = [];
  const failed: Parsed[] = [];
  let tmdb: unknown[] | undefined;
  list.forEach((member, index) => {
    const parsed = typeof member === 'string' ? fromJson(member) : { value: member };
    if ('ok' in parsed) failed.push({ index, result: parsed });
    else if ((format ?? detectFormat(parsed.value)) === 'tmdb' && !Array.isArray(parsed.value)) {
      if (!tmdb) inputs.push({ index, value: (tmdb = []) });
      tmdb.push(parsed.value);
    } else inputs.push({ index, value: parsed.value });
  });
  const finish = (loaded: Mappings): ParseResult | NeedsMapping => {
    const results = inputs.map(({ index, value }) => ({ index, result: parseOne(value, loaded, options) }));
    const needs = new Set<Need>(results.flatMap(({ result }) => ('needs' in result ? result.needs : [])));
    if (needs.size) return { needs: [...needs], resume: finish };
    const all = [...failed, ...(results as Parsed[])].sort((a, b) => a.index - b.index);
    const problems: Problem[] = [];
    const films: Film[] = [];
    for (const { index, result } of all) {
      if (result.ok) films.push(result.film);
      else problems.push({ path: `[${index}]`, message: result.message });
      problems.push(...result.problems.filter((problem) => result.ok || problem.path).map((problem) => inMember(index, problem)));
    }
    if (!films.length) {
      const first = all[0]!.result as ParseFailure;
      const message = list.length === 1 ? first.message : `None of the ${list.length} inputs gives a film (the first: ${first.message})`;
      return { ok: false, message, problems };
    }
    return { ok: true, film: films.length === 1 ? films[0]! : mergeParsedFilms(films), problems };
  };
  return finish(mappings);
}
