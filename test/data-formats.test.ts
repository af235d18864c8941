/**
 * The other formats a film comes in (issue 15), in every browser: TMDB and OMDb in, schema.org as film
 * sites publish it, format detection and the explicit format, lists of inputs and merging, JSON-LD
 * out (`toSchemaOrg`, `jsonLdScript`) and its round trip, and fuzzing of responses in those shapes.
 * The fixtures are written by us in the shape of real responses (src/samples/leaving-las-vegas.*.json
 * and the ones below), never copies of them. No elements here.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import type { Film, ParseResult, Problem } from '../src/data/film.js';
import { mergeParsedFilms, parseList } from '../src/data/merge.js';
import { fromOmdb } from '../src/data/omdb.js';
import { mergeFilms, parseFilm } from '../src/data/parse.js';
import { detectFormat, isListOfInputs, parseInput, unwrapScriptText, type NeedsMapping, type ParseOptions } from '../src/data/read.js';
import { decodeEntities, fromSchemaOrg } from '../src/data/schema-org.js';
import type { FilmInput } from '../src/data/schema.js';
import { parseShared } from '../src/data/shared.js';
import { fromTmdb, markdownToText } from '../src/data/tmdb.js';
import { jsonLdScript, toSchemaOrg } from '../src/data/to-schema-org.js';
import { validateFilm } from '../src/data/validate.js';
import imdbSample from '../src/samples/leaving-las-vegas.imdb-jsonld.json';
import omdbSample from '../src/samples/leaving-las-vegas.omdb.json';
import tmdbSample from '../src/samples/leaving-las-vegas.tmdb.json';
import { sampleFilm } from './helpers.js';

/** Tests feed deliberately loose data: the response types would (rightly) refuse some of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
type Json = Record<string, unknown>;

const tmdb = (): Loose => structuredClone(tmdbSample);
const omdb = (): Loose => structuredClone(omdbSample);
const imdb = (): Loose => structuredClone(imdbSample);

/** Parses input that must give a film; fails with the message and problems when it does not. */
function parsed(input: unknown, options?: ParseOptions): { film: Film; problems: Problem[] } {
  return expectFilm(parseFilm(input, options));
}
function expectFilm(result: ParseResult): { film: Film; problems: Problem[] } {
  if (!result.ok) throw new Error(`expected a film, got "${result.message}" ${JSON.stringify(result.problems)}`);
  return result;
}
/** Parses input that must be refused as a whole. */
function refused(input: unknown, options?: ParseOptions): { message: string; problems: Problem[] } {
  const result = parseFilm(input, options);
  if (result.ok) throw new Error(`expected the input to be refused, got a film with problems ${JSON.stringify(result.problems)}`);
  return result;
}

/** TMDB's separate responses of the sample film, as `GET /3/movie/451/{part}` gives them. */
function tmdbParts(): Loose[] {
  const { credits, release_dates, reviews, videos, keywords, images, external_ids, ...details } = tmdb();
  return [
    details,
    { id: 451, ...credits },
    { id: 451, ...release_dates },
    { id: 451, ...reviews },
    { id: 451, ...videos },
    { id: 451, ...keywords },
    { id: 451, ...images },
    { id: 451, ...external_ids },
  ];
}

describe("data formats: the film format's additions", () => {
  it('accepts awardsSummary, a score marked own and a review verdict', () => {
    const { film, problems } = parsed({
      title: 'T',
      awardsSummary: 'Won 1 Oscar.',
      ratings: [{ source: 'Our readers', value: 4, max: 5, count: 3, own: true }],
      reviews: [{ author: 'A', text: 'Fresh.', verdict: 'positive' }],
    });
    expect(problems).to.deep.equal([]);
    expect(film).to.deep.include({
      awardsSummary: 'Won 1 Oscar.',
      ratings: [{ source: 'Our readers', value: 4, max: 5, count: 3, own: true }],
      reviews: [{ author: 'A', text: 'Fresh.', verdict: 'positive' }],
    });
  });

  it('drops a bad own mark or verdict alone, keeping the score and the review', () => {
    const { film, problems } = parsed({
      title: 'T',
      awardsSummary: 42,
      ratings: [{ source: 'Our readers', value: 4, max: 5, own: 'yes' }],
      reviews: [{ author: 'A', text: 'Fresh.', verdict: 'fresh' }],
    });
    expect(film.ratings).to.deep.equal([{ source: 'Our readers', value: 4, max: 5 }]);
    expect(film.reviews).to.deep.equal([{ author: 'A', text: 'Fresh.' }]);
    expect(film.awardsSummary).to.equal(undefined);
    expect(problems).to.have.deep.members([
      { path: 'awardsSummary', message: 'expected text, got 42' },
      { path: 'ratings[0].own', message: 'expected true or false, got "yes"' },
      { path: 'reviews[0].verdict', message: 'expected "positive" or "negative"' },
    ]);
  });
});

describe('data formats: detection and the explicit format', () => {
  it('tells our format, schema.org, TMDB and OMDb apart', () => {
    expect(detectFormat(sampleFilm())).to.equal('film');
    expect(detectFormat(imdb())).to.equal('schema.org');
    expect(detectFormat(tmdb())).to.equal('tmdb');
    expect(detectFormat(omdb())).to.equal('omdb');
    expect(detectFormat({ Response: 'False', Error: 'Movie not found!' })).to.equal('omdb');
  });

  it("tells each of TMDB's separate responses by its shape", () => {
    for (const part of tmdbParts()) expect(detectFormat(part), Object.keys(part).join()).to.equal('tmdb');
    const review = { ...tmdb().reviews.results[0], media_id: 451, media_title: 'Leaving Las Vegas', media_type: 'movie' };
    expect(detectFormat(review)).to.equal('tmdb');
    expect(detectFormat(tmdbParts().slice(1))).to.equal('tmdb');
  });

  it('never takes our own format for TMDB, even with cast and crew', () => {
    const film: Loose = sampleFilm();
    expect(detectFormat(film)).to.equal('film');
    expect(detectFormat({ cast: [], crew: [] })).to.equal('film');
  });

  it('an explicit format overrides detection', () => {
    const both = { '@type': 'Movie', name: 'As JSON-LD', title: 'As our format' };
    expect(parsed(both).film.title).to.equal('As JSON-LD');
    expect(parsed(both, { format: 'film' }).film.title).to.equal('As our format');
    expect(parsed(both, { format: 'schema.org' }).film.title).to.equal('As JSON-LD');
    expect(refused(omdb(), { format: 'film' }).problems).to.deep.equal([{ path: 'title', message: 'is required' }]);
    expect(parsed(JSON.stringify(tmdb()), { format: 'tmdb' }).film.year).to.equal(1995);
  });

  it('an unknown format is ignored: the format is detected', () => {
    expect(parsed(omdb(), { format: 'constructor' as Loose }).film.title).to.equal('Leaving Las Vegas');
    expect(parsed(omdb(), { format: 'OMDB' as Loose }).film.awardsSummary).to.equal('Won 1 Oscar. 17 wins & 17 nominations total');
  });

  it('reads script text wrapped in a CDATA section, as Letterboxd publishes it', () => {
    const json = JSON.stringify({ '@context': 'http://schema.org', '@type': 'Movie', name: 'Leaving Las Vegas' });
    for (const text of [`\n/* <![CDATA[ */\n${json}\n/* ]]> */\n`, `//<![CDATA[\n${json}\n//]]>`, `<![CDATA[${json}]]>`]) {
      expect(unwrapScriptText(text).trim(), text).to.equal(json);
      expect(parsed(text).film.title, text).to.equal('Leaving Las Vegas');
    }
    expect(unwrapScriptText(json)).to.equal(json);
    expect(refused('/* <![CDATA[ */ {"name": } /* ]]> */').message).to.match(/^The film data is not valid JSON \(.+\)\.$/);
    expect(refused('<html>not json</html>').problems).to.deep.equal([{ path: '', message: 'not valid JSON' }]);
  });
});

