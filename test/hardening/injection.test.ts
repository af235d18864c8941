/**
 * Issue 9, "Injection": every string field of the film format (and of schema.org JSON-LD), fed a
 * corpus of injection payloads, in all five elements. No script runs (every payload that could run
 * calls `window.__pwn`), no element or attribute is injected (the shadow trees hold only the
 * templates' own tags and attributes), unsafe URLs are dropped and reported, external links carry
 * `rel="noopener noreferrer"`, and the text shows as text. The figures are logged (`[injection] ${browser()} …`).
 */
import { aTimeout, expect, nextFrame } from '@open-wc/testing';

import '../../src/index.js';

import { parseFilm } from '../../src/data/parse.js';
import type { FilmElement } from '../../src/internal/film-element.js';
import { browser, create, quietly, sampleFilm, sampleJson, stateOf, TAGS, watchErrors } from '../helpers.js';
import { assertNoPollution, audit, bidiBalanced, collapse, shownText } from './harness.js';
import { containsString, formatPath, setPath, STRING_FIELDS, textPayloads, urlPayloads } from './payloads.js';

declare global {
  interface Window {
    __pwn?: (id: number) => void;
  }
}

const pwned: number[] = [];
window.__pwn = (id: number) => pwned.push(id);

/** The sample with a second director that has a URL, so that every URL field exists in it. */
function baseFilm(): Record<string, unknown> {
  const film = sampleFilm() as unknown as Record<string, unknown> & { directors: unknown[] };
  film.directors = ['Mike Figgis', { name: 'Second Director', url: 'https://example.com/director' }];
  return film;
}

/** The same text with every direction control it leaves open closed at its end (what the data layer does). */
function closeDirectionControls(text: string): string {
  if (bidiBalanced(text)) return text;
  const stack: string[] = [];
  let out = '';
  for (const char of text) {
    if ('\u202A\u202B\u202D\u202E'.includes(char)) stack.push('\u202C');
    else if ('\u2066\u2067\u2068'.includes(char)) stack.push('\u2069');
    else if (char === '\u202C') {
      if (stack[stack.length - 1] !== '\u202C') continue;
      stack.pop();
    } else if (char === '\u2069') {
      const at = stack.lastIndexOf('\u2069');
      if (at < 0) continue;
      stack.length = at;
    }
    out += char;
  }
  return out + stack.reverse().join('');
}

/** Whether a URL from the data, resolved as the browser would, is http(s) (what may be used). */
function resolvesToHttp(url: string): boolean {
  if (!url.trim()) return false;
  try {
    return /^https?:$/.test(new URL(url, location.href).protocol);
  } catch {
    return false;
  }
}

/** `stateOf`, with an inconsistent state reported as text instead of thrown (the tests collect failures). */
function stateOrProblem(element: FilmElement): string {
  try {
    return stateOf(element);
  } catch (error) {
    return `an inconsistent state (${(error as Error).message})`;
  }
}

/**
 * HTML character references decoded once, as sites' JSON-LD needs (named: amp, apos, quot, lt, gt,
 * nbsp; numeric: any code point): what the text should read after the schema.org mapping.
 */
function decodeReferences(text: string): string {
  const named: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: '\u00a0' };
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return Object.hasOwn(named, body.toLowerCase()) ? named[body.toLowerCase()]! : whole;
    const code = body[1]!.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

