/**
 * The hand check (issue 18): the elements validate a film of the common valid shape without valibot
 * (src/data/validate-by-hand.ts: `validateByHand`, and `reviewByHand` for each review), and hand
 * anything else to the schema (src/data/validate.ts). These tests hold the hand check to the schema's
 * results: for the sample film, the films the mappings make of the samples, a film with every key of
 * every object of the format, every path of those films replaced by each kind of wrong (and right)
 * value, a corpus with every rule of ReviewSchema broken in each way and generated films and reviews,
 * whatever the hand check returns is exactly what the schema alone gives (the film, its key order,
 * `undefined` values), the film as `validateFilm` gives it is too (problems with their paths and
 * messages included), and the valid films really take the hand path.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';

import type { ParseResult } from '../src/data/film.js';
import { fromOmdb } from '../src/data/omdb.js';
import { parseFilm } from '../src/data/parse.js';
import { fromSchemaOrg } from '../src/data/schema-org.js';
import { FilmSchema, ReviewSchema } from '../src/data/schema.js';
import { fromTmdb, type TmdbInput } from '../src/data/tmdb.js';
import { REVIEW_KEYS_BY_HAND, reviewByHand, validateByHand } from '../src/data/validate-by-hand.js';
import { validateBySchemaOnly, validateFilm } from '../src/data/validate.js';
import imdbSample from '../src/samples/leaving-las-vegas.imdb-jsonld.json';
import omdbSample from '../src/samples/leaving-las-vegas.omdb.json';
import tmdbSample from '../src/samples/leaving-las-vegas.tmdb.json';
import { textPayloads, urlPayloads } from './hardening/payloads.js';
import { sampleFilm } from './helpers.js';

type Json = Record<string, unknown>;
type Key = string | number;
/** What the coverage test reads of a valibot schema. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  options?: SchemaNode[];
}

/** A result as text that keeps key order and keys whose value is `undefined` (JSON.stringify drops them). */
const exactly = (result: ParseResult | undefined) =>
  JSON.stringify(result, (_, value: unknown) => (value === undefined ? '<undefined>' : value));

/** The film with these reviews through `parseFilm` (hand check) and through the schema alone: the same, to the key order. */
function expectSameAsSchema(reviews: unknown): ParseResult {
  const film = () => ({ ...sampleFilm(), reviews });
  const result = parseFilm(film());
  const bySchema = validateBySchemaOnly(film());
  expect(result).to.deep.equal(bySchema);
  expect(exactly(result)).to.equal(exactly(bySchema));
  return result;
}

/**
 * A film (made anew by `make` for each path, which may read it) through the hand check, through
 * `validateFilm` and through the schema alone. The hand check gives exactly the schema's result or
 * nothing, and nothing only when the schema has something to say (it refuses no valid film), and
 * `validateFilm` gives exactly the schema's result. Returns whether the hand check took it.
 */
function expectPathsAgree(make: () => unknown, what: string): boolean {
  const bySchema = validateBySchemaOnly(make());
  const byHand = validateByHand(make());
  const valid = bySchema.ok && bySchema.problems.length === 0;
  expect(byHand !== undefined, `${what}: the hand check takes it exactly when the schema finds nothing to say`).to.equal(valid);
  if (byHand) {
    expect(byHand, what).to.deep.equal(bySchema);
    expect(exactly(byHand), what).to.equal(exactly(bySchema));
  }
  const result = validateFilm(make());
  expect(result, what).to.deep.equal(bySchema);
  expect(exactly(result), what).to.equal(exactly(bySchema));
  return byHand !== undefined;
}