describe('data formats: TMDB', () => {
  it('maps movie details with every append onto the film format', () => {
    const { film, problems } = parsed(tmdb());
    expect(problems).to.deep.equal([]);
    const sample = sampleFilm();
    expect(film).to.deep.include({
      title: 'Leaving Las Vegas',
      year: 1995,
      synopsis: sample.synopsis,
      tagline: sample.tagline,
      runtime: 112,
      contentRating: 'R',
      genres: ['Drama', 'Romance'],
      countries: ['United States of America', 'France', 'United Kingdom'],
      languages: ['English'],
      budget: { amount: 3500000, currency: 'USD' },
      boxOffice: { amount: 32029928, currency: 'USD' },
    });
    expect(film.originalTitle).to.equal(undefined); // the same as the title
  });

  it("builds the poster URL from TMDB's documented image base, sized from the images append", () => {
    expect(parsed(tmdb()).film.poster).to.deep.equal({
      src: 'https://image.tmdb.org/t/p/w500/leaving-las-vegas.svg',
      width: 300,
      height: 450,
    });
    const withoutImages = tmdb();
    delete withoutImages.images;
    expect(parsed(withoutImages).film.poster).to.deep.equal({ src: 'https://image.tmdb.org/t/p/w500/leaving-las-vegas.svg' });
  });

  it('takes another image base (a size, a proxy, a copy), scaling the size to it', () => {
    expect(parsed(tmdb(), { tmdbImageBase: 'https://image.tmdb.org/t/p/w185/' }).film.poster).to.deep.equal({
      src: 'https://image.tmdb.org/t/p/w185/leaving-las-vegas.svg',
      width: 185,
      height: 278,
    });
    expect(parsed(tmdb(), { tmdbImageBase: 'https://image.tmdb.org/t/p/original' }).film.poster).to.deep.include({
      width: 300,
      height: 450,
    });
    expect(parsed(tmdb(), { tmdbImageBase: 'posters' }).film.poster).to.deep.equal({ src: 'posters/leaving-las-vegas.svg' });
    expect((fromTmdb(tmdb(), { tmdbImageBase: 'https://cdn.example/tmdb/w342' }) as FilmInput).poster).to.deep.equal({
      src: 'https://cdn.example/tmdb/w342/leaving-las-vegas.svg',
      width: 300,
      height: 450,
    });
    const unsafe = parsed(tmdb(), { tmdbImageBase: 'javascript:alert(1)//' });
    expect(unsafe.film.poster).to.equal(undefined);
    expect(unsafe.problems).to.deep.equal([{ path: 'poster.src', message: 'URL dropped: only http, https or relative URLs are used' }]);
  });

  it('reads directors, writers with their roles, and the heads of department as crew', () => {
    const { film } = parsed(tmdb());
    const person = (id: number) => `https://www.themoviedb.org/person/${id}`;
    expect(film.directors).to.deep.equal([{ name: 'Mike Figgis', url: person(900018) }]);
    expect(film.writers).to.deep.equal([
      { name: "John O'Brien", role: 'novel', url: person(900101) },
      { name: 'Mike Figgis', role: 'screenplay', url: person(900018) },
    ]);
    // The key grip is in TMDB's crew, not among the heads of department.
    expect(film.crew!.map(({ name, role }) => `${name}: ${role}`)).to.deep.equal([
      'Lila Cazès: producer',
      'Annie Stewart: producer',
      'Declan Quinn: cinematography',
      'John Smith: editor',
      'Mike Figgis: music',
    ]);
  });

  it('lists the cast in billing order with characters, whatever order the response has', () => {
    const { film } = parsed(tmdb());
    expect(film.cast!.map((member) => member.name)).to.deep.equal(sampleFilm().cast!.map((member) => member.name));
    expect(film.cast![0]).to.deep.equal({
      name: 'Nicolas Cage',
      character: 'Ben Sanderson',
      url: 'https://www.themoviedb.org/person/900001',
    });
    const noCharacter = tmdb();
    noCharacter.credits.cast[0].character = '';
    noCharacter.credits.cast[0].order = null;
    expect(parsed(noCharacter).film.cast!.at(-1)).to.deep.equal({
      name: 'Elisabeth Shue',
      url: 'https://www.themoviedb.org/person/900002',
    });
  });

  it("lists the region's releases (US by default) with TMDB's types as kinds, and its certification as the rating", () => {
    expect(parsed(tmdb()).film.releases).to.deep.equal([
      { date: '1995-10-27', region: 'US', kind: 'limited' },
      { date: '1996-02-09', region: 'US', kind: 'wide' },
      { date: '1998-02-24', region: 'US', kind: 'physical', note: 'DVD' },
    ]);
    for (const region of ['GB', 'gb']) {
      const { film } = parsed(tmdb(), { region });
      expect(film.contentRating, region).to.equal('18');
      expect(film.releases, region).to.deep.equal([{ date: '1996-01-19', region: 'GB', kind: 'wide' }]);
    }
    // No release in the region: the primary date, without a region, and no rating.
    const { film } = parsed(tmdb(), { region: 'IS' });
    expect(film.releases).to.deep.equal([{ date: '1995-10-27' }]);
    expect(film.contentRating).to.equal(undefined);
  });

  it('names all six release types and takes the theatrical certification first', () => {
    const input = tmdb();
    input.release_dates.results = [
      {
        iso_3166_1: 'US',
        release_dates: [6, 5, 4, 3, 2, 1].map((type) => ({
          certification: `C${type}`,
          note: '',
          release_date: `2000-0${type}-01T00:00:00.000Z`,
          type,
        })),
      },
    ];
    const { film } = parsed(input);
    expect(film.releases!.map((r) => r.kind)).to.deep.equal(['premiere', 'limited', 'wide', 'digital', 'physical', 'tv']);
    expect(film.contentRating).to.equal('C3');
    input.release_dates.results[0].release_dates[3].certification = '';
    expect(parsed(input).film.contentRating).to.equal('C2');
  });

  it('reads the older `releases` append when there is no `release_dates`', () => {
    const input = tmdb();
    delete input.release_dates;
    input.releases = { countries: [{ iso_3166_1: 'US', certification: 'R', primary: true, release_date: '1995-10-27' }] };
    expect(parsed(input).film).to.deep.include({ contentRating: 'R', releases: [{ date: '1995-10-27', region: 'US' }] });
  });

  it('treats a budget or revenue of 0 as unknown, and a score without votes as none', () => {
    const input = tmdb();
    Object.assign(input, { budget: 0, revenue: 0, vote_average: 0, vote_count: 0 });
    const { film } = parsed(input);
    expect(film.budget).to.equal(undefined);
    expect(film.boxOffice).to.equal(undefined);
    expect(film.ratings).to.equal(undefined);
  });

  it("gives TMDB's user score as a /10 audience rating with its vote count", () => {
    expect(parsed(tmdb()).film.ratings).to.deep.equal([
      { source: 'TMDB', value: 7.3, max: 10, kind: 'audience', count: 1524, url: 'https://www.themoviedb.org/movie/451' },
    ]);
  });

  it('maps reviews: author, date, /10 rating, Markdown turned into plain text', () => {
    const [first, second] = parsed(tmdb()).film.reviews!;
    expect(first).to.deep.include({ author: 'Floated2', kind: 'audience', date: '2014-05-10', rating: { value: 8, max: 10 } });
    expect(first!.url).to.equal('https://www.themoviedb.org/review/llv-review-1');
    expect(first!.text).to.match(/^Leaving Las Vegas was delivered/);
    expect(first!.text).to.include('Also Elisabeth Shue plays Sera');
    expect(first!.text).not.to.match(/[*_]/);
    expect(second).to.deep.include({ author: 'kijii', date: '2016-11-02' });
    expect(second!.rating).to.equal(undefined);
    expect(second!.text).to.match(/^A love story without hope\n\nNicolas Cage won/);
    expect(second!.text).not.to.include('\r');
  });

  it('links TMDB, IMDb, Wikidata, the homepage and the trailer', () => {
    const input = tmdb();
    input.external_ids.wikidata_id = 'Q1';
    input.homepage = 'https://example.org/leaving-las-vegas';
    expect(parsed(input).film.links).to.deep.equal([
      { label: 'TMDB', url: 'https://www.themoviedb.org/movie/451' },
      { label: 'IMDb', url: 'https://www.imdb.com/title/tt0113627/' },
      { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1' },
      { label: 'Website', url: 'https://example.org/leaving-las-vegas' },
      { label: 'Trailer', url: 'https://www.youtube.com/watch?v=llvTrailer1' },
    ]);
  });

  it('picks the first official trailer, then any trailer, then a teaser; Vimeo too; the older `trailers` append', () => {
    const video = (key: string, type: string, official: boolean, published: string, site = 'YouTube') => ({
      key,
      site,
      type,
      official,
      name: key,
      published_at: `${published}T00:00:00.000Z`,
    });
    const trailerOf = (results: unknown[], extra: Json = {}) => {
      const input = tmdb();
      input.videos = { results };
      Object.assign(input, extra);
      return parsed(input).film.links!.find((link) => link.label === 'Trailer')?.url;
    };
    const newest = video('newest', 'Trailer', true, '2013-02-05');
    const first = video('first', 'Trailer', true, '2012-11-16');
    expect(trailerOf([newest, video('teaser', 'Teaser', true, '2012-01-01'), first])).to.equal('https://www.youtube.com/watch?v=first');
    expect(trailerOf([video('fan', 'Trailer', false, '2010-01-01'), video('clip', 'Clip', true, '2009-01-01')])).to.equal(
      'https://www.youtube.com/watch?v=fan',
    );
    expect(trailerOf([video('teaser', 'Teaser', true, '2012-01-01')])).to.equal('https://www.youtube.com/watch?v=teaser');
    expect(trailerOf([video('12345', 'Trailer', true, '2012-01-01', 'Vimeo')])).to.equal('https://vimeo.com/12345');
    expect(trailerOf([video('x', 'Trailer', true, '2012-01-01', 'Elsewhere')])).to.equal(undefined);
    expect(trailerOf([], { trailers: { youtube: [{ name: 'Trailer 1', size: 'HD', source: 'old', type: 'Trailer' }] } })).to.equal(
      'https://www.youtube.com/watch?v=old',
    );
  });

  it('reads the separate responses of a film given together, in any order, as the appended details', () => {
    const appended = parsed(tmdb()).film;
    const parts = tmdbParts();
    expect(parsed(parts).film).to.deep.equal(appended);
    expect(parsed([...parts].reverse()).film).to.deep.equal(appended);
    expect(parsed(parts.map((part) => JSON.stringify(part))).film).to.deep.equal(appended);
    expect(parsed(JSON.stringify(parts)).film).to.deep.equal(appended);
    expect(expectFilm(mergeFilms(parts)).film).to.deep.equal(appended);
  });

  it('reads single reviews (GET /3/review/{id}) given with the details', () => {
    const { reviews, ...details } = tmdb();
    const single = reviews.results.map((review: Json) => ({
      ...review,
      media_id: 451,
      media_title: 'Leaving Las Vegas',
      media_type: 'movie',
    }));
    expect(parsed([details, ...single]).film.reviews).to.deep.equal(parsed(tmdb()).film.reviews);
  });

  it('needs the details: a part alone is no film', () => {
    for (const part of tmdbParts().slice(1)) {
      const { message, problems } = refused(part);
      expect(message).to.equal('The TMDB data has no movie details (no title): give the details (/3/movie/{id}) with the other responses.');
      expect(problems).to.deep.equal([{ path: 'title', message: 'is required' }]);
    }
  });

  it('reads a film in another language: the original title apart, languages in English', () => {
    const input = tmdb();
    Object.assign(input, {
      title: 'Leaving Las Vegas – Liebe bis in den Tod',
      spoken_languages: [
        { english_name: 'English', iso_639_1: 'en', name: 'English' },
        { english_name: 'Russian', iso_639_1: 'ru', name: 'Pусский' },
      ],
    });
    expect(parsed(input).film).to.deep.include({
      title: 'Leaving Las Vegas – Liebe bis in den Tod',
      originalTitle: 'Leaving Las Vegas',
      languages: ['English', 'Russian'],
    });
  });
});

describe('data formats: Markdown to plain text', () => {
  it('removes emphasis, headings, quotes, code, rules, escapes and link syntax, keeping the words', () => {
    expect(markdownToText('**Bold**, __bold__, *italic*, _italic_, ***both***, ~~struck~~ and `code`.')).to.equal(
      'Bold, bold, italic, italic, both, struck and code.',
    );
    expect(
      markdownToText('# Title\r\n\r\n> quoted\r\n> more\r\n\r\n---\r\nSee [the site](https://example.org "home") and ![a still](x.png).'),
    ).to.equal('Title\n\nquoted\nmore\n\nSee the site and a still.');
    expect(markdownToText('5 \\* 3 \\_ok\\_')).to.equal('5 * 3 _ok_');
  });

  it('leaves text that is not Markdown as it was', () => {
    for (const text of [
      'snake_case_name and 2*3*4',
      'a_b_c',
      'I <3 this',
      '<b>not made HTML, not removed</b>',
      'Ben & Sera',
      '* a list\n* stays',
    ]) {
      expect(markdownToText(text), text).to.equal(text);
    }
  });

  it('only ever removes characters (and turns CRLF into LF): it can make no markup', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('*', '_', '~', '`', '[', ']', '(', ')', '!', '#', '>', '\\', '-', ' ', '\n', '\r', 'a', 'b', '<', '&'),
        }),
        (text) => {
          const out = markdownToText(text);
          const allowed = new Set(text.replace(/\r/g, '\n'));
          expect(
            [...out].every((char) => allowed.has(char)),
            JSON.stringify({ text, out }),
          ).to.equal(true);
          expect(out.length).to.be.at.most(text.length);
        },
      ),
      { seed: 15, numRuns: 2000 },
    );
  });
});