describe('hardening: injection', function () {
  this.timeout(150_000);
  let container: HTMLElement;
  let elements: FilmElement[];
  let lightDom: number;
  let watch: ReturnType<typeof watchErrors>;

  before(async () => {
    container = document.createElement('div');
    container.innerHTML = '<p id="neighbour">The host page</p>';
    document.body.append(container);
    elements = TAGS.map((tag) => {
      const element = create(tag);
      // The carousel lays out one review at a time: every rendered slide must hold the first review.
      if (tag === 'film-review-carousel') element.setAttribute('slides-per-view', '1');
      container.append(element);
      return element;
    });
    lightDom = document.querySelectorAll('*').length;
    watch = watchErrors();
  });

  after(() => {
    container.remove();
  });

  /** Renders a film in all five (as an object, or as JSON text through the attribute) and waits. */
  async function renderAll(film: unknown, asText: boolean): Promise<void> {
    for (const element of elements) {
      if (asText) element.setAttribute('film', typeof film === 'string' ? film : JSON.stringify(film));
      else element.film = film as FilmElement['film'];
    }
    await Promise.all(elements.map((element) => element.updateComplete));
  }

  /** Runs after each block: nothing ran, nothing escaped into the page, nothing was thrown. */
  async function expectNothingRan(): Promise<void> {
    await aTimeout(300); // images that fail to load report it asynchronously
    await nextFrame();
    expect(pwned, 'payloads that ran').to.deep.equal([]);
    expect(document.querySelectorAll('*').length, 'elements in the host page').to.equal(lightDom);
    expect(container.querySelector('#neighbour')?.textContent).to.equal('The host page');
    expect(watch.errors, 'errors on the page').to.deep.equal([]);
    assertNoPollution();
  }

  it('renders the sample with only the templates’ own tags and attributes (the baseline of every check)', async () => {
    await quietly(async () => renderAll(baseFilm(), false));
    for (const element of elements) {
      expect(stateOf(element), element.localName).to.equal('film');
      expect(audit(element), element.localName).to.deep.equal([]);
    }
    // The error state too.
    await quietly(async () => renderAll('{"title": 1}', true));
    for (const element of elements) {
      expect(stateOf(element)).to.equal('error');
      expect(audit(element), element.localName).to.deep.equal([]);
    }
  });

  it('every string field × every text payload: nothing runs, nothing is injected, the text shows as text', async () => {
    const failures: string[] = [];
    let cases = 0;
    let renders = 0;
    const shownBy = new Map<string, string[]>();
    const rejected: string[] = [];
    await quietly(async () => {
      for (const [f, [path, kind]] of STRING_FIELDS.entries()) {
        const field = formatPath(path);
        // A harmless marker first: does the data layer keep this field, and which elements show it?
        const marker = `Zq${f}qZ`;
        const probe = baseFilm();
        setPath(probe, path, kind === 'url' ? `https://example.com/${marker}` : marker);
        await renderAll(probe, false);
        const kept = containsString(elements[0]!.filmData, marker);
        const showing = elements.filter((element) => shownText(element).includes(marker)).map((element) => element.localName);
        if (kept) shownBy.set(field, showing);
        else rejected.push(field);

        for (const [p, [name, payload]] of textPayloads(f * 100).entries()) {
          cases++;
          const film = baseFilm();
          setPath(film, path, payload);
          await renderAll(film, p % 2 === 1);
          renders += elements.length;
          const where = `${field} ← ${name}`;
          const expected = closeDirectionControls(payload);
          const markers = [`__pwn(${f * 100})`, payload.length > 6 ? payload : ''];
          for (const element of elements) {
            const state = stateOrProblem(element);
            const problems = audit(element, { markers });
            if (problems.length) failures.push(`${where} in <${element.localName}>: ${problems.join('; ')}`);
            if (state !== 'film') failures.push(`${where}: <${element.localName}> shows ${state}`);
          }
          const filmData = elements[0]!.filmData;
          const reported = elements[0]!.problems.some(
            (problem) => problem.path === field || field.startsWith(`${problem.path}.`) || field.startsWith(`${problem.path}[`),
          );
          if (kind === 'url' && !resolvesToHttp(payload)) {
            // Text that is not an http(s) or relative URL, in a URL field: dropped and reported like any unsafe URL.
            if (containsString(filmData, payload) && payload.trim()) failures.push(`${where}: an unsafe URL was kept`);
            if (!reported) failures.push(`${where}: the dropped URL is not reported`);
          } else if (kept && containsString(filmData, expected)) {
            for (const element of elements) {
              if (showing.includes(element.localName) && !shownText(element).includes(collapse(expected))) {
                failures.push(
                  `${where}: <${element.localName}> does not show the text as it is (${JSON.stringify(collapse(expected).slice(0, 50))})`,
                );
              }
            }
          } else if (kept && payload.trim()) {
            failures.push(`${where}: the value was changed or dropped (${JSON.stringify(payload.slice(0, 40))})`);
          } else if (!kept && !reported) {
            failures.push(`${where}: a rejected value is not reported (problems: ${JSON.stringify(elements[0]!.problems)})`);
          }
        }
      }
    });
    await expectNothingRan();
    console.log(`[injection] ${browser()} ${cases} field × payload cases, ${renders} renders, ${failures.length} failures`);
    console.log(
      `[injection] ${browser()} shown: ${[...shownBy].map(([field, tags]) => `${field} (${tags.map((t) => t.replace('film-', '')).join(', ') || 'kept, not shown'})`).join('; ')}`,
    );
    console.log(`[injection] ${browser()} rejected by validation (and reported): ${rejected.join(', ')}`);
    expect(failures.slice(0, 30), `${failures.length} failures`).to.deep.equal([]);
  });

  it('every URL field × every URL payload: unsafe URLs are dropped and reported, safe ones kept, links rel="noopener noreferrer"', async () => {
    const failures: string[] = [];
    let cases = 0;
    let dropped = 0;
    await quietly(async () => {
      for (const [f, [path, kind]] of STRING_FIELDS.entries()) {
        if (kind !== 'url') continue;
        const field = formatPath(path);
        for (const [p, [name, payload, safe]] of urlPayloads(f * 100).entries()) {
          cases++;
          const film = baseFilm();
          setPath(film, path, payload);
          await renderAll(film, p % 2 === 0);
          const where = `${field} ← ${name}`;
          for (const element of elements) {
            if (stateOrProblem(element) !== 'film') failures.push(`${where}: <${element.localName}> shows ${stateOrProblem(element)}`);
            const problems = audit(element, { markers: [`__pwn(${f * 100})`] });
            if (problems.length) failures.push(`${where} in <${element.localName}>: ${problems.join('; ')}`);
          }
          const [first] = elements as [FilmElement];
          const kept = containsString(first.filmData, payload) && payload.trim() !== '';
          const reported = first.problems.some((problem) => problem.path === field && /URL dropped/.test(problem.message));
          if (safe && !kept) failures.push(`${where}: a safe URL was dropped`);
          if (safe && reported) failures.push(`${where}: a safe URL was reported`);
          if (!safe && kept) failures.push(`${where}: an unsafe URL was kept`);
          if (!safe && !reported) failures.push(`${where}: the dropped URL is not reported (${JSON.stringify(first.problems)})`);
          if (!safe) dropped++;
          // Where a safe URL is used, it is used as it is: as an attribute value, never as markup.
          if (safe) {
            for (const element of elements) {
              for (const link of element.shadowRoot!.querySelectorAll('[href], [src]')) {
                const value = link.getAttribute('href') ?? link.getAttribute('src')!;
                if (value.includes('__pwn') && value !== payload)
                  failures.push(`${where}: <${element.localName}> altered the URL to ${value}`);
              }
            }
          }
        }
      }
    });
    await expectNothingRan();
    console.log(
      `[injection] ${browser()} ${cases} URL field × URL payload cases, ${dropped} unsafe URLs dropped and reported, ${failures.length} failures`,
    );
    expect(failures.slice(0, 30), `${failures.length} failures`).to.deep.equal([]);
  });

  it('every link the sample and its variants render opens with rel="noopener noreferrer" and an http(s) URL', async () => {
    const film = baseFilm() as Record<string, unknown> & {
      cast: { url?: string }[];
      reviews: { url?: string }[];
      ratings: { url?: string }[];
    };
    film.cast.forEach((member, i) => (member.url = `https://example.com/cast/${i}`));
    film.reviews.forEach((review, i) => (review.url = `/reviews/${i}`));
    film.ratings.forEach((rating, i) => (rating.url = `http://example.com/ratings/${i}`));
    await quietly(async () => renderAll(film, false));
    let links = 0;
    for (const element of elements) {
      const anchors = [...element.shadowRoot!.querySelectorAll('a')];
      links += anchors.length;
      for (const anchor of anchors) {
        expect(anchor.rel.split(' '), anchor.href).to.include.members(['noopener', 'noreferrer']);
        expect(new URL(anchor.href).protocol).to.match(/^https?:$/);
      }
    }
    expect(links, 'links rendered').to.be.greaterThan(5);
  });

  it('schema.org JSON-LD: entity-encoded markup becomes text, never markup; unsafe URLs are dropped and reported', async () => {
    const failures: string[] = [];
    let cases = 0;
    await quietly(async () => {
      for (const [p, [name, payload]] of textPayloads(9000).entries()) {
        if (!payload.trim()) continue;
        cases++;
        const encoded = `${payload} &lt;img src=x onerror=__pwn(9001)&gt; &constructor; &#60;b&#62;`;
        const text = decodeReferences(encoded).trim();
        const movie = {
          '@context': 'https://schema.org',
          '@type': 'Movie',
          name: encoded,
          alternateName: encoded,
          description: encoded,
          genre: [encoded],
          contentRating: encoded,
          director: { '@type': 'Person', name: encoded, url: 'javascript:__pwn(9002)' },
          author: [{ '@type': 'Person', name: encoded }],
          actor: [
            {
              '@type': 'PerformanceRole',
              actor: { '@type': 'Person', name: encoded, url: `data:text/html,${payload}` },
              characterName: encoded,
            },
          ],
          image: { '@type': 'ImageObject', url: 'javascript:__pwn(9003)', caption: encoded },
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: '4,5',
            bestRating: '5',
            ratingCount: '1.234',
            author: { name: encoded },
          },
          award: [`${encoded} for ${encoded}`],
          review: [
            {
              '@type': 'Review',
              author: { name: encoded },
              publisher: { name: encoded },
              name: encoded,
              reviewBody: encoded,
              url: 'vbscript:msgbox(1)',
            },
          ],
          trailer: { '@type': 'VideoObject', url: 'javascript:__pwn(9004)' },
        };
        await renderAll(movie, p % 2 === 0);
        const where = `JSON-LD ← ${name}`;
        const expected = collapse(closeDirectionControls(text));
        for (const element of elements) {
          if (stateOrProblem(element) !== 'film') failures.push(`${where}: <${element.localName}> shows ${stateOrProblem(element)}`);
          const problems = audit(element, { markers: ['__pwn(9000)', '__pwn(9001)'] });
          if (problems.length) failures.push(`${where} in <${element.localName}>: ${problems.join('; ')}`);
          // JSON-LD has no soundtrack: <film-soundtrack> rightly shows nothing.
          if (element.localName !== 'film-soundtrack' && !shownText(element).includes(expected)) {
            failures.push(`${where}: <${element.localName}> does not show ${JSON.stringify(expected.slice(0, 60))}`);
          }
        }
        const reported = elements[0]!.problems.filter((problem) => /URL dropped/.test(problem.message)).map((problem) => problem.path);
        for (const path of ['poster.src', 'directors[0].url', 'cast[0].url', 'links[0].url', 'reviews[0].url']) {
          if (!reported.includes(path)) failures.push(`${where}: the unsafe URL at ${path} is not reported (${reported.join(', ')})`);
        }
      }
    });
    await expectNothingRan();
    console.log(`[injection] ${browser()} ${cases} JSON-LD cases × 5 elements, ${failures.length} failures`);
    expect(failures.slice(0, 30), `${failures.length} failures`).to.deep.equal([]);
  });

  it('error messages that quote the input (invalid JSON, an unsafe src) show it as text', async () => {
    const failures: string[] = [];
    await quietly(async () => {
      for (const [name, payload] of textPayloads(9100)) {
        for (const input of [
          payload,
          `{"title": "x", ${payload}`,
          `{"title": ${JSON.stringify(payload)}, "year": ${JSON.stringify(payload)}}`,
        ]) {
          await renderAll(input, true);
          for (const element of elements) {
            const state = stateOrProblem(element);
            if (state !== 'error' && state !== 'film') failures.push(`${name}: <${element.localName}> shows ${state}`);
            const problems = audit(element, { markers: ['__pwn(9100)'] });
            if (problems.length) failures.push(`${name} in <${element.localName}>: ${problems.join('; ')}`);
          }
        }
        // src: an unsafe address is refused before any request, and quoted as text.
        for (const element of elements) {
          element.removeAttribute('film');
          element.film = undefined;
          element.src = `javascript:${payload}`;
        }
        await Promise.all(elements.map((element) => element.updateComplete));
        for (const element of elements) {
          if (stateOrProblem(element) !== 'error')
            failures.push(`src javascript:${name}: <${element.localName}> shows ${stateOrProblem(element)}`);
          const problems = audit(element, { markers: ['__pwn(9100)'] });
          if (problems.length) failures.push(`src ${name} in <${element.localName}>: ${problems.join('; ')}`);
          element.src = undefined;
        }
        await Promise.all(elements.map((element) => element.updateComplete));
      }
    });
    await expectNothingRan();
    expect(failures.slice(0, 30), `${failures.length} failures`).to.deep.equal([]);
  });

  it('hostile objects as the film property end in the film or the error state, and nothing is thrown', async () => {
    const throwing = () => {
      throw new Error('hostile getter');
    };
    const cyclic = baseFilm() as Record<string, unknown> & { cast: Record<string, unknown>[] };
    cyclic.self = cyclic;
    cyclic.cast[0]!.film = cyclic;
    const revocable = Proxy.revocable({ title: 'Revoked' }, {});
    revocable.revoke();
    const nullPrototype = Object.assign(Object.create(null), {
      title: 'No prototype',
      genres: Object.assign(Object.create(null), { 0: 'x', length: 1 }),
    });
    const sparse = { title: 'Sparse', cast: new Array(100_000) };
    const hostile: [string, unknown, ('film' | 'error')[]][] = [
      ['a getter that throws', Object.defineProperty({}, 'title', { get: throwing, enumerable: true }), ['error']],
      ['a list whose getter throws', { title: 'x', cast: Object.defineProperty([{ name: 'a' }], 0, { get: throwing }) }, ['film', 'error']],
      [
        'a proxy whose every trap throws',
        new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing }),
        ['error'],
      ],
      ['a revoked proxy', revocable.proxy, ['error']],
      ['a cyclic film', cyclic, ['film']],
      ['a null-prototype object', nullPrototype, ['film']],
      ['a non-enumerable title', Object.defineProperty({}, 'title', { value: 'Hidden', enumerable: false }), ['film', 'error']],
      ['symbol keys', { title: 'Symbols', [Symbol('x')]: 1, [Symbol.toPrimitive]: throwing }, ['film']],
      ['a thenable', { title: 'Thenable', then: (resolve: (v: unknown) => void) => resolve(1) }, ['film']],
      ['toJSON and toString that throw', { title: 'x', toJSON: throwing, toString: throwing, valueOf: throwing }, ['film']],
      ['a sparse list of 100,000', sparse, ['film']],
      [
        'own __proto__ and constructor keys',
        JSON.parse(
          '{"title":"Proto","__proto__":{"polluted":1,"title":5},"constructor":{"prototype":{"polluted":1}},"cast":[{"name":"a","__proto__":{"isAdmin":true}}]}',
        ),
        ['film'],
      ],
      ['a Date', new Date(), ['error']],
      ['a Map', new Map([['title', 'x']]), ['error']],
      ['a typed array', new Uint8Array(16), ['error']],
      ['a function', function title() {}, ['error']],
      ['a symbol', Symbol('film'), ['error']],
      ['a bigint', 10n, ['error']],
      ['NaN', Number.NaN, ['error']],
      ['a String object with JSON', new String('{"title":"Boxed"}'), ['film', 'error']],
      ['a DOM node', document.createElement('div'), ['film', 'error']],
      ['the document', document, ['film', 'error']],
      ['the window', window, ['film', 'error']],
      ['a frozen sample', Object.freeze(baseFilm()), ['film']],
    ];
    const failures: string[] = [];
    await quietly(async () => {
      for (const [name, value, allowed] of hostile) {
        for (const element of elements) element.film = value as FilmElement['film'];
        try {
          await Promise.all(elements.map((element) => element.updateComplete));
        } catch (error) {
          failures.push(`${name}: an update threw ${String(error)}`);
          continue;
        }
        for (const element of elements) {
          const state = stateOrProblem(element);
          if (!allowed.includes(state as 'film'))
            failures.push(`${name}: <${element.localName}> shows ${state}, expected ${allowed.join(' or ')}`);
          const problems = audit(element);
          if (problems.length) failures.push(`${name} in <${element.localName}>: ${problems.join('; ')}`);
        }
        assertNoPollution();
      }
    });
    await expectNothingRan();
    expect(failures, `${failures.length} failures`).to.deep.equal([]);
  });

  it('a film attribute with 100,000 levels of nesting ends in the error state', async () => {
    const deep = `{"title": "Deep", "genres": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "name": ${'{"name":'.repeat(50_000)}"x"${'}'.repeat(50_000)}}`;
    const deepLd = `{"@type": "Movie", "name": ${'{"name":'.repeat(100_000)}"x"${'}'.repeat(100_000)}}`;
    await quietly(async () => {
      for (const text of [deep, deepLd, '['.repeat(1_000_000)]) {
        await renderAll(text, true);
        for (const element of elements) expect(['film', 'error']).to.include(stateOf(element));
      }
    });
    await expectNothingRan();
    // The page is still whole, and a good film still renders afterwards.
    await quietly(async () => renderAll(sampleJson(), true));
    for (const element of elements) expect(stateOf(element)).to.equal('film');
  });

  it('direction controls in data: open ones are closed at the end of their text, stray closers dropped, balanced text and marks kept', () => {
    const cases: [string, string][] = [
      ['\u202Egnp.exe', '\u202Egnp.exe\u202C'],
      ['\u2067שלום', '\u2067שלום\u2069'],
      ['a\u202Bb\u2066c', 'a\u202Bb\u2066c\u2069\u202C'],
      ['\u202C\u2069x', 'x'],
      ['\u2067a\u202Eb\u2069c', '\u2067a\u202Eb\u2069c'], // a PDI closes the embeddings inside its isolate
      ['\u202Ba\u202C', '\u202Ba\u202C'],
      ['\u200Fעברית\u200E', '\u200Fעברית\u200E'], // marks open nothing
      ['plain', 'plain'],
    ];
    for (const [input, expected] of cases) {
      const result = parseFilm({
        title: input,
        cast: [{ name: input, character: input }],
        soundtrack: { title: 'x', notes: [input], tracks: [{ title: input }] },
      });
      expect(result.ok, JSON.stringify(input)).to.equal(true);
      if (!result.ok) continue;
      for (const value of [
        result.film.title,
        result.film.cast![0]!.name,
        result.film.cast![0]!.character,
        result.film.soundtrack!.notes![0],
        result.film.soundtrack!.tracks[0]!.title,
      ]) {
        expect(value, JSON.stringify(input)).to.equal(expected);
      }
    }
  });

  it('keeps key-like values as text (`__proto__`, `constructor` as release kinds, names and positions)', async () => {
    const film = baseFilm() as Record<string, unknown> & { releases: { kind?: string; region?: string }[] };
    film.releases = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'].map((kind) => ({
      date: '1995-10-27',
      kind,
      region: kind,
    }));
    await quietly(async () => renderAll(film, false));
    const card = elements[0]!;
    for (const kind of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(shownText(card)).to.include(`(${kind}, ${kind})`);
    }
    expect(shownText(card)).not.to.match(/function|\[object/);
  });
});