/** A film with every key of every object of the format, each union in its object form too. */
const everyKey = () => ({
  title: 'Every key',
  originalTitle: 'Original',
  year: 1995,
  synopsis: 'Synopsis',
  tagline: 'Tagline',
  poster: { src: 'posters/p.svg', alt: 'Alt', width: 300, height: 450 },
  runtime: 'PT1H52M',
  contentRating: 'R',
  genres: ['Drama'],
  countries: ['US'],
  languages: ['en'],
  directors: ['Director', { name: 'Other director', url: 'https://example.com/d' }],
  writers: [{ name: 'Writer', role: 'screenplay', url: '/w' }],
  basedOn: { title: 'Book', author: 'Author', year: 1990, kind: 'novel' },
  cast: [{ name: 'Actor', character: 'Character', url: '/c' }],
  crew: [{ name: 'Editor', role: 'editor', url: '/e' }],
  releases: [{ date: '1995-10-27', region: 'US', kind: 'theatrical', note: 'Limited' }],
  distributors: ['Distributor'],
  format: '35 mm',
  budget: { amount: 3_600_000, currency: 'USD' },
  boxOffice: { amount: 49_800_000.5, currency: 'EUR' },
  links: [{ label: 'Site', url: 'https://example.com/' }],
  ratings: [
    {
      source: 'Source',
      value: 90,
      max: 100,
      unit: '%',
      kind: 'critics',
      count: 10,
      average: { value: 7.5, max: 10 },
      summary: 'Summary',
      url: '/r',
      own: true,
    },
  ],
  awards: [{ name: 'Award', edition: '68th', year: 1996, category: 'Best Actor', nominees: ['Nominee'], result: 'runner-up' }],
  awardsSummary: 'Won 1 award',
  reviews: [
    {
      author: 'Critic',
      outlet: 'Outlet',
      kind: 'critics',
      date: '1995-10',
      rating: { value: 4, max: 5 },
      verdict: 'negative',
      title: 'Title',
      text: 'Text',
      url: '/review',
    },
  ],
  soundtrack: {
    title: 'Soundtrack',
    released: '1995',
    label: 'Label',
    catalogNumber: 'CAT-1',
    composer: 'Composer',
    notes: ['Note'],
    tracks: [
      { position: 1, title: 'One', performers: ['Performer'], writers: ['Writer'], duration: '3:12', note: 'Note' },
      { position: 'B2', title: 'Two', duration: 'PT4M5.5S' },
      { title: 'Three', duration: 200.5 },
      { title: 'Four', duration: '1:02:03' },
    ],
  },
});

/** The sample film with each list cut down to the entries that bring a shape the kept ones do not have (every path, fewer values). */
function shapesOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (!Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shapesOf(child)]));
  const seen = new Set<string>();
  const shape = (item: unknown): string =>
    typeof item !== 'object' || item === null
      ? typeof item
      : JSON.stringify(Object.entries(item).map(([key, child]) => [key, shape(child)]));
  return value.filter((item) => !seen.has(shape(item)) && seen.add(shape(item))).map(shapesOf);
}