describe('data formats: OMDb', () => {
  it('maps an answer onto the film format', () => {
    const { film, problems } = parsed(omdb());
    expect(problems).to.deep.equal([]);
    expect(film).to.deep.equal({
      title: 'Leaving Las Vegas',
      year: 1995,
      synopsis: sampleFilm().synopsis!.split('. ')[0] + '.',
      poster: { src: 'posters/leaving-las-vegas.svg' },
      runtime: 112,
      contentRating: 'R',
      genres: ['Drama', 'Romance'],
      countries: ['United States', 'France', 'United Kingdom'],
      languages: ['English'],
      directors: [{ name: 'Mike Figgis' }],
      writers: [
        { name: "John O'Brien", role: 'novel' },
        { name: 'Mike Figgis', role: 'screenplay' },
      ],
      cast: [{ name: 'Nicolas Cage' }, { name: 'Elisabeth Shue' }, { name: 'Julian Sands' }],
      releases: [{ date: '1995-10-27' }, { date: '1998-02-24', kind: 'physical', note: 'DVD' }],
      boxOffice: { amount: 32029928, currency: 'USD' },
      links: [{ label: 'IMDb', url: 'https://www.imdb.com/title/tt0113627/' }],
      ratings: [
        { source: 'IMDb', value: 7.5, max: 10, kind: 'audience', count: 142000, url: 'https://www.imdb.com/title/tt0113627/' },
        { source: 'Rotten Tomatoes', value: 90, max: 100, unit: '%', kind: 'critic' },
        { source: 'Metacritic', value: 82, max: 100, kind: 'critic' },
      ],
      awardsSummary: 'Won 1 Oscar. 17 wins & 17 nominations total',
    });
  });

  it('takes "N/A" as absent', () => {
    const input = omdb();
    for (const key of [
      'Rated',
      'Released',
      'Runtime',
      'Genre',
      'Writer',
      'Actors',
      'Plot',
      'Country',
      'Awards',
      'Poster',
      'DVD',
      'BoxOffice',
      'Website',
    ]) {
      input[key] = 'N/A';
    }
    input.Ratings = [];
    input.Metascore = 'N/A';
    input.imdbRating = 'N/A';
    const { film, problems } = parsed(input);
    expect(problems).to.deep.equal([]);
    expect(Object.keys(film).sort()).to.deep.equal(['directors', 'languages', 'links', 'title', 'year']);
    expect(refused({ ...omdb(), Title: 'N/A' }).problems).to.deep.equal([{ path: 'title', message: 'expected a title' }]);
  });

  it('reads bracketed roles, commas inside brackets, and IMDb\'s "by"', () => {
    const input = omdb();
    input.Writer =
      'Christopher Markus (screenplay by), Stan Lee (based on the Marvel comics by), Jim Starlin (Thanos,  Gamora and Drax created by), Gopimohan (thanks)';
    input.Director = 'Anthony Russo, Joe Russo (co-director)';
    input.Actors = 'Robert Downey Jr., Chris Hemsworth';
    expect(parsed(input).film).to.deep.include({
      writers: [
        { name: 'Christopher Markus', role: 'screenplay' },
        { name: 'Stan Lee', role: 'based on the Marvel comics' },
        { name: 'Jim Starlin', role: 'Thanos, Gamora and Drax created by' },
        { name: 'Gopimohan', role: 'thanks' },
      ],
      directors: [{ name: 'Anthony Russo' }, { name: 'Joe Russo' }],
      cast: [{ name: 'Robert Downey Jr.' }, { name: 'Chris Hemsworth' }],
    });
  });

  it('reads runtimes, dates, box office and years as OMDb writes them', () => {
    const film = (fields: Json) => parsed({ ...omdb(), ...fields }).film;
    expect(film({ Runtime: '1 h 52 min' }).runtime).to.equal(112);
    expect(film({ Runtime: '112 minutes' }).runtime).to.equal(undefined);
    expect(film({ Released: '09 Feb 1996' }).releases![0]).to.deep.equal({ date: '1996-02-09' });
    expect(film({ Released: '1996-02-09' }).releases).to.deep.equal([{ date: '1998-02-24', kind: 'physical', note: 'DVD' }]);
    expect(film({ BoxOffice: '€1,234' }).boxOffice).to.deep.equal({ amount: 1234, currency: 'EUR' });
    expect(film({ BoxOffice: '32 million' }).boxOffice).to.equal(undefined);
    expect(film({ Year: '2011–2014' }).year).to.equal(2011);
  });

  it('leaves out a DVD date before the release (an OMDb mix-up)', () => {
    expect(parsed({ ...omdb(), DVD: '18 Jun 1993' }).film.releases).to.deep.equal([{ date: '1995-10-27' }]);
  });

  it('reads older answers without Ratings from imdbRating and Metascore', () => {
    const input = omdb();
    delete input.Ratings;
    expect(parsed(input).film.ratings).to.deep.equal([
      { source: 'IMDb', value: 7.5, max: 10, kind: 'audience', count: 142000, url: 'https://www.imdb.com/title/tt0113627/' },
      { source: 'Metacritic', value: 82, max: 100, kind: 'critic' },
    ]);
  });

  it('keeps a source it does not know under its own name, and skips a value it cannot read', () => {
    const input = omdb();
    input.Ratings = [
      { Source: 'Some Site', Value: '4/5' },
      { Source: 'Rotten Tomatoes', Value: 'fresh' },
    ];
    // IMDb's and Metacritic's scores come from imdbRating and Metascore when Ratings lacks them.
    expect(parsed(input).film.ratings).to.deep.equal([
      { source: 'IMDb', value: 7.5, max: 10, kind: 'audience', count: 142000, url: 'https://www.imdb.com/title/tt0113627/' },
      { source: 'Some Site', value: 4, max: 5 },
      { source: 'Metacritic', value: 82, max: 100, kind: 'critic' },
    ]);
  });

  it('separates the two sentences OMDb runs together in Awards', () => {
    expect(parsed({ ...omdb(), Awards: 'Nominated for 1 BAFTA Award7 wins & 46 nominations total' }).film.awardsSummary).to.equal(
      'Nominated for 1 BAFTA Award. 7 wins & 46 nominations total',
    );
  });

  it("turns an error answer into an error with OMDb's message", () => {
    for (const input of [{ Response: 'False', Error: 'Movie not found!' }, '{"Response":"False","Error":"Movie not found!"}']) {
      const { message, problems } = refused(input);
      expect(message).to.equal('The film data is an OMDb error (Movie not found!).');
      expect(problems).to.deep.equal([{ path: 'Error', message: 'Movie not found!' }]);
    }
    expect(fromOmdb({ Response: 'False', Error: 'Invalid API key!' })).to.deep.equal({
      ok: false,
      message: 'The film data is an OMDb error (Invalid API key!).',
      problems: [{ path: 'Error', message: 'Invalid API key!' }],
    });
  });
});

