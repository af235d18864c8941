/**
 * The data layer on its own, in every browser: parse + validate (problems with paths), the
 * schema.org mapping, and the Intl formatters. No elements here.
 */
import { expect } from '@open-wc/testing';

import type { Film, Problem } from '../src/data/film.js';
import { formatClock, formatDate, formatMoney, formatRuntime, formatSpokenDuration } from '../src/data/format.js';
import { parseFilm } from '../src/data/parse.js';
import { sampleFilm } from './helpers.js';

/** Tests feed deliberately wrong data: the film format's types would (rightly) refuse it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const sample = sampleFilm();

/** Parses input that must give a film; fails with the message and problems when it does not. */
function parsed(input: unknown): { film: Film; problems: Problem[] } {
  const result = parseFilm(input);
  if (!result.ok) throw new Error(`expected a film, got "${result.message}" ${JSON.stringify(result.problems)}`);
  return result;
}

/** Parses input that must be refused as a whole. */
function refused(input: unknown): { message: string; problems: Problem[] } {
  const result = parseFilm(input);
  if (result.ok) throw new Error(`expected the input to be refused, got a film with problems ${JSON.stringify(result.problems)}`);
  return result;
}

const URL_DROPPED = 'URL dropped: only http, https or relative URLs are used';

/** Intl puts no-break and narrow no-break spaces in French (and elsewhere): compare them as spaces. */
const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('data: parseFilm', () => {
  describe('the sample film', () => {
    it('validates with zero problems', () => {
      const { film, problems } = parsed(sampleFilm());
      expect(problems).to.deep.equal([]);
      expect(film.title).to.equal('Leaving Las Vegas');
      expect(film.year).to.equal(1995);
    });

    it('keeps every list entry', () => {
      const { film } = parsed(sampleFilm());
      for (const key of ['genres', 'cast', 'crew', 'writers', 'releases', 'ratings', 'awards', 'reviews', 'links'] as const) {
        expect(film[key], key).to.have.lengthOf((sample[key] as unknown[]).length);
      }
      expect(film.soundtrack?.tracks).to.have.lengthOf(sample.soundtrack!.tracks.length);
    });

    it('normalises poster, runtime, directors and track durations', () => {
      const { film } = parsed(sampleFilm());
      expect(film.poster).to.deep.equal(sample.poster);
      expect(film.runtime).to.equal(112);
      expect(film.directors).to.deep.equal([{ name: 'Mike Figgis' }]);
      for (const track of film.soundtrack!.tracks) {
        if (track.duration !== undefined) expect(track.duration, track.title).to.be.a('number').and.be.at.least(0);
      }
    });

    it('gives the same film from JSON text as from the object', () => {
      expect(parsed(JSON.stringify(sampleFilm()))).to.deep.equal(parsed(sampleFilm()));
    });

    it('does not modify its input, even when it drops values', () => {
      const input: Loose = sampleFilm();
      input.reviews[0].url = 'javascript:alert(1)';
      input.awards[0].result = 'lost';
      const before = structuredClone(input);
      parsed(input);
      expect(input).to.deep.equal(before);
    });
  });

  describe('fatal input', () => {
    it('refuses a film without a title', () => {
      const input: Loose = sampleFilm();
      delete input.title;
      const { message, problems } = refused(input);
      expect(message).to.equal('The film has no usable title (title must be non-empty text).');
      expect(problems).to.deep.equal([{ path: 'title', message: 'is required' }]);
    });

    it('refuses an empty or non-text title', () => {
      expect(refused({ title: '' }).problems).to.deep.equal([{ path: 'title', message: 'expected a title' }]);
      expect(refused({ title: 42 }).problems).to.deep.equal([{ path: 'title', message: 'expected text, got 42' }]);
    });

    for (const [label, input, got] of [
      ['null', null, 'null'],
      ['a list', [1, 2, 3], 'a list'],
      ['a number', 42, 'number'],
      ['a boolean', true, 'boolean'],
      ['undefined', undefined, 'undefined'],
    ] as const) {
      it(`refuses ${label} (not an object)`, () => {
        const { message, problems } = refused(input);
        expect(message).to.equal(`The film data must be an object with a title, not ${got}.`);
        expect(problems).to.deep.equal([{ path: '', message: `expected an object, got ${got}` }]);
      });
    }

    it('refuses JSON text that is not an object', () => {
      expect(refused('"Leaving Las Vegas"').problems).to.deep.equal([{ path: '', message: 'expected an object, got string' }]);
      expect(refused('[]').problems).to.deep.equal([{ path: '', message: 'expected an object, got a list' }]);
    });

    for (const text of ['{"title": ', "{'title': 'single quotes'}", '<html>not json</html>', '']) {
      it(`refuses invalid JSON text ${JSON.stringify(text)}`, () => {
        const { message, problems } = refused(text);
        expect(message).to.match(/^The film data is not valid JSON \(.+\)\.$/);
        expect(problems).to.deep.equal([{ path: '', message: 'not valid JSON' }]);
      });
    }

    it('never throws, even for an object whose getters throw', () => {
      const hostile = {
        get title(): string {
          throw new Error('boom');
        },
      };
      const { message, problems } = refused(hostile);
      expect(message).to.equal('The film data could not be read (boom).');
      expect(problems).to.deep.equal([{ path: '', message: 'boom' }]);
    });
  });

  describe('one spelling for the kind of a score and of a review', () => {
    it('normalises the 0.1 spelling "critics" to "critic", for scores and reviews alike', () => {
      const { film, problems } = parsed({
        title: 'Kinds',
        ratings: [
          { source: 'Old', value: 80, max: 100, kind: 'critics' },
          { source: 'New', value: 70, max: 100, kind: 'critic' },
          { source: 'Crowd', value: 60, max: 100, kind: 'audience' },
        ],
        reviews: [
          { author: 'A', text: 'Old spelling', kind: 'critics' },
          { author: 'B', text: 'New spelling', kind: 'critic' },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(film.ratings!.map((rating) => rating.kind)).to.deep.equal(['critic', 'critic', 'audience']);
      expect(film.reviews!.map((review) => review.kind)).to.deep.equal(['critic', 'critic']);
    });

    it('drops any other kind with a message that names the two', () => {
      const { film, problems } = parsed({ title: 'Kinds', ratings: [{ source: 'X', value: 1, max: 10, kind: 'press' }] });
      expect(film.ratings).to.deep.equal([]);
      expect(problems).to.deep.equal([{ path: 'ratings[0].kind', message: 'expected "critic" or "audience"' }]);
    });
  });

  describe('bad values are dropped, with a path and a message', () => {
    it('a wrong type deep in a list entry: reviews[3].rating.max', () => {
      const input: Loose = sampleFilm();
      input.reviews[3].rating = { value: 3, max: 'five' };
      const { film, problems } = parsed(input);
      expect(problems).to.deep.equal([{ path: 'reviews[3].rating.max', message: 'expected a number, got "five"' }]);
      // The entry goes; the other reviews stay, in order.
      expect(film.reviews).to.have.lengthOf(sample.reviews!.length - 1);
      expect(film.reviews!.map((r) => r.author)).to.deep.equal(sample.reviews!.filter((_, i) => i !== 3).map((r) => r.author));
    });

    it('an unknown award result', () => {
      const input: Loose = sampleFilm();
      input.awards[2].result = 'lost';
      const { film, problems } = parsed(input);
      expect(problems).to.deep.equal([{ path: 'awards[2].result', message: 'expected "won", "nominated" or "runner-up"' }]);
      expect(film.awards).to.have.lengthOf(sample.awards!.length - 1);
      expect(film.awards!.every((a) => ['won', 'nominated', 'runner-up'].includes(a.result))).to.equal(true);
    });

    it('a rating above its maximum', () => {
      const input: Loose = sampleFilm();
      input.ratings[0].value = input.ratings[0].max + 1;
      const { film, problems } = parsed(input);
      expect(problems).to.deep.equal([{ path: 'ratings[0]', message: 'expected 0 ≤ value ≤ max and max > 0' }]);
      expect(film.ratings).to.deep.equal(sample.ratings!.slice(1));
    });

    it('a review score above its scale', () => {
      const input: Loose = sampleFilm();
      const index = input.reviews.findIndex((r: Loose) => r.rating);
      input.reviews[index].rating = { value: 5, max: 4 };
      const { film, problems } = parsed(input);
      expect(problems).to.deep.equal([{ path: `reviews[${index}].rating`, message: 'expected 0 ≤ value ≤ max and max > 0' }]);
      expect(film.reviews).to.have.lengthOf(sample.reviews!.length - 1);
    });

    for (const unsafe of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'java\tscript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'vbscript:x',
    ]) {
      it(`an unsafe URL ${JSON.stringify(unsafe)}: links lose the entry, other things only the URL`, () => {
        const input: Loose = sampleFilm();
        input.links = [
          { label: 'Bad', url: unsafe },
          { label: 'Good', url: 'https://example.org/' },
          { label: 'Relative', url: '/film' },
        ];
        input.reviews[0].url = unsafe;
        input.directors = [{ name: 'Mike Figgis', url: unsafe }];
        input.poster = unsafe;
        const { film, problems } = parsed(input);
        expect(problems).to.have.deep.members([
          { path: 'poster', message: URL_DROPPED },
          { path: 'directors[0].url', message: URL_DROPPED },
          { path: 'reviews[0].url', message: URL_DROPPED },
          { path: 'links[0].url', message: URL_DROPPED },
        ]);
        expect(film.links).to.deep.equal([
          { label: 'Good', url: 'https://example.org/' },
          { label: 'Relative', url: '/film' },
        ]);
        expect(film.poster).to.equal(undefined);
        expect(film.directors).to.deep.equal([{ name: 'Mike Figgis' }]);
        expect(film.reviews).to.have.lengthOf(sample.reviews!.length);
        expect(film.reviews![0]).not.to.have.property('url');
        expect(film.reviews![0]!.author).to.equal(sample.reviews![0]!.author);
        expect(JSON.stringify(film)).not.to.include(unsafe.slice(0, 8));
      });
    }

    it('keeps http, https and relative URLs', () => {
      const input: Loose = sampleFilm();
      input.reviews[0].url = 'http://example.org/review';
      input.reviews[1].url = 'reviews/2.html';
      input.poster = { src: '//cdn.example.org/p.jpg', alt: 'Poster' };
      const { film, problems } = parsed(input);
      expect(problems).to.deep.equal([]);
      expect(film.reviews![0]!.url).to.equal('http://example.org/review');
      expect(film.reviews![1]!.url).to.equal('reviews/2.html');
      expect(film.poster).to.deep.equal({ src: '//cdn.example.org/p.jpg', alt: 'Poster' });
    });

    it('impossible track durations', () => {
      const input: Loose = sampleFilm();
      const tracks = input.soundtrack.tracks;
      tracks[1].duration = '3:75';
      tracks[2].duration = -5;
      tracks[3].duration = 'PT3M12S';
      tracks[4].duration = '4:05';
      tracks[5].duration = 90_000;
      tracks[6].duration = 'three minutes';
      tracks[7].duration = '1:75:00'; // minutes above 59 after hours
      tracks[8].duration = 'PT'; // no number at all
      tracks[9].duration = '25:00:00'; // over a day, in each form
      tracks[10].duration = 'PT30H';
      tracks[11].duration = '1441:00';
      const { film, problems } = parsed(input);
      const expected = 'expected seconds, m:ss, h:mm:ss or an ISO 8601 duration like PT3M12S';
      expect(problems).to.deep.equal([
        { path: 'soundtrack.tracks[1].duration', message: expected },
        { path: 'soundtrack.tracks[2].duration', message: 'expected a duration of 0 seconds or more' },
        { path: 'soundtrack.tracks[5].duration', message: 'expected a duration of 24 hours or less' },
        { path: 'soundtrack.tracks[6].duration', message: expected },
        { path: 'soundtrack.tracks[7].duration', message: expected },
        { path: 'soundtrack.tracks[8].duration', message: expected },
        { path: 'soundtrack.tracks[9].duration', message: 'expected a duration of 24 hours or less' },
        { path: 'soundtrack.tracks[10].duration', message: 'expected a duration of 24 hours or less' },
        { path: 'soundtrack.tracks[11].duration', message: 'expected a duration of 24 hours or less' },
      ]);
      const out = film.soundtrack!.tracks;
      // No impossible duration survives (today the whole track goes; see the report on keeping it).
      for (const track of out) {
        if (track.duration !== undefined) expect(track.duration, track.title).to.be.within(0, 86_400);
      }
      expect(out.find((t) => t.title === tracks[3].title)!.duration).to.equal(192);
      expect(out.find((t) => t.title === tracks[4].title)!.duration).to.equal(245);
      expect(out.find((t) => t.title === tracks[0].title)).to.deep.equal(tracks[0]);
      // Valid durations of every other form are converted to seconds.
      const durations = [225, '3:45', '75:00', '1:02:05', 'PT1M30.5S', 'PT1H', 'P1D', undefined];
      const { film: clean, problems: none } = parsed({
        title: 'T',
        soundtrack: { title: 'S', tracks: durations.map((duration, i) => ({ title: `t${i}`, duration })) },
      });
      expect(none).to.deep.equal([]);
      expect(clean.soundtrack!.tracks.map((t) => t.duration)).to.deep.equal([225, 225, 4500, 3725, 90.5, 3600, 86_400, undefined]);
    });

    it('a date that does not exist, with one message', () => {
      const { film, problems } = parsed({ title: 'T', releases: [{ date: '1995-02-31' }, { date: '1995-02-28' }] });
      expect(problems).to.deep.equal([{ path: 'releases[0].date', message: 'expected a date that exists' }]);
      expect(film.releases).to.deep.equal([{ date: '1995-02-28' }]);
    });

    it('month lengths and leap years: the 29th to the 31st are checked against the calendar', () => {
      const dates = [
        '1996-02-29',
        '1995-02-29',
        '2000-02-29',
        '1900-02-29',
        '1995-04-30',
        '1995-04-31',
        '1995-12-31',
        '1995-01-28',
        '1995-02',
        '1995',
      ];
      const { film, problems } = parsed({ title: 'T', releases: dates.map((date) => ({ date })) });
      expect(problems.map((p) => p.path)).to.deep.equal(['releases[1].date', 'releases[3].date', 'releases[5].date']);
      expect(film.releases!.map((r) => r.date)).to.deep.equal([
        '1996-02-29',
        '2000-02-29',
        '1995-04-30',
        '1995-12-31',
        '1995-01-28',
        '1995-02',
        '1995',
      ]);
    });

    it('a bad poster size loses only the size, and says why', () => {
      const { film, problems } = parsed({ title: 'T', poster: { src: 'p.jpg', width: 0, height: 450 } });
      expect(problems).to.deep.equal([{ path: 'poster.width', message: 'expected 1 or more' }]);
      expect(film.poster).to.deep.equal({ src: 'p.jpg', height: 450 });
    });

    it('a review without text', () => {
      const { film, problems } = parsed({
        title: 'T',
        reviews: [
          { author: 'A', text: '' },
          { author: 'B', text: 'Fine.' },
        ],
      });
      expect(problems).to.deep.equal([{ path: 'reviews[0].text', message: 'expected the review text' }]);
      expect(film.reviews!.map((r) => r.author)).to.deep.equal(['B']);
    });

    it('says what a number must be: negative counts and runtimes', () => {
      const { problems } = parsed({ title: 'T', runtime: -5, ratings: [{ source: 'S', value: 1, max: 10, count: -1 }] });
      expect(problems).to.have.deep.members([
        { path: 'runtime', message: 'expected 0 or more' },
        { path: 'ratings[0].count', message: 'expected 0 or more' },
      ]);
    });

    it('drops bad list entries and keeps the rest', () => {
      const input: Loose = sampleFilm();
      input.reviews[1] = 'not a review';
      input.reviews[5].text = 5;
      input.cast[2] = { character: 'Yuri' };
      input.genres.push(7);
      input.releases[0].date = '27/10/1995';
      const { film, problems } = parsed(input);
      expect(problems).to.have.deep.members([
        { path: 'reviews[1]', message: 'expected an object, got "not a review"' },
        { path: 'reviews[5].text', message: 'expected text, got 5' },
        { path: 'cast[2].name', message: 'is required' },
        { path: `genres[${sample.genres!.length}]`, message: 'expected text, got 7' },
        { path: 'releases[0].date', message: 'expected a date like 1995-10-27' },
      ]);
      expect(film.reviews).to.have.lengthOf(sample.reviews!.length - 2);
      expect(film.cast).to.have.lengthOf(sample.cast!.length - 1);
      expect(film.cast!.map((c) => c.name)).not.to.include(undefined);
      expect(film.genres).to.deep.equal(sample.genres);
      expect(film.releases).to.deep.equal(sample.releases!.slice(1));
      // Everything else is untouched.
      expect(film.awards).to.deep.equal(sample.awards);
      expect(film.ratings).to.deep.equal(sample.ratings);
    });

    it('a bad top-level value loses only that field', () => {
      const input: Loose = sampleFilm();
      input.year = '1995';
      input.budget = { amount: 3_600_000, currency: 'dollars' };
      input.genres = 'Drama';
      const { film, problems } = parsed(input);
      expect(problems).to.have.deep.members([
        { path: 'year', message: 'expected a number, got "1995"' },
        { path: 'budget.currency', message: 'expected an ISO 4217 currency code like USD' },
        { path: 'genres', message: 'expected a list, got "Drama"' },
      ]);
      expect(film).not.to.have.any.keys('year', 'budget', 'genres');
      expect(film.title).to.equal(sample.title);
      expect(film.boxOffice).to.deep.equal(sample.boxOffice);
    });

    it('reports every problem at once', () => {
      const input: Loose = sampleFilm();
      input.awards[0].result = 'lost';
      input.awards[1].category = '';
      input.ratings[1].count = -1;
      const { problems } = parsed(input);
      expect(problems.map((p) => p.path)).to.have.members(['awards[0].result', 'awards[1].category', 'ratings[1].count']);
    });
  });
});

describe('data: schema.org JSON-LD', () => {
  const movie = () => ({
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: 'Leaving Las Vegas',
    datePublished: '1995-10-27',
    duration: 'PT1H52M',
    contentRating: 'R',
    genre: 'Drama',
    image: { '@type': 'ImageObject', url: 'https://example.org/poster.jpg', caption: 'Poster', width: '300', height: 450 },
    director: { '@type': 'Person', name: 'Mike Figgis', url: 'https://example.org/figgis' },
    author: [
      { '@type': 'Person', name: 'John O&apos;Brien' },
      { '@type': 'Person', name: 'Mike Figgis' },
    ],
    actor: [
      { '@type': 'Person', name: 'Nicolas Cage', url: 'https://example.org/cage' },
      { '@type': 'PerformanceRole', characterName: 'Sera', actor: { '@type': 'Person', name: 'Elisabeth Shue' } },
    ],
  });

  it('maps a Movie onto the film format', () => {
    const { film, problems } = parsed(movie());
    expect(problems).to.deep.equal([]);
    expect(film).to.deep.include({
      title: 'Leaving Las Vegas',
      year: 1995,
      runtime: 112,
      contentRating: 'R',
      genres: ['Drama'],
      poster: { src: 'https://example.org/poster.jpg', alt: 'Poster', width: 300, height: 450 },
      directors: [{ name: 'Mike Figgis', url: 'https://example.org/figgis' }],
      writers: [{ name: "John O'Brien" }, { name: 'Mike Figgis' }],
      releases: [{ date: '1995-10-27' }],
    });
  });

  it('reads a Person as an actor and a PerformanceRole as actor + character', () => {
    const input: Loose = movie();
    input.actor.push({
      '@type': 'PerformanceRole',
      characterName: 'Cabbie',
      actor: [
        { '@type': 'Person', name: 'Xander Berkeley' },
        { '@type': 'Person', name: 'Lou Rawls' },
      ],
    });
    expect(parsed(input).film.cast).to.deep.equal([
      { name: 'Nicolas Cage', url: 'https://example.org/cage' },
      { name: 'Elisabeth Shue', character: 'Sera' },
      { name: 'Xander Berkeley', character: 'Cabbie' },
      { name: 'Lou Rawls', character: 'Cabbie' },
    ]);
  });

  it('accepts one value or a list for any property', () => {
    const one: Loose = {
      ...movie(),
      genre: 'Drama',
      director: { '@type': 'Person', name: 'Mike Figgis' },
      actor: { '@type': 'Person', name: 'Nicolas Cage' },
    };
    const many: Loose = {
      ...movie(),
      genre: ['Drama', 'Romance'],
      director: [{ '@type': 'Person', name: 'Mike Figgis' }, 'Someone Else'],
      actor: [{ name: 'Nicolas Cage' }, 'Elisabeth Shue'],
    };
    expect(parsed(one).film).to.deep.include({ genres: ['Drama'], directors: [{ name: 'Mike Figgis' }], cast: [{ name: 'Nicolas Cage' }] });
    expect(parsed(many).film).to.deep.include({
      genres: ['Drama', 'Romance'],
      directors: [{ name: 'Mike Figgis' }, { name: 'Someone Else' }],
      cast: [{ name: 'Nicolas Cage' }, { name: 'Elisabeth Shue' }],
    });
  });

  it('finds the Movie in an @graph document, and in a top-level list', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'A page about a film' },
        { '@type': 'Movie', name: 'In The Graph' },
      ],
    };
    expect(parsed(graph).film.title).to.equal('In The Graph');
    const list = [
      { '@type': 'Organization', name: 'A studio' },
      { '@type': ['Movie', 'CreativeWork'], name: 'In The List' },
    ];
    expect(parsed(list).film.title).to.equal('In The List');
    expect(parsed(JSON.stringify(graph)).film.title).to.equal('In The Graph');
  });

  it('decodes HTML entities: &apos; &quot; &amp; and numeric ones', () => {
    const { film } = parsed({
      '@type': 'Movie',
      name: 'Ocean&#39;s &quot;Eleven&quot; &amp; Twelve &#x2014; &#8212;',
      description: 'Ben&apos;s story',
      author: { '@type': 'Person', name: 'John O&apos;Brien' },
    });
    expect(film.title).to.equal('Ocean\'s "Eleven" & Twelve — —');
    expect(film.synopsis).to.equal("Ben's story");
    expect(film.writers).to.deep.equal([{ name: "John O'Brien" }]);
  });

  it('keeps decoded text as text (no markup is created)', () => {
    const { film } = parsed({ '@type': 'Movie', name: '&lt;img src=x onerror=alert(1)&gt;' });
    expect(film.title).to.equal('<img src=x onerror=alert(1)>');
  });

  it('maps aggregateRating onto a rating (numbers as strings too)', () => {
    const { film } = parsed({
      ...movie(),
      aggregateRating: { '@type': 'AggregateRating', ratingValue: '7.5', bestRating: '10', ratingCount: 123456 },
    });
    expect(film.ratings).to.deep.equal([{ source: 'Users', value: 7.5, max: 10, count: 123456 }]);
    const fivePoint = parsed({
      ...movie(),
      aggregateRating: { ratingValue: 4.2, reviewCount: '90', author: { '@type': 'Organization', name: 'Some Site' } },
    });
    expect(fivePoint.film.ratings).to.deep.equal([{ source: 'Some Site', value: 4.2, max: 5, count: 90 }]);
  });

  it('reads counts with thousands separators and dates that are not ISO', () => {
    const { film } = parsed({
      '@type': 'Movie',
      name: 'M',
      aggregateRating: { ratingValue: '7,5', bestRating: '10', ratingCount: '142,000' },
      review: [
        { author: 'A', datePublished: 'November 10, 1995', reviewBody: 'Kept, without its date.' },
        { author: 'B', datePublished: '1995-11-10T08:00:00Z', reviewBody: 'Dated.' },
        { author: 'C', reviewBody: '' },
      ],
    });
    expect(film.ratings).to.deep.equal([{ source: 'Users', value: 7.5, max: 10, count: 142000 }]);
    expect(film.reviews).to.deep.equal([
      { author: 'A', text: 'Kept, without its date.' },
      { author: 'B', date: '1995-11-10', text: 'Dated.' },
    ]);
  });

  it('maps one review or many', () => {
    const review = {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Roger Ebert' },
      publisher: { '@type': 'Organization', name: 'Chicago Sun-Times' },
      datePublished: '1995-11-10T00:00:00Z',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 4 },
      name: 'A title',
      reviewBody: 'Sad &amp; beautiful.',
      url: 'https://example.org/ebert',
    };
    const expected = {
      author: 'Roger Ebert',
      outlet: 'Chicago Sun-Times',
      date: '1995-11-10',
      rating: { value: 4, max: 4 },
      title: 'A title',
      text: 'Sad & beautiful.',
      url: 'https://example.org/ebert',
    };
    expect(parsed({ ...movie(), review }).film.reviews).to.deep.equal([expected]);
    const many = parsed({
      ...movie(),
      review: [review, { '@type': 'Review', author: 'A. Viewer', reviewBody: 'Loved it', reviewRating: { ratingValue: '3' } }],
    });
    expect(many.film.reviews).to.deep.equal([expected, { author: 'A. Viewer', rating: { value: 3, max: 5 }, text: 'Loved it' }]);
  });

  it('maps award text, splitting "X for Y" into name and category', () => {
    const { film } = parsed({ ...movie(), award: ['Academy Award for Best Actor', 'Golden Globe'] });
    expect(film.awards).to.deep.equal([
      { name: 'Academy Award', category: 'Best Actor', result: 'won' },
      { name: 'Golden Globe', category: 'Golden Globe', result: 'won' },
    ]);
  });

  it('turns an ISO 8601 duration into runtime minutes', () => {
    expect(parsed({ '@type': 'Movie', name: 'A', duration: 'PT1H52M' }).film.runtime).to.equal(112);
    expect(parsed({ '@type': 'Movie', name: 'B', duration: 'PT112M' }).film.runtime).to.equal(112);
    expect(parsed({ '@type': 'Movie', name: 'C', duration: 'PT1H52M30S' }).film.runtime).to.equal(113);
    expect(parsed({ title: 'D', runtime: 'PT2H' }).film.runtime).to.equal(120);
  });

  it('reports a runtime that is not a duration ("P", "PT", text) instead of dropping it silently', () => {
    for (const runtime of ['P', 'PT', '112 minutes']) {
      const { film, problems } = parsed({ title: 'R', runtime });
      expect(film.runtime, runtime).to.equal(undefined);
      expect(problems, runtime).to.deep.equal([{ path: 'runtime', message: 'expected an ISO 8601 duration like PT1H52M' }]);
    }
  });

  it('validates what it maps: a Movie without a name is refused', () => {
    const { message, problems } = refused({ '@context': 'https://schema.org', '@type': 'Movie', genre: 'Drama' });
    expect(message).to.equal('The film has no usable title (title must be non-empty text).');
    expect(problems).to.deep.equal([{ path: 'title', message: 'expected a title' }]);
  });

  it('drops unsafe URLs from JSON-LD too', () => {
    const { film, problems } = parsed({
      ...movie(),
      image: 'javascript:alert(1)',
      trailer: { '@type': 'VideoObject', embedUrl: 'data:text/html,x' },
    });
    expect(film.poster).to.equal(undefined);
    expect(film.links).to.deep.equal([]);
    expect(problems).to.have.deep.members([
      { path: 'poster.src', message: URL_DROPPED },
      { path: 'links[0].url', message: URL_DROPPED },
    ]);
  });
});