/** Every path in a value, the root (`[]`) first. */
function pathsIn(value: unknown, path: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(path);
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) pathsIn((value as Json)[key], [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

const at = (root: unknown, path: readonly Key[]) => path.reduce<unknown>((value, key) => (value as Json)[key as string], root);

const RLO = '\u202E';

/** Values put at every path: each wrong type, edge numbers, open direction controls, bad dates and URLs, and the right values of other places. */
const REPLACEMENTS: [name: string, value: unknown][] = [
  ['a number', 42],
  ['text', 'x'],
  ['empty text', ''],
  ['true', true],
  ['null', null],
  ['an empty list', []],
  ['an empty object', {}],
  ['undefined', undefined],
  ['NaN', Number.NaN],
  ['Infinity', Infinity],
  ['-1', -1],
  ['0', 0],
  ['-0', -0],
  ['1.5', 1.5],
  ['1e9', 1e9],
  ['an RLO left open', `A${RLO}`],
  ['an LRI left open', '\u2066B'],
  ['a closer alone', 'C\u2069'],
  ['a date that does not exist', '1995-02-31'],
  ['a month 13', '1995-13'],
  ['a date', '1995-10-27'],
  ['an unsafe URL', 'javascript:alert(1)'],
  ['a URL', 'https://example.com/x'],
  ['a relative URL with an RLO', `/x${RLO}`],
  ['%', '%'],
  ['critics', 'critics'],
  ['audience', 'audience'],
  ['won', 'won'],
  ['positive', 'positive'],
  ['a currency', 'USD'],
  ['an ISO duration', 'PT2H'],
  ['m:ss', '3:12'],
  ['25 hours', '25:00:00'],
  ['PT30H', 'PT30H'],
  ['a day and a second', 86_401],
  ['a list of text', ['a', `b${RLO}`]],
  ['a list of numbers', [1]],
  ['{ name }', { name: 'N' }],
  ['{ value, max }', { value: 1, max: 2 }],
  ['{ value, max } out of scale', { value: 3, max: 2 }],
  ['a list with value and max', Object.assign([], { value: 1, max: 2 })],
];

/** Puts `value` at `path` in `root` (in place of the root when the path is empty) and returns the root. */
function put(root: Json, path: readonly Key[], value: unknown): Json {
  if (path.length === 0) return value as Json;
  (at(root, path.slice(0, -1)) as Json)[path[path.length - 1] as string] = value;
  return root;
}

/** A change to a film: returns the film changed (in place, or a new root). */
type Mutation = [what: string, mutate: (film: Json) => Json];

/** Each way to change a film at each of its paths: a value replaced, deleted or inherited, an object with an unknown key or as a list. */
function mutations(base: unknown): Mutation[] {
  const out: Mutation[] = [];
  for (const path of pathsIn(base)) {
    const where = path.join('.') || '(the film)';
    const value = at(base, path);
    if (path.length > 0) {
      const parentPath = path.slice(0, -1);
      const key = path[path.length - 1]!;
      for (const [name, replacement] of REPLACEMENTS)
        out.push([`${where} = ${name}`, (film) => put(film, path, structuredClone(replacement))]);
      out.push([
        `${where} deleted`,
        (film) => {
          delete (at(film, parentPath) as Json)[key as string];
          return film;
        },
      ]);
      if (!Array.isArray(at(base, parentPath))) {
        out.push([
          `${where} inherited`,
          (film) => {
            const { [key]: inherited, ...own } = at(film, parentPath) as Json;
            return put(film, parentPath, Object.assign(Object.create({ [key]: inherited }) as Json, own));
          },
        ]);
      }
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out.push([`${where} with an unknown key`, (film) => put(film, [...path, 'unknown'], { nested: 1 })]);
      out.push([`${where} as a list`, (film) => put(film, path, Object.assign([], at(film, path)))]);
    }
  }
  return out;
}

/** Films that were made valid: the sample, the films the mappings make of the samples, every key. */
const VALID_FILMS: [name: string, film: () => unknown][] = [
  ['the sample film', sampleFilm],
  ['every key of the format', everyKey],
  ['the title alone', () => ({ title: 'T' })],
  ['the TMDB sample, mapped', () => fromTmdb(structuredClone(tmdbSample) as TmdbInput)],
  ['the OMDb sample, mapped', () => fromOmdb(structuredClone(omdbSample) as never)],
  ['the IMDb JSON-LD sample, mapped', () => fromSchemaOrg(structuredClone(imdbSample))],
  [
    'the sample with the other forms of its values',
    () => ({
      ...sampleFilm(),
      poster: 'posters/leaving-las-vegas.svg',
      runtime: 'PT1H52M',
      directors: ['Mike Figgis'],
    }),
  ],
  [
    'optional keys present as undefined',
    () => ({
      ...everyKey(),
      ...Object.fromEntries(
        Object.keys(everyKey())
          .filter((key) => key !== 'title')
          .map((key) => [key, undefined]),
      ),
    }),
  ],
];

describe('data: the hand check of a film agrees with the schema', () => {
  it('a film with every key of every object of the format: the fixture covers FilmSchema', () => {
    // Each object schema and the keys the fixture gives it somewhere (a track has its keys over several tracks).
    const given = new Map<SchemaNode, Set<string>>();
    const all = new Set<SchemaNode>();
    const collect = (schema: SchemaNode) => {
      if (schema.type === 'object') {
        if (all.has(schema)) return;
        all.add(schema);
        Object.values(schema.entries!).forEach(collect);
      } else if (schema.type === 'optional') collect(schema.wrapped!);
      else if (schema.type === 'array') collect(schema.item!);
      else if (schema.type === 'union') schema.options!.forEach(collect);
    };
    const cover = (schema: SchemaNode, value: unknown) => {
      if (schema.type === 'optional') cover(schema.wrapped!, value);
      else if (schema.type === 'array') (value as unknown[]).forEach((item) => cover(schema.item!, item));
      else if (schema.type === 'union') {
        for (const option of schema.options!) if (typeof value === 'object' && option.type === 'object') cover(option, value);
      } else if (schema.type === 'object') {
        if (!given.has(schema)) given.set(schema, new Set());
        for (const [key, entry] of Object.entries(schema.entries!)) {
          if (!(key in (value as Json))) continue;
          given.get(schema)!.add(key);
          cover(entry, (value as Json)[key]);
        }
      }
    };
    const film = FilmSchema as unknown as SchemaNode;
    collect(film);
    cover(film, everyKey());
    expect(given.size, 'object schemas the fixture reaches').to.equal(all.size);
    const missing = [...given].flatMap(([schema, keys]) => Object.keys(schema.entries!).filter((key) => !keys.has(key)));
    expect(missing, 'keys of the schema the fixture never gives').to.deep.equal([]);
  });

  for (const [name, film] of VALID_FILMS) {
    it(`takes a valid film by hand, exactly as the schema gives it: ${name}`, () => {
      const bySchema = validateBySchemaOnly(film());
      expect(bySchema.ok && bySchema.problems, 'the schema takes it with nothing to say').to.deep.equal([]);
      expect(validateByHand(film()), 'the hand check takes it').to.not.equal(undefined);
      expectPathsAgree(film, name);
    });
  }

  it('the keys of the film come out in the schema order, unknown keys left out', () => {
    const input = Object.fromEntries(Object.entries(everyKey()).reverse());
    const result = validateByHand({ ...input, unknown: 1, __proto__: { inherited: 1 } });
    if (!result?.ok) throw new Error('refused');
    expect(exactly(result)).to.equal(exactly(validateBySchemaOnly(everyKey())));
    expect(Object.keys(result.film)).to.not.include('unknown');
  });

  for (const [name, base] of [
    ['the sample film (each list cut to its shapes)', shapesOf(sampleFilm())],
    ['the film with every key', everyKey()],
  ] as const) {
    it(`every path of ${name}, replaced, deleted, inherited or with an unknown key: the paths agree`, function () {
      this.timeout(120_000);
      let taken = 0;
      const cases = mutations(base);
      for (const [what, mutate] of cases) {
        const make = () => mutate(structuredClone(base) as Json);
        if (expectPathsAgree(make, what)) taken++;
      }
      // Not vacuous: many mutations leave a valid film (an optional key deleted, undefined, a right value put back).
      expect(taken).to.be.greaterThan(cases.length / 20);
      expect(taken).to.be.lessThan(cases.length);
    });
  }

  it('generated films (several paths changed at once) give what the schema gives', () => {
    const base = shapesOf(sampleFilm());
    const cases = mutations(base);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: cases.length - 1 }), { minLength: 1, maxLength: 4 }), (picks) => {
        const make = () => {
          let film = structuredClone(base) as Json;
          for (const pick of picks) {
            try {
              film = cases[pick]![1](film);
            } catch {
              // An earlier change removed the place a later one changes.
            }
          }
          return film;
        };
        expectPathsAgree(make, picks.map((pick) => cases[pick]![0]).join(', '));
      }),
      { seed: 18, numRuns: 400 },
    );
  });

  it('refuses what is not a film object, for the schema to say why', () => {
    for (const input of [undefined, null, 'film', 42, true, [], [{ title: 'T' }], Object.assign([], { title: 'T' }), () => 1]) {
      expect(validateByHand(input)).to.equal(undefined);
      expect(validateFilm(input)).to.deep.equal(validateBySchemaOnly(input));
    }
    for (const input of [{}, { title: '' }, { title: 1 }, { title: undefined }, { name: 'T' }]) {
      expect(validateByHand(input)).to.equal(undefined);
      expect(validateFilm(input)).to.deep.equal(validateBySchemaOnly(input));
    }
  });

  it('a film whose getter throws: refused, and validateFilm fails where the schema fails', () => {
    const hostile = () =>
      Object.defineProperty({ title: 'Getters' }, 'genres', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    expect(validateByHand(hostile())).to.equal(undefined);
    expect(() => validateBySchemaOnly(hostile())).to.throw('boom');
    expect(() => validateFilm(hostile())).to.throw('boom');
  });

  it('does not modify its input, and shares no object with it', () => {
    const input = everyKey();
    const before = JSON.stringify(input);
    const result = validateByHand(input);
    if (!result?.ok) throw new Error('refused');
    expect(JSON.stringify(input)).to.equal(before);
    const inputObjects = new Set<unknown>();
    const collect = (value: unknown) => {
      if (typeof value !== 'object' || value === null) return;
      inputObjects.add(value);
      Object.values(value).forEach(collect);
    };
    collect(input);
    const shared: string[] = [];
    for (const path of pathsIn(result.film)) if (inputObjects.has(at(result.film, path))) shared.push(path.join('.'));
    expect(shared).to.deep.equal([]);
  });

  it('a film with many reviews and one bad value elsewhere: the schema path, with the same result', () => {
    const sample = sampleFilm().reviews!;
    const film = () => ({
      ...sampleFilm(),
      poster: 'javascript:alert(1)',
      reviews: Array.from({ length: 2000 }, (_, i) => ({ ...sample[i % sample.length]!, author: `Author ${i}` })),
    });
    expect(validateByHand(film())).to.equal(undefined);
    const result = validateFilm(film());
    expect(result).to.deep.equal(validateBySchemaOnly(film()));
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['poster']);
  });
});