describe('data formats: schema.org as film sites publish it', () => {
  /** Letterboxd's shape: `actors`, relative `sameAs`, a record `dateCreated` next to `dateModified`, the year in `releasedEvent`. */
  const letterboxd = (): Loose => ({
    image: 'https://example.org/letterboxd/leaving-las-vegas-0-230-0-345-crop.jpg',
    '@type': 'Movie',
    director: [{ '@type': 'Person', name: 'Mike Figgis', sameAs: '/director/mike-figgis/' }],
    dateModified: '2024-12-20',
    releasedEvent: [{ '@type': 'PublicationEvent', startDate: '1995' }],
    '@context': 'http://schema.org',
    url: 'https://letterboxd.com/film/leaving-las-vegas/',
    actors: [
      { '@type': 'Person', name: 'Nicolas Cage', sameAs: '/actor/nicolas-cage/' },
      { '@type': 'Person', name: 'Elisabeth Shue', sameAs: '/actor/elisabeth-shue/' },
    ],
    dateCreated: '2011-06-22',
    name: 'Leaving Las Vegas',
    genre: ['Drama', 'Romance'],
    countryOfOrigin: [{ '@type': 'Country', name: 'USA' }],
    aggregateRating: { bestRating: 5, reviewCount: 4321, '@type': 'aggregateRating', ratingValue: 3.9, ratingCount: 98765, worstRating: 0 },
  });

  /** Rotten Tomatoes' shape: a record `dateCreated` with a time, `datePublished: null`, `actors` with a parallel `character` list, ±1 reviews. */
  const rottenTomatoes = (): Loose => ({
    '@context': 'http://schema.org',
    '@type': 'Movie',
    name: 'Leaving Las Vegas',
    contentRating: 'R',
    dateModified: '2020-01-17T12:14:44-08:00',
    dateCreated: '2005-11-20T14:50:02-08:00',
    url: 'https://www.rottentomatoes.com/m/leaving_las_vegas',
    datePublished: null,
    aggregateRating: {
      '@type': 'AggregateRating',
      name: 'Tomatometer',
      bestRating: '100',
      worstRating: '0',
      ratingValue: 90,
      reviewCount: 51,
    },
    actors: [
      { '@type': 'Person', name: 'Nicolas Cage', sameAs: 'https://www.rottentomatoes.com/celebrity/nicolas_cage' },
      { '@type': 'Person', name: 'Elisabeth Shue', sameAs: 'https://www.rottentomatoes.com/celebrity/elisabeth_shue' },
      { '@type': 'Person', name: 'Julian Sands' },
    ],
    character: ['Ben Sanderson', null, 'Yuri'],
    director: [{ '@type': 'Person', name: 'Mike Figgis' }],
    author: [{ '@type': 'Person', name: 'Mike Figgis' }],
    genre: ['Drama'],
    review: [
      {
        '@type': 'Review',
        reviewBody: 'Cage and Shue make these clichés into unforgettable people.',
        url: 'https://example.org/ebert',
        dateCreated: '2004-10-01T05:15:17-07:00',
        author: { '@type': 'Person', url: 'https://www.rottentomatoes.com/critic/roger-ebert', name: 'Roger Ebert' },
        reviewRating: { '@type': 'Rating', bestRating: '1', worstRating: '-1', ratingValue: 1 },
        publisher: { '@type': 'Organization', name: 'Chicago Sun-Times' },
      },
      {
        '@type': 'Review',
        reviewBody: 'Painfully unbelievable.',
        dateCreated: '2013-12-27T10:00:00-08:00',
        author: { '@type': 'Person', name: 'Matty Stanfield' },
        reviewRating: { '@type': 'Rating', bestRating: '1', worstRating: '-1', ratingValue: -1 },
        publisher: { '@type': 'Organization', name: 'A Blog' },
      },
    ],
  });

  it("takes the year from releasedEvent, not from a record's dateCreated (Letterboxd)", () => {
    const { film } = parsed(letterboxd());
    expect(film.year).to.equal(1995);
    expect(film.releases).to.deep.equal([{ date: '1995' }]);
  });

  it("has no year rather than the page's (Rotten Tomatoes: dateCreated with a time, datePublished null)", () => {
    const { film } = parsed(rottenTomatoes());
    expect(film.year).to.equal(undefined);
    expect(film.releases).to.equal(undefined);
  });

  it('takes the year from datePublished first, and from a dateCreated that dates the film', () => {
    expect(parsed({ ...letterboxd(), datePublished: '1995-10-27' }).film.year).to.equal(1995);
    expect(parsed({ '@type': 'Movie', name: 'M', dateCreated: '1995-10-27' }).film).to.deep.include({
      year: 1995,
      releases: [{ date: '1995-10-27' }],
    });
    expect(parsed({ '@type': 'Movie', name: 'M', dateCreated: '2011-06-22', dateModified: '2024-12-20' }).film.year).to.equal(undefined);
  });

  it('reads releasedEvent as releases: date, country, kind and note', () => {
    const { film } = parsed({
      '@type': 'Movie',
      name: 'M',
      releasedEvent: [
        { '@type': 'PublicationEvent', startDate: '1996-02-09', location: { '@type': 'Country', name: 'US' }, name: 'wide' },
        {
          '@type': 'PublicationEvent',
          startDate: '1995-10-27T00:00:00Z',
          location: { '@type': 'Country', name: 'US' },
          name: 'limited',
          description: 'New York',
        },
        { '@type': 'PublicationEvent' },
      ],
    });
    expect(film.year).to.equal(1995);
    // In the page's order; the year is the earliest's.
    expect(film.releases).to.deep.equal([
      { date: '1996-02-09', region: 'US', kind: 'wide' },
      { date: '1995-10-27', region: 'US', kind: 'limited', note: 'New York' },
    ]);
  });

  it("reads `actors` and `directors`, lower-case types, and relative URLs against the Movie's url (Letterboxd)", () => {
    const input = letterboxd();
    input.directors = input.director;
    delete input.director;
    const { film } = parsed(input);
    expect(film.cast).to.deep.equal([
      { name: 'Nicolas Cage', url: 'https://letterboxd.com/actor/nicolas-cage/' },
      { name: 'Elisabeth Shue', url: 'https://letterboxd.com/actor/elisabeth-shue/' },
    ]);
    expect(film.directors).to.deep.equal([{ name: 'Mike Figgis', url: 'https://letterboxd.com/director/mike-figgis/' }]);
    expect(film.ratings).to.deep.equal([{ source: 'Letterboxd', value: 3.9, max: 5, kind: 'audience', count: 98765 }]);
    expect(film.links).to.deep.equal([{ label: 'Letterboxd', url: 'https://letterboxd.com/film/leaving-las-vegas/' }]);
  });

  it("pairs Rotten Tomatoes' character list with its actors", () => {
    expect(parsed(rottenTomatoes()).film.cast).to.deep.equal([
      { name: 'Nicolas Cage', url: 'https://www.rottentomatoes.com/celebrity/nicolas_cage', character: 'Ben Sanderson' },
      { name: 'Elisabeth Shue', url: 'https://www.rottentomatoes.com/celebrity/elisabeth_shue' },
      { name: 'Julian Sands', character: 'Yuri' },
    ]);
  });

  it("reads Rotten Tomatoes' ±1 review ratings as verdicts (fresh, rotten), not scores, and the Tomatometer as a percentage", () => {
    const { film } = parsed(rottenTomatoes());
    expect(film.reviews).to.deep.equal([
      {
        author: 'Roger Ebert',
        outlet: 'Chicago Sun-Times',
        kind: 'critic',
        date: '2004-10-01',
        verdict: 'positive',
        text: 'Cage and Shue make these clichés into unforgettable people.',
        url: 'https://example.org/ebert',
      },
      {
        author: 'Matty Stanfield',
        outlet: 'A Blog',
        kind: 'critic',
        date: '2013-12-27',
        verdict: 'negative',
        text: 'Painfully unbelievable.',
      },
    ]);
    expect(film.ratings).to.deep.equal([{ source: 'Rotten Tomatoes', value: 90, max: 100, unit: '%', kind: 'critic', count: 51 }]);
  });

  it("reads IMDb's relative URLs as www.imdb.com's, its original title as such, and its writers from `creator`", () => {
    const input = imdb();
    input.alternateName = 'Adiós a Las Vegas';
    input.actor[0].url = '/name/nm0000000/';
    const { film } = parsed(input);
    expect(film.title).to.equal('Adiós a Las Vegas');
    expect(film.originalTitle).to.equal('Leaving Las Vegas');
    expect(film.cast![0]).to.deep.equal({ name: 'Nicolas Cage', url: 'https://www.imdb.com/name/nm0000000/' });
    expect(film.writers).to.deep.equal([{ name: "John O'Brien" }, { name: 'Mike Figgis' }]);
    expect(film.links![0]).to.deep.equal({ label: 'IMDb', url: 'https://www.imdb.com/title/tt0113627/' });
    expect(film.ratings).to.deep.equal([{ source: 'IMDb', value: 7.5, max: 10, kind: 'audience', count: 142000 }]);
    expect(film.reviews![0]).to.deep.include({ author: 'kijii', kind: 'audience', date: '2012-08-19', rating: { value: 8, max: 10 } });
    expect(film.reviews![0]!.text).to.include("movies don't often depress me");
  });

  it('keeps relative URLs when there is nothing to resolve them against', () => {
    const { film } = parsed({
      '@type': 'Movie',
      name: 'M',
      url: '/films/m',
      image: 'posters/m.jpg',
      actor: { '@type': 'Person', name: 'A', url: '/people/a' },
    });
    expect(film.poster).to.deep.equal({ src: 'posters/m.jpg' });
    expect(film.cast).to.deep.equal([{ name: 'A', url: '/people/a' }]);
  });

  it('picks the Movie among several nodes: @graph inside a list, a Movie with a full type IRI', () => {
    const doc = [
      {
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'BreadcrumbList' }, { '@type': 'https://schema.org/Movie', name: 'Deep' }],
      },
    ];
    expect(parsed(doc).film.title).to.equal('Deep');
  });

  it('reads isBasedOn, sameAs, producers and composers', () => {
    const { film } = parsed({
      '@type': 'Movie',
      name: 'M',
      url: 'https://films.example/m/',
      isBasedOn: { '@type': 'Book', name: 'Leaving Las Vegas', author: { '@type': 'Person', name: "John O'Brien" }, datePublished: '1990' },
      sameAs: ['https://www.imdb.com/title/tt0113627/', 'https://en.wikipedia.org/wiki/Leaving_Las_Vegas'],
      producer: { '@type': 'Person', name: 'Lila Cazès' },
      musicBy: { '@type': 'Person', name: 'Mike Figgis' },
    });
    expect(film.basedOn).to.deep.equal({ title: 'Leaving Las Vegas', author: "John O'Brien", year: 1990, kind: 'novel' });
    expect(film.links).to.deep.equal([
      { label: 'IMDb', url: 'https://www.imdb.com/title/tt0113627/' },
      { label: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Leaving_Las_Vegas' },
    ]);
    expect(film.crew).to.deep.equal([
      { name: 'Lila Cazès', role: 'producer' },
      { name: 'Mike Figgis', role: 'music' },
    ]);
  });

  it('refuses a document without a Movie', () => {
    const { message, problems } = refused({ '@context': 'https://schema.org', '@graph': [{ '@type': 'BreadcrumbList' }] });
    expect(message).to.equal('The JSON-LD has no Movie.');
    expect(problems).to.deep.equal([{ path: '', message: 'expected a Movie node' }]);
  });
});