describe('data: formatting', () => {
  it('formatRuntime', () => {
    expect(formatRuntime(112, 'en')).to.equal('1 hr 52 min');
    expect(spaces(formatRuntime(112, 'fr'))).to.equal('1 h 52 min');
    expect(formatRuntime(112, 'en', 'long')).to.equal('1 hour 52 minutes');
    expect(formatRuntime(60, 'en')).to.equal('1 hr');
    expect(formatRuntime(45, 'en')).to.equal('45 min');
    expect(formatRuntime(0, 'en')).to.equal('0 min');
  });

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(formatRuntime(112, 'not a locale!')).to.equal('1 hr 52 min');
  });

  it('formatMoney', () => {
    expect(formatMoney({ amount: 32_029_928, currency: 'USD' }, 'en')).to.equal('$32,029,928');
    expect(formatMoney({ amount: 3_600_000, currency: 'USD' }, 'en-US')).to.equal('$3,600,000');
    expect(spaces(formatMoney({ amount: 32_029_928, currency: 'USD' }, 'fr'))).to.equal('32 029 928 $US');
    expect(spaces(formatMoney({ amount: 1_500_000, currency: 'EUR' }, 'de'))).to.equal('1.500.000 €');
  });

  it('formatDate follows the precision of the ISO date', () => {
    expect(formatDate('1995', 'en')).to.equal('1995');
    expect(formatDate('1995-10', 'en')).to.equal('October 1995');
    expect(formatDate('1995-10-27', 'en')).to.equal('October 27, 1995');
    expect(formatDate('1995-10-27', 'en', 'medium')).to.equal('Oct 27, 1995');
    expect(formatDate('1995-10', 'en', 'medium')).to.equal('Oct 1995');
    expect(formatDate('1995-10-27', 'fr')).to.equal('27 octobre 1995');
    expect(formatDate('1995-10', 'fr')).to.equal('octobre 1995');
  });

  it('formatDate does not shift the day with the time zone', () => {
    // Dates are calendar dates: January 1st stays January 1st west of UTC too.
    expect(formatDate('1996-01-01', 'en')).to.equal('January 1, 1996');
  });

  it('formatDate returns text it cannot read unchanged', () => {
    expect(formatDate('sometime', 'en')).to.equal('sometime');
  });

  it('formatClock', () => {
    expect(formatClock(225)).to.equal('3:45');
    expect(formatClock(3725)).to.equal('1:02:05');
    expect(formatClock(3600)).to.equal('1:00:00');
    expect(formatClock(0)).to.equal('0:00');
    expect(formatClock(59.6)).to.equal('1:00');
  });

  it('formatSpokenDuration', () => {
    expect(formatSpokenDuration(225, 'en')).to.equal('3 minutes, 45 seconds');
    expect(formatSpokenDuration(3725, 'en')).to.equal('1 hour, 2 minutes, 5 seconds');
    expect(formatSpokenDuration(3600, 'en')).to.equal('1 hour');
    expect(formatSpokenDuration(61, 'en')).to.equal('1 minute, 1 second');
    expect(formatSpokenDuration(0, 'en')).to.equal('0 seconds');
    expect(spaces(formatSpokenDuration(225, 'fr'))).to.equal('3 minutes et 45 secondes');
  });
});