/** Reviews the hand check takes: every field in each of its valid forms. */
const VALID: [name: string, review: unknown][] = [
  ['only the required fields', { author: 'A', text: 'T' }],
  [
    'every field',
    {
      author: 'A',
      outlet: 'O',
      kind: 'critic',
      date: '1995-10-27',
      rating: { value: 3.5, max: 5 },
      verdict: 'positive',
      title: 'Ti',
      text: 'T',
      url: 'https://example.com/r',
    },
  ],
  ['keys in another order', { text: 'T', url: '/r', verdict: 'negative', author: 'A', kind: 'audience' }],
  ['the 0.1 spelling "critics"', { author: 'A', text: 'T', kind: 'critics' }],
  ['a year', { author: 'A', text: 'T', date: '1995' }],
  ['a month', { author: 'A', text: 'T', date: '1995-02' }],
  ['the 28th of February', { author: 'A', text: 'T', date: '1995-02-28' }],
  ['a leap day', { author: 'A', text: 'T', date: '2024-02-29' }],
  ['the 31st of a long month', { author: 'A', text: 'T', date: '1995-12-31' }],
  ['a score of 0', { author: 'A', text: 'T', rating: { value: 0, max: 10 } }],
  ['a score at its maximum', { author: 'A', text: 'T', rating: { value: 10, max: 10 } }],
  ['a scale with more keys', { author: 'A', text: 'T', rating: { value: 1, max: 2, min: 0 } }],
  ['a scale as a list with value and max', { author: 'A', text: 'T', rating: Object.assign([], { value: 1, max: 2 }) }],
  ['empty optional texts', { author: '', text: 'T', outlet: '', title: '' }],
  [
    'optional keys present as undefined',
    {
      author: 'A',
      text: 'T',
      outlet: undefined,
      kind: undefined,
      date: undefined,
      rating: undefined,
      verdict: undefined,
      title: undefined,
      url: undefined,
    },
  ],
  ['unknown keys', { author: 'A', text: 'T', score: 5, source: 'x', nested: { a: 1 } }],
  ['an own __proto__ key', Object.defineProperty({ author: 'A', text: 'T' }, '__proto__', { value: 'x', enumerable: true })],
  ['inherited keys', Object.assign(Object.create({ author: 'Inherited', outlet: 'Proto' }) as Json, { text: 'T' })],
  ['a relative URL', { author: 'A', text: 'T', url: 'reviews/1' }],
  [
    'direction controls left open',
    { author: `${RLO}A`, outlet: `O${RLO}`, title: `\u2067Ti`, text: `T\u202C\u2069${RLO}`, url: `/r${RLO}` },
  ],
  ...textPayloads(18).map(([name, payload]): [string, unknown] => [
    `payload: ${name}`,
    { author: payload, title: payload, text: payload || 'T' },
  ]),
  ...urlPayloads(18)
    .filter(([, , safe]) => safe)
    .map(([name, url]): [string, unknown] => [`safe URL: ${name}`, { author: 'A', text: 'T', url }]),
  ...(sampleFilm().reviews ?? []).map((review, i): [string, unknown] => [`the sample's review ${i}`, review]),
];