describe('data formats: lists of inputs and merging', () => {
  it('reads a list of inputs as one film, each in its own format', () => {
    const { film, problems } = parsed([tmdb(), omdb()]);
    expect(problems).to.deep.equal([]);
    // Single values and name lists from the first input that has them.
    expect(film.synopsis).to.equal(sampleFilm().synopsis);
    expect(film.countries).to.deep.equal(['United States of America', 'France', 'United Kingdom']);
    expect(film.poster!.src).to.equal('https://image.tmdb.org/t/p/w500/leaving-las-vegas.svg');
    // What only the second has.
    expect(film.awardsSummary).to.equal('Won 1 Oscar. 17 wins & 17 nominations total');
    // Scores by source, links by URL, cast by name, releases by date and region.
    expect(film.ratings!.map((r) => r.source)).to.deep.equal(['TMDB', 'IMDb', 'Rotten Tomatoes', 'Metacritic']);
    expect(film.links!.map((l) => l.label)).to.deep.equal(['TMDB', 'IMDb', 'Trailer']);
    expect(film.cast).to.have.lengthOf(18);
    expect(film.releases).to.deep.equal(parsed(tmdb()).film.releases);
    expect(film.writers).to.deep.equal(parsed(tmdb()).film.writers);
  });

  it('puts the first input first: what it lacks comes from the others', () => {
    const { film } = parsed([omdb(), tmdb()]);
    expect(film.synopsis).to.equal(omdb().Plot);
    expect(film.countries).to.deep.equal(['United States', 'France', 'United Kingdom']);
    expect(film.poster).to.deep.equal({ src: 'posters/leaving-las-vegas.svg' });
    expect(film.tagline).to.equal(sampleFilm().tagline);
    // OMDb's three actors lead, gaining TMDB's characters and links; TMDB's others follow in billing order.
    expect(film.cast!.slice(0, 4)).to.deep.equal([
      { name: 'Nicolas Cage', character: 'Ben Sanderson', url: 'https://www.themoviedb.org/person/900001' },
      { name: 'Elisabeth Shue', character: 'Sera', url: 'https://www.themoviedb.org/person/900002' },
      { name: 'Julian Sands', character: 'Yuri', url: 'https://www.themoviedb.org/person/900003' },
      { name: 'Richard Lewis', character: 'Peter', url: 'https://www.themoviedb.org/person/900004' },
    ]);
    expect(film.cast).to.have.lengthOf(18);
    expect(film.ratings!.map((r) => r.source)).to.deep.equal(['IMDb', 'Rotten Tomatoes', 'Metacritic', 'TMDB']);
    // OMDb's release without a region merges into TMDB's limited one on that day, which says more.
    expect(film.releases).to.deep.equal(parsed(tmdb()).film.releases);
  });

  it('mergeFilms(…) does the same as a list', () => {
    expect(mergeFilms(tmdb(), omdb())).to.deep.equal(parseFilm([tmdb(), omdb()]));
    expect(mergeFilms(JSON.stringify(tmdb()), imdb(), omdb())).to.deep.equal(parseFilm([tmdb(), imdb(), omdb()]));
    expect(expectFilm(mergeFilms(sampleFilm())).film).to.deep.equal(parsed(sampleFilm()).film);
  });

  it('takes a list of inputs as JSON text, and the separate TMDB responses inside a list', () => {
    expect(parsed(JSON.stringify([tmdb(), omdb()])).film).to.deep.equal(parsed([tmdb(), omdb()]).film);
    expect(parsed([omdb(), ...tmdbParts()]).film).to.deep.equal(parsed([omdb(), tmdb()]).film);
  });

  it('merges reviews by author and date, awards and writers by what they are', () => {
    const a: Loose = {
      title: 'A',
      reviews: [
        { author: 'Ann', date: '2001-01-01', text: 'One' },
        { author: 'Ann', text: 'Undated' },
      ],
    };
    const b: Loose = {
      title: 'B',
      reviews: [
        { author: 'ann', date: '2001-01-01', text: 'Same, other copy', url: 'https://example.org/ann' },
        { author: 'Ann', date: '2002-02-02', text: 'Two' },
      ],
      writers: [
        { name: 'W', role: 'novel' },
        { name: 'W', role: 'screenplay' },
      ],
    };
    const { film } = parsed([a, b]);
    expect(film.title).to.equal('A');
    expect(film.reviews).to.deep.equal([
      { author: 'Ann', date: '2001-01-01', text: 'One', url: 'https://example.org/ann' },
      { author: 'Ann', text: 'Undated' },
      { author: 'Ann', date: '2002-02-02', text: 'Two' },
    ]);
    expect(film.writers).to.have.lengthOf(2);
  });

  it('keeps the first of two scores from the same source', () => {
    const { film } = parsed([
      { title: 'A', ratings: [{ source: 'IMDb', value: 7.5, max: 10 }] },
      { title: 'A', ratings: [{ source: 'imdb', value: 7.4, max: 10, count: 5 }] },
    ]);
    expect(film.ratings).to.deep.equal([{ source: 'IMDb', value: 7.5, max: 10, count: 5 }]);
  });

  it('reports an input that gives no film, with the others merged', () => {
    const { film, problems } = parsed([{ Response: 'False', Error: 'Movie not found!' }, tmdb(), '{"title": ']);
    expect(film.title).to.equal('Leaving Las Vegas');
    expect(problems).to.deep.equal([
      { path: '[0]', message: 'The film data is an OMDb error (Movie not found!).' },
      { path: '[0].Error', message: 'Movie not found!' },
      { path: '[2]', message: problems[2]!.message },
    ]);
    expect(problems[2]!.message).to.match(/^The film data is not valid JSON/);
  });

  it("gives each input's problems its place in the list", () => {
    const input = omdb();
    input.Website = 'javascript:alert(1)';
    expect(parsed([tmdb(), input]).problems).to.deep.equal([
      { path: '[1].links[1].url', message: 'URL dropped: only http, https or relative URLs are used' },
    ]);
  });

  it('refuses a list when no input gives a film', () => {
    const { message, problems } = refused([{ Response: 'False', Error: 'Movie not found!' }, {}]);
    expect(message).to.equal('None of the 2 inputs gives a film (the first: The film data is an OMDb error (Movie not found!).)');
    expect(problems.map((p) => p.path)).to.deep.equal(['[0]', '[0].Error', '[1]', '[1].title']);
    expect(refused([{}]).message).to.equal('The film has no usable title (title must be non-empty text).');
    const none = mergeFilms();
    expect(none).to.deep.equal({
      ok: false,
      message: 'No film data was given.',
      problems: [{ path: '', message: 'expected at least one input' }],
    });
  });

  it('tells a JSON-LD document that is a list of nodes from a list of inputs', () => {
    const nodes = [
      { '@context': 'https://schema.org', '@type': 'Organization', name: 'A studio' },
      { '@context': 'https://schema.org', '@type': 'Movie', name: 'The Movie' },
    ];
    expect(isListOfInputs(nodes)).to.equal(false);
    expect(parsed(nodes).film.title).to.equal('The Movie');
    expect(isListOfInputs([imdb(), omdb()])).to.equal(true);
    expect(isListOfInputs([imdb(), imdb()], 'schema.org')).to.equal(false);
    expect(isListOfInputs([imdb(), imdb()], 'film')).to.equal(true);
    // Two JSON-LD documents are one document, unless given to mergeFilms as two inputs.
    const other = { '@context': 'https://schema.org', '@type': 'Movie', name: 'Other', genre: 'Noir' };
    expect(parsed([imdb(), other]).film.genres).to.deep.equal(['Drama', 'Romance']);
    expect(expectFilm(mergeFilms(other, imdb())).film).to.deep.include({ title: 'Other', genres: ['Noir'], contentRating: 'R' });
    // A list of things that are not inputs is no list of inputs.
    expect(isListOfInputs([1, 2, 3])).to.equal(false);
    expect(isListOfInputs([])).to.equal(false);
  });

  it('merges valid films into a valid film', () => {
    const merged = mergeParsedFilms([parsed(tmdb()).film, parsed(omdb()).film, parsed(imdb()).film, parsed(sampleFilm()).film]);
    expect(validateFilm(merged).problems).to.deep.equal([]);
  });
});

