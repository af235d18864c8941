/**
 * Reviews checked by hand (issue 18): `validateFilm` checks reviews of the common valid shape without
 * valibot (src/data/validate.ts, `reviewByHand`), and hands anything else to the schema. These tests
 * hold that path to the schema's: for a corpus with every rule of ReviewSchema broken in each way,
 * and for generated reviews, `parseFilm` gives exactly what the schema alone gives (the film, its key
 * order, `undefined` values, the problems with their paths and messages), and valid reviews really
 * take the hand path.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';

import type { ParseResult } from '../src/data/film.js';
import { parseFilm } from '../src/data/parse.js';
import { ReviewSchema } from '../src/data/schema.js';
import { REVIEW_KEYS_BY_HAND, reviewByHand, validateBySchemaOnly, validateFilm } from '../src/data/validate.js';
import { textPayloads, urlPayloads } from './hardening/payloads.js';
import { sampleFilm } from './helpers.js';

type Json = Record<string, unknown>;

/** A result as text that keeps key order and keys whose value is `undefined` (JSON.stringify drops them). */
const exactly = (result: ParseResult) => JSON.stringify(result, (_, value: unknown) => (value === undefined ? '<undefined>' : value));

/** The film with these reviews through `parseFilm` (hand check) and through the schema alone: the same, to the key order. */
function expectSameAsSchema(reviews: unknown): ParseResult {
  const film = () => ({ ...sampleFilm(), reviews });
  const result = parseFilm(film());
  const bySchema = validateBySchemaOnly(film());
  expect(result).to.deep.equal(bySchema);
  expect(exactly(result)).to.equal(exactly(bySchema));
  return result;
}

const RLO = '\u202E';

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