/** Reviews the schema refuses: each rule of ReviewSchema broken in each way. */
const INVALID: [name: string, review: unknown][] = [
  ['null', null],
  ['text instead of a review', 'A review'],
  ['a number', 42],
  ['a list', []],
  ['undefined', undefined],
  ['no author', { text: 'T' }],
  ['an undefined author', { author: undefined, text: 'T' }],
  ...[42, null, {}, ['A'], true].map((author): [string, unknown] => [`author ${JSON.stringify(author)}`, { author, text: 'T' }]),
  ...[42, null, {}, false].map((outlet): [string, unknown] => [`outlet ${JSON.stringify(outlet)}`, { author: 'A', text: 'T', outlet }]),
  ...['press', 'Critic', 'critic ', '', null, 1].map((kind): [string, unknown] => [
    `kind ${JSON.stringify(kind)}`,
    { author: 'A', text: 'T', kind },
  ]),
  ...[
    '1995-13-01',
    '1995-00-10',
    '1995-02-30',
    '2023-02-29',
    '1995-04-31',
    '1995-2-3',
    '95',
    '1995-10-27T10:00',
    '',
    ' 1995',
    19951027,
    null,
  ].map((date): [string, unknown] => [`date ${JSON.stringify(date)}`, { author: 'A', text: 'T', date }]),
  ...[
    null,
    5,
    'five',
    {},
    { value: 3 },
    { max: 5 },
    { value: 6, max: 5 },
    { value: -1, max: 5 },
    { value: 0, max: 0 },
    { value: 1, max: -2 },
    { value: '3', max: 5 },
    { value: 3, max: '5' },
    { value: Number.NaN, max: 5 },
    { value: 3, max: Number.NaN },
    { value: Infinity, max: Infinity },
    { value: 3, max: Infinity },
    { value: null, max: 5 },
  ].map((rating): [string, unknown] => [`rating ${String(JSON.stringify(rating))}`, { author: 'A', text: 'T', rating }]),
  ...['good', 'Positive', '', null, true].map((verdict): [string, unknown] => [
    `verdict ${JSON.stringify(verdict)}`,
    { author: 'A', text: 'T', verdict },
  ]),
  ...[1, null, {}].map((title): [string, unknown] => [`title ${JSON.stringify(title)}`, { author: 'A', text: 'T', title }]),
  ['no text', { author: 'A' }],
  ...[undefined, '', 42, null, ['T']].map((text): [string, unknown] => [`text ${String(JSON.stringify(text))}`, { author: 'A', text }]),
  ...[42, null, {}].map((url): [string, unknown] => [`url ${JSON.stringify(url)}`, { author: 'A', text: 'T', url }]),
  ...urlPayloads(18)
    .filter(([, , safe]) => !safe)
    .map(([name, url]): [string, unknown] => [`unsafe URL: ${name}`, { author: 'A', text: 'T', url }]),
  ['several fields wrong at once', { author: 1, kind: 'x', date: '1995-02-31', rating: { value: 9, max: 5 }, text: '' }],
];