describe("data formats: the elements' parse (parseShared) with options", () => {
  it('loads a mapping when its format first arrives, and the merge when a list does', async () => {
    for (const input of [tmdb(), omdb(), [tmdb(), omdb()]]) {
      const result = await parseShared(input);
      expect(result).to.deep.equal(parseFilm(input));
    }
  });

  it('keeps results read with other options apart, and shares the rest', async () => {
    const text = JSON.stringify(tmdb());
    const us = await parseShared(text);
    const gb = await parseShared(text, { region: 'GB' });
    expect(expectFilm(us).film.contentRating).to.equal('R');
    expect(expectFilm(gb).film.contentRating).to.equal('18');
    expect(parseShared(text, { region: 'GB' })).to.equal(parseShared(text, { region: 'GB' }));
    expect(parseShared(text)).to.equal(parseShared(text, {}));
    const value = tmdb();
    expect(await parseShared(value, { format: 'film' })).to.deep.equal(parseFilm(value, { format: 'film' }));
    expect(parseShared(value)).to.not.equal(parseShared(value, { format: 'film' }));
  });

  it('says what is missing and resumes without a second JSON.parse once it is there', () => {
    const result = parseInput(JSON.stringify([tmdb(), omdb()]), {}) as NeedsMapping;
    expect(result.needs).to.deep.equal(['merge']);
    const next = result.resume({ merge: parseList }) as NeedsMapping;
    expect(next.needs.sort()).to.deep.equal(['omdb', 'tmdb']);
    const done = next.resume({ tmdb: fromTmdb as Loose, omdb: fromOmdb as Loose, merge: parseList });
    expect(done).to.deep.equal(parseFilm([tmdb(), omdb()]));
  });
});

describe('data formats: JSON-LD out (toSchemaOrg)', () => {
  const url = 'https://films.example/leaving-las-vegas/';
  const sample = () => parsed(sampleFilm()).film;

  it("publishes the sample as a schema.org Movie following Google's guidelines", () => {
    const movie: Loose = toSchemaOrg(sample(), { url });
    expect(movie).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      url,
      name: 'Leaving Las Vegas',
      image: {
        '@type': 'ImageObject',
        url: 'https://films.example/leaving-las-vegas/posters/leaving-las-vegas.svg',
        caption: sampleFilm().poster && (sampleFilm().poster as Loose).alt,
        width: 300,
        height: 450,
      },
      dateCreated: '1995-10-27',
      duration: 'PT1H52M',
      contentRating: 'R',
      genre: ['Drama', 'Romance'],
      inLanguage: ['English'],
      director: [{ '@type': 'Person', name: 'Mike Figgis' }],
      author: [
        { '@type': 'Person', name: "John O'Brien" },
        { '@type': 'Person', name: 'Mike Figgis' },
      ],
      producer: [
        { '@type': 'Person', name: 'Lila Cazès' },
        { '@type': 'Person', name: 'Annie Stewart' },
      ],
      musicBy: [{ '@type': 'Person', name: 'Mike Figgis' }],
      isBasedOn: { '@type': 'Book', name: 'Leaving Las Vegas', author: { '@type': 'Person', name: "John O'Brien" }, datePublished: '1990' },
      sameAs: ['https://www.imdb.com/title/tt0113627/', 'https://www.themoviedb.org/movie/451'],
    });
    expect(movie.actor[0]).to.deep.equal({
      '@type': 'PerformanceRole',
      actor: { '@type': 'Person', name: 'Nicolas Cage' },
      characterName: 'Ben Sanderson',
    });
    expect(movie.releasedEvent[0]).to.deep.equal({
      '@type': 'PublicationEvent',
      startDate: '1995-10-27',
      location: { '@type': 'Country', name: 'US' },
      name: 'limited',
    });
    expect(movie.award).to.include('Academy Awards for Best Actor');
    expect(movie.award).to.have.lengthOf(17);
    expect(movie).not.to.have.property('trailer');
  });

  it('publishes only reviews with a rating (Google requires reviewRating), with bestRating', () => {
    const movie: Loose = toSchemaOrg(sample(), { url });
    expect(movie.review).to.have.lengthOf(2);
    expect(movie.review[0]).to.deep.include({
      '@type': 'Review',
      author: { '@type': 'Person', name: 'Cameron W. Johnson' },
      publisher: { '@type': 'Organization', name: 'Rotten Tomatoes' },
      datePublished: '2014-03-27',
      reviewRating: { '@type': 'Rating', ratingValue: 2.75, bestRating: 5, worstRating: 0 },
    });
    const verdict = { ...sample(), reviews: [{ author: 'A', text: 'Rotten.', verdict: 'negative' as const }] };
    expect((toSchemaOrg(verdict) as Loose).review[0].reviewRating).to.deep.equal({
      '@type': 'Rating',
      ratingValue: -1,
      bestRating: 1,
      worstRating: -1,
    });
  });

  it("publishes aggregateRating only for the site's own score with a count, never a third party's", () => {
    expect(toSchemaOrg(sample())).not.to.have.property('aggregateRating'); // IMDb, Rotten Tomatoes, Metacritic: not ours
    const own = (rating: Json) => toSchemaOrg(parsed({ ...sampleFilm(), ratings: [...sampleFilm().ratings!, rating] }).film) as Loose;
    expect(own({ source: 'Our readers', value: 4.2, max: 5, count: 87, own: true }).aggregateRating).to.deep.equal({
      '@type': 'AggregateRating',
      name: 'Our readers',
      ratingValue: 4.2,
      bestRating: 5,
      worstRating: 0,
      ratingCount: 87,
    });
    expect(own({ source: 'Our readers', value: 4.2, max: 5, own: true })).not.to.have.property('aggregateRating');
    expect(own({ source: 'Our readers', value: 4.2, max: 5, count: 87 })).not.to.have.property('aggregateRating');
  });

  it('dates the film in its own year: the first release that year, or the year alone', () => {
    const film = (fields: Json) => toSchemaOrg({ title: 'T', ...fields } as Film) as Loose;
    expect(film({ year: 1984, releases: [{ date: '1986-04-11' }] }).dateCreated).to.equal('1984');
    expect(film({ year: 1986, releases: [{ date: '1986-06-01' }, { date: '1986-04-11' }] }).dateCreated).to.equal('1986-04-11');
    expect(film({ releases: [{ date: '1986-06-01' }] }).dateCreated).to.equal('1986-06-01');
    expect(film({})).not.to.have.property('dateCreated');
    expect(film({ runtime: 60 }).duration).to.equal('PT1H');
    expect(film({ runtime: 45 }).duration).to.equal('PT45M');
  });

  it('leaves relative URLs relative without a page URL, and has no empty lists', () => {
    const movie: Loose = toSchemaOrg({ title: 'T', poster: { src: 'p.jpg' }, genres: [], cast: [] } as Film);
    expect(movie).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Movie', name: 'T', image: 'p.jpg' });
  });

  it('is read back by fromSchemaOrg: the formats agree on the samples', () => {
    for (const input of [sampleFilm(), tmdb(), omdb(), imdb()]) {
      const film = parsed(input).film;
      const back = parsed(toSchemaOrg(film, { url })).film;
      expect(back.title).to.equal(film.title);
      expect(back.year).to.equal(film.year);
      expect(back.cast).to.deep.equal(film.cast?.map((c) => (c.url ? { ...c, url: new URL(c.url, url).href } : c)));
    }
  });
});

describe('data formats: jsonLdScript (the text of a <script type="application/ld+json">)', () => {
  const hostile = (): Film => ({
    title: 'Leaving </script><script>alert(1)</script> Las Vegas <!-- x --> & <b>',
    synopsis: 'Line\u2028separator and paragraph\u2029separator, </SCRIPT >, <!--<script>',
    directors: [{ name: '</script' }],
  });

  it('escapes <, >, &, U+2028 and U+2029, so that no data can end or bend the script', () => {
    const text = jsonLdScript(hostile(), { url: 'https://films.example/' });
    expect(text).not.to.match(/[<>&\u2028\u2029]/);
    expect(text).to.include('\\u003c/script\\u003e');
    expect(JSON.parse(text)).to.deep.equal(toSchemaOrg(hostile(), { url: 'https://films.example/' }));
  });

  it('stays one script in a real page, whose text is the JSON-LD', () => {
    const text = jsonLdScript(hostile());
    const doc = new DOMParser().parseFromString(`<script type="application/ld+json">${text}</script><p id="after">after</p>`, 'text/html');
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.lengthOf(1);
    expect(scripts[0]!.textContent).to.equal(text);
    expect(doc.getElementById('after')?.textContent).to.equal('after');
    expect((JSON.parse(scripts[0]!.textContent!) as Loose).name).to.equal(hostile().title);
  });
});

// --- the round trip ----------------------------------------------------------------------------------

/**
 * Text as both formats can hold it: trimmed, not empty, and not looking like an HTML character
 * reference (the reader decodes those, as sites' JSON-LD needs). Markup-like text, quotes, non-Latin
 * scripts and emoji are in.
 */