describe('data: reviews checked by hand agree with the schema', () => {
  it('knows exactly the keys of ReviewSchema, in its order (a new field must be added to the hand check)', () => {
    expect(REVIEW_KEYS_BY_HAND).to.deep.equal(Object.keys(ReviewSchema.entries));
  });

  for (const [name, review] of VALID) {
    it(`takes a valid review by hand, as the schema would: ${name}`, () => {
      expect(v.safeParse(ReviewSchema, review).success, 'the schema accepts it').to.equal(true);
      expect(reviewByHand(review), 'the hand check accepts it').to.not.equal(undefined);
      const result = expectSameAsSchema([review, review]);
      expect(result.problems).to.deep.equal([]);
    });
  }

  for (const [name, review] of INVALID) {
    it(`leaves an invalid review to the schema, same problems: ${name}`, () => {
      expect(v.safeParse(ReviewSchema, review).success, 'the schema refuses it').to.equal(false);
      expect(reviewByHand(review), 'the hand check refuses it').to.equal(undefined);
      const result = expectSameAsSchema([{ author: 'Before', text: 'T' }, review, { author: 'After', text: 'T' }]);
      expect(result.problems.length).to.be.greaterThan(0);
      expect(result.problems.every((problem) => problem.path.startsWith('reviews[1]'))).to.equal(true);
    });
  }

  it('a film with every review of the corpus at once: the same film, problems and paths', () => {
    const reviews = [...VALID, ...INVALID].map(([, review]) => review);
    const result = expectSameAsSchema(reviews);
    if (!result.ok) throw new Error(result.message);
    // Every valid review kept; an invalid one only when just a hint (its URL, its verdict) was wrong.
    expect(result.film.reviews).to.have.length.of.at.least(VALID.length);
    expect(new Set(result.problems.map((problem) => problem.path.replace(/\].*/, ']'))).size).to.equal(INVALID.length);
  });

  it('reviews that are not a list, or absent, or undefined', () => {
    for (const reviews of [undefined, null, 'none', 42, { 0: { author: 'A', text: 'T' } }, []]) expectSameAsSchema(reviews);
    const withoutKey: Json = sampleFilm();
    delete withoutKey.reviews;
    expect(parseFilm(withoutKey)).to.deep.equal(validateBySchemaOnly(structuredClone(withoutKey)));
  });

  it('a list with holes', () => {
    // eslint-disable-next-line no-sparse-arrays
    expectSameAsSchema([{ author: 'A', text: 'T' }, , { author: 'B', text: 'T' }]);
  });

  it('a review whose getter throws fails as the schema path fails', () => {
    const hostile = Object.defineProperty({ author: 'A' }, 'text', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(reviewByHand({ author: 'A', text: 'T' })).to.not.equal(undefined);
    const film = { title: 'Getters', reviews: [{ author: 'A', text: 'T' }, hostile] };
    // Both paths meet the getter's error where the schema reads it (parseFilm turns it into a failure).
    expect(() => validateBySchemaOnly(film)).to.throw('boom');
    expect(() => validateFilm(film)).to.throw('boom');
    expect(parseFilm(film)).to.deep.equal({
      ok: false,
      message: 'The film data could not be read (boom).',
      problems: [{ path: '', message: 'boom' }],
    });
  });

  it('other problems in the film with valid reviews: the same problems, the reviews kept', () => {
    const film = () => ({
      ...sampleFilm(),
      year: 'nineteen',
      budget: { amount: 1, currency: 'dollars' },
      reviews: VALID.map(([, review]) => review),
    });
    const result = parseFilm(film());
    expect(result).to.deep.equal(validateBySchemaOnly(film()));
    expect(exactly(result)).to.equal(exactly(validateBySchemaOnly(film())));
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['year', 'budget.currency']);
  });

  it('does not modify its input, and shares no object with it', () => {
    const reviews = VALID.map(([, review]) => review).filter((review) => Object.getPrototypeOf(review) === Object.prototype);
    const input = { title: 'Copies', reviews };
    const before = exactly({ ok: true, film: input as never, problems: [] });
    const result = parseFilm(input);
    if (!result.ok) throw new Error(result.message);
    expect(exactly({ ok: true, film: input as never, problems: [] })).to.equal(before);
    expect(result.film.reviews).to.not.equal(reviews);
    result.film.reviews!.forEach((review, i) => {
      expect(review).to.not.equal(reviews[i]);
      if (review.rating) expect(review.rating).to.not.equal((reviews[i] as Json).rating);
    });
  });

  it('generated reviews (valid, nearly valid and junk) give what the schema gives', () => {
    const pick = <T>(...values: T[]) => fc.constantFrom(...values);
    const value = {
      author: pick<unknown>('A', '', `${RLO}A`, 1, null, undefined),
      outlet: pick<unknown>('O', '', `O\u2067`, 2, null, undefined),
      kind: pick<unknown>('critic', 'audience', 'critics', 'Critic', '', null, undefined),
      date: pick<unknown>('1995', '1995-10', '2024-02-29', '2023-02-29', '1995-11-31', '1995-13', '95-10-27', 1995, undefined),
      rating: pick<unknown>(
        { value: 1, max: 5 },
        { value: 0, max: 1 },
        { value: 5, max: 5, min: 0 },
        { value: 6, max: 5 },
        { value: 1, max: 0 },
        { value: '1', max: 5 },
        { value: Number.NaN, max: 5 },
        { max: 5 },
        null,
        7,
        undefined,
      ),
      verdict: pick<unknown>('positive', 'negative', 'fresh', null, undefined),
      title: pick<unknown>('Ti', '', 3, undefined),
      text: pick<unknown>('T', `T${RLO}`, '', 4, null, undefined),
      url: pick<unknown>('https://example.com/', '/r', 'javascript:alert(1)', '', 5, undefined),
      extra: pick<unknown>('x', 1, { nested: true }),
    };
    // Each key absent or present (with a value that may be undefined).
    const review = fc.oneof(
      { weight: 8, arbitrary: fc.record(value, { requiredKeys: ['author', 'text'] }) },
      { weight: 4, arbitrary: fc.record(value, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'text', 3, [], {}) },
    );
    fc.assert(
      fc.property(fc.array(review, { maxLength: 6 }), (reviews) => {
        expectSameAsSchema(reviews);
      }),
      { seed: 18, numRuns: 500 },
    );
  });

  it('the hand check is taken for a long list of valid reviews', () => {
    const sample = sampleFilm().reviews!;
    const reviews = Array.from({ length: 2000 }, (_, i) => ({ ...sample[i % sample.length]!, author: `Author ${i}` }));
    expect(reviews.every((review) => reviewByHand(review) !== undefined)).to.equal(true);
    const result = expectSameAsSchema(reviews);
    if (!result.ok) throw new Error(result.message);
    expect(result.film.reviews).to.have.lengthOf(2000);
  });
});