const textArb = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019 .,;:!?\'"<>/&()-–é日本語😀'.split('')), minLength: 1, maxLength: 24 })
  .map((text) => text.trim().replace(/\s+/g, ' '))
  .filter((text) => text.length > 0 && !/&(#x?[\da-f]+|[a-z]+);/i.test(decodeEntities(text)) && decodeEntities(text) === text);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
const urlArb = slug.map((s) => `https://example.org/${s}`);
const dateArb = fc
  .date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const personArb = fc.record({ name: textArb, url: urlArb }, { requiredKeys: ['name'] });
const scaleArb = fc
  .integer({ min: 1, max: 100 })
  .chain((max) => fc.integer({ min: 0, max: max * 10 }).map((tenths) => ({ value: tenths / 10, max })));

const filmArb = fc.record(
  {
    title: textArb,
    originalTitle: textArb,
    year: fc.integer({ min: 1890, max: 2090 }),
    synopsis: textArb,
    poster: fc.record(
      { src: urlArb, alt: textArb, width: fc.integer({ min: 1, max: 2000 }), height: fc.integer({ min: 1, max: 3000 }) },
      { requiredKeys: ['src'] },
    ),
    runtime: fc.integer({ min: 1, max: 900 }),
    contentRating: textArb,
    genres: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    countries: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    languages: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    directors: fc.array(personArb, { minLength: 1, maxLength: 3 }),
    writers: fc.array(personArb, { minLength: 1, maxLength: 3 }),
    cast: fc.array(fc.record({ name: textArb, character: textArb, url: urlArb }, { requiredKeys: ['name'] }), {
      minLength: 1,
      maxLength: 5,
    }),
    crew: fc.array(
      fc.record({ name: textArb, role: fc.constantFrom('producer', 'music'), url: urlArb }, { requiredKeys: ['name', 'role'] }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    basedOn: fc.record(
      { title: textArb, author: textArb, year: fc.integer({ min: 1000, max: 2090 }), kind: fc.oneof(fc.constant('novel'), textArb) },
      { requiredKeys: ['title'] },
    ),
    releases: fc.array(fc.record({ date: dateArb, region: textArb, kind: textArb, note: textArb }, { requiredKeys: ['date'] }), {
      minLength: 1,
      maxLength: 3,
    }),
    links: fc.array(fc.record({ label: textArb.filter((label) => !/trailer/i.test(label)), url: urlArb }), { minLength: 1, maxLength: 3 }),
    ownRating: fc.record({ source: textArb, count: fc.integer({ min: 1, max: 1e7 }), scale: scaleArb }),
    awards: fc.array(
      fc.record({ name: textArb.filter((name) => !/ for /i.test(name)), category: textArb }).map((a) => ({ ...a, result: 'won' as const })),
      { minLength: 1, maxLength: 3 },
    ),
    reviews: fc.array(
      fc.record(
        {
          author: textArb,
          outlet: textArb,
          date: dateArb,
          rating: fc.oneof(
            scaleArb.map((rating) => ({ rating })),
            fc.constantFrom('positive' as const, 'negative' as const).map((verdict) => ({ verdict })),
          ),
          title: textArb,
          text: textArb,
          url: urlArb,
        },
        { requiredKeys: ['author', 'rating', 'text'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  },
  { requiredKeys: ['title'] },
);

/** The fields both formats have, as they come back (links: their URLs; ratings: the own one, unmarked). */
function common(film: Film): Json {
  return JSON.parse(
    JSON.stringify({
      ...film,
      originalTitle: film.originalTitle !== film.title ? film.originalTitle : undefined,
      links: film.links?.filter((link) => !/trailer/i.test(link.label)).map((link) => link.url),
      ratings: film.ratings?.filter((r) => r.own).map(({ source, value, max, count }) => ({ source, value, max, count })),
      awards: film.awards?.filter((a) => a.result === 'won').map(({ name, category, result }) => ({ name, category, result })),
      reviews: film.reviews?.filter((r) => r.rating || r.verdict),
      writers: film.writers?.map(({ name, url }) => ({ name, url })),
      crew: film.crew?.filter((c) => c.role === 'producer' || c.role === 'music'),
    }),
  );
}

describe('data formats: the round trip', () => {
  it('fromSchemaOrg(toSchemaOrg(film)) keeps every field both formats have', () => {
    fc.assert(
      fc.property(filmArb, ({ ownRating, reviews, ...input }) => {
        const film = {
          ...input,
          ...(ownRating && { ratings: [{ source: ownRating.source, ...ownRating.scale, count: ownRating.count, own: true }] }),
          ...(reviews && { reviews: reviews.map(({ rating, ...review }) => ({ ...review, ...rating })) }),
        };
        const original = expectFilm(validateFilm(film)).film;
        const back = expectFilm(parseFilm(toSchemaOrg(original))).film;
        const expected = common(original);
        const actual = common({ ...back, ratings: back.ratings?.map((r) => ({ ...r, own: true })) });
        // Order matters for the crew only within each role (schema.org keeps producers and composers apart).
        const byRole = (crew: unknown) => (crew as { role: string }[] | undefined)?.slice().sort((a, b) => a.role.localeCompare(b.role));
        for (const key of Object.keys(expected)) {
          const [want, got] = key === 'crew' ? [byRole(expected[key]), byRole(actual[key])] : [expected[key], actual[key]];
          expect(got, key).to.deep.equal(want);
        }
      }),
      { seed: 1995, numRuns: 300 },
    );
  });
});

// --- hardening: responses in the real shapes, mutated ----------------------------------------------

type Mutation = { path: number[]; action: 'delete' | 'set'; value: unknown };

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '&lt;b&gt;',
  '\u202Eevil',
  '__proto__',
  'N/A',
  '',
];
const junk = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, '', 'N/A', [], {}, ...PAYLOADS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);
const mutationArb = fc.array(
  fc.record({
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
    action: fc.constantFrom('delete' as const, 'set' as const),
    value: junk,
  }),
  {
    minLength: 1,
    maxLength: 8,
  },
);

/** Applies each mutation at the path (indexes into the keys of each level, modulo their count). */
function mutate(root: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(root);
  for (const { path, action, value } of mutations) {
    let node = copy as Json;
    for (let depth = 0; depth < path.length; depth++) {
      const keys = Object.keys(node);
      if (!keys.length) break;
      const key = keys[path[depth]! % keys.length]!;
      const child = node[key];
      if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
        if (action === 'delete') delete node[key];
        else Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
        break;
      }
      node = child as Json;
    }
  }
  return copy;
}

/** Every string in a value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      out.push(key);
      strings(child, out);
    }
  }
  return out;
}

/** Every URL a film holds (the ones the elements put in href and src). */
const urlsOf = (film: Film): string[] =>
  [
    film.poster?.src,
    ...[film.links, film.cast, film.writers, film.directors, film.crew, film.reviews, film.ratings].flatMap((list) =>
      (list ?? []).map((item) => item.url),
    ),
  ].filter((url): url is string => url !== undefined);

const SHAPES: [name: string, fixture: () => unknown, text: (input: unknown) => string][] = [
  ['TMDB', tmdb, (input) => JSON.stringify(input)],
  ['TMDB separate responses', tmdbParts, (input) => JSON.stringify(input)],
  ['OMDb', omdb, (input) => JSON.stringify(input)],
  // JSON-LD strings may hold entities that are decoded as text: "&lt;b&gt;" reads "<b>".
  ['JSON-LD (IMDb)', imdb, (input) => decodeEntities(JSON.stringify(input))],
  ['TMDB + OMDb as a list', () => [tmdb(), omdb()], (input) => JSON.stringify(input)],
];

describe('data formats: hardening (mutated responses in the real shapes)', () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

  for (const [name, fixture, text] of SHAPES) {
    it(`${name}: never throws, always a film or an error, no markup that was not in the input`, () => {
      const base = fixture();
      fc.assert(
        fc.property(mutationArb, fc.boolean(), (mutations, asText) => {
          const input = mutate(base, mutations);
          const before = JSON.stringify(input);
          const result = parseFilm(asText ? JSON.stringify(input) : input);
          expect(result.ok).to.be.a('boolean');
          expect(JSON.stringify(input), 'the input is left unchanged').to.equal(before);
          expect(Object.getOwnPropertyNames(Object.prototype), 'no prototype pollution').to.deep.equal(prototypeNames);
          if (!result.ok) return;
          const source = text(input);
          for (const value of strings(result.film)) {
            if (value.includes('<')) expect(source, `"${value}" holds markup the input did not`).to.include('<');
          }
          for (const url of urlsOf(result.film)) {
            expect(new URL(url, 'https://relative.invalid/').protocol, `unsafe URL kept: ${url}`).to.match(/^https?:$/);
          }
        }),
        { seed: 15 + name.length, numRuns: 400 },
      );
    });
  }

  it('fromTmdb, fromOmdb and fromSchemaOrg take any JSON without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        fromTmdb(value as Loose);
        fromOmdb(value as Loose);
        fromSchemaOrg(value);
        parseFilm(value, { format: 'tmdb' });
        parseFilm(value, { format: 'omdb' });
        parseFilm(value, { format: 'schema.org' });
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});
