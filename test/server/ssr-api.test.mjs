/**
 * The server side of `film-elements/ssr`, in Node as a user's server runs it: the built package
 * (dist/ssr.js, `npm test` builds first). What the browser makes of this HTML is test/ssr.test.ts's.
 *
 *   node --test test/server/ssr-api.test.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { html } from 'lit';

const { renderElement, renderTemplate, streamTemplate, prepare } = await import('../../dist/ssr.js');
const sample = JSON.parse(readFileSync(new URL('../../src/samples/leaving-las-vegas.json', import.meta.url), 'utf8'));
const film = { title: 'The Film', year: 1999, cast: [{ name: 'Ann Actor', character: 'Someone' }] };

/** The shadow root's HTML of one rendered element. */
const shadowOf = (markup) =>
  /<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template>/.exec(markup)?.[1] ??
  assert.fail(`no shadow root in ${markup.slice(0, 200)}`);
/** Text without tags, comments and styles, whitespace collapsed. */
const textOf = (markup) =>
  markup
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** A fetch double answering `body` (or failing) and recording what it was asked. */
function fakeFetch(answer) {
  const asked = [];
  const fetch = async (url, init) => {
    asked.push(String(url));
    return answer(url, init);
  };
  return { fetch, asked };
}

// The elements warn about bad data on a server too; these tests give bad data on purpose.
console.warn = () => {};

test('renderElement writes the host, its language, the film attribute and a declarative shadow root', async () => {
  const markup = await renderElement('film-card', film, { attributes: { 'heading-level': 2, id: 'x' } });
  assert.match(markup, /^<film-card\b[^>]* lang="en"/);
  assert.match(markup, / heading-level="2"/);
  assert.match(markup, / film="\{&quot;title&quot;:&quot;The Film&quot;/);
  assert.match(textOf(shadowOf(markup)), /The Film .*Ann Actor/);
});

test('the same template text serves every film: values are bindings, never template strings', async () => {
  const a = await renderElement('film-card', { title: 'First' });
  const b = await renderElement('film-card', { title: 'Second' });
  // Lit caches a template per strings array for good: a film in the strings would be kept forever.
  // Both renders show their own film, and the host template is one (same markers' digests).
  assert.match(textOf(shadowOf(a)), /First/);
  assert.match(textOf(shadowOf(b)), /Second/);
  assert.doesNotMatch(textOf(shadowOf(b)), /First/);
});

test('lang: written on the host, the strings of that language; a lang that is no language tag is English', async () => {
  const german = await renderElement('film-card', sample, { lang: 'de' });
  assert.match(german, /^<film-card\b[^>]* lang="de"/);
  assert.match(textOf(shadowOf(german)), /Regie/);
  const bogus = await renderElement('film-card', sample, { lang: '__proto__' });
  assert.match(bogus, /^<film-card\b[^>]* lang="en"/);
  assert.match(textOf(shadowOf(bogus)), /Directed by/);
});

test('bad data renders the accessible error state, never throws', async () => {
  for (const bad of [{}, '{not json', { title: 42 }, 12, [1, 2]]) {
    const markup = await renderElement('film-card', bad);
    assert.match(shadowOf(markup), /part="error" role="alert"/, JSON.stringify(bad));
  }
  const cyclic = { title: 'Loop' };
  cyclic.self = cyclic;
  for (const unwritable of [cyclic, { title: 'Big', year: 10n }, () => {}]) {
    const markup = await renderElement('film-card', unwritable);
    assert.match(shadowOf(markup), /part="error" role="alert"/);
    assert.match(textOf(shadowOf(markup)), /JSON/);
  }
});

test('mistakes in the calling code throw: an unknown tag, an attribute name that is none', async () => {
  await assert.rejects(renderElement('film-poster', film), /not one of/);
  await assert.rejects(renderElement('film-card', film, { attributes: { 'a"b': 1 } }), /not an attribute name/);
});

test('src: fetched on the server with the given fetch, relative to baseUrl', async () => {
  const { fetch, asked } = fakeFetch(() => new Response(JSON.stringify(film), { status: 200 }));
  const markup = await renderElement('film-card', undefined, { src: 'films/1.json', baseUrl: 'https://example.org/page/', fetch });
  assert.deepEqual(asked, ['https://example.org/page/films/1.json']);
  assert.match(markup, / film="\{&quot;title&quot;:&quot;The Film&quot;/);
  assert.doesNotMatch(markup, / src=/);
  assert.match(textOf(shadowOf(markup)), /The Film/);
});

test('src that fails: the error state in the browser’s words, src kept for the browser to try again', async () => {
  const notFound = fakeFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
  const markup = await renderElement('film-card', undefined, { src: 'https://example.org/$&$1$`.json', fetch: notFound.fetch });
  assert.match(markup, / src="https:\/\/example.org\/\$&amp;\$1\$`.json"/);
  assert.doesNotMatch(markup, /^<film-card[^>]* film=/);
  const shadow = shadowOf(markup);
  assert.equal(shadow.match(/<template/g), null, 'nothing of the markup spliced into the error');
  // (Text in HTML: the & is written &amp;.)
  assert.match(textOf(shadow), /could not be loaded from https:\/\/example.org\/\$&amp;\$1\$`.json \(the server answered 404 Not Found\)/);
  const slow = fakeFetch((_, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason))));
  const late = await renderElement('film-card', undefined, { src: 'https://example.org/slow.json', fetch: slow.fetch, timeout: 50 });
  assert.match(textOf(shadowOf(late)), /no answer within 0.05 s/);
  const unsafe = await renderElement('film-card', undefined, { src: 'javascript:alert(1)', fetch: notFound.fetch });
  assert.match(textOf(shadowOf(unsafe)), /not an http\(s\) or relative URL/);
  assert.equal(notFound.asked.length, 1, 'an unsafe address is never requested');
});

test('filmIn script: the film in a child JSON script, < written \\u003c', async () => {
  const markup = await renderElement('film-card', { title: 'A </script><script>x()</script>' }, { filmIn: 'script' });
  assert.doesNotMatch(markup, /^<film-card[^>]* film=/);
  const script = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(markup)?.[1];
  assert.ok(script);
  assert.doesNotMatch(script, /</);
  assert.equal(JSON.parse(script).title, 'A </script><script>x()</script>');
});

test('structured-data: the film’s JSON-LD after the element, with baseUrl as its url', async () => {
  const markup = await renderElement('film-card', sample, { attributes: { 'structured-data': true }, baseUrl: 'https://example.org/film' });
  const jsonLd = /<\/film-card><script type="application\/ld\+json" data-film-elements>([\s\S]*?)<\/script>$/.exec(markup)?.[1];
  assert.ok(jsonLd, 'a JSON-LD script right after the element');
  const movie = JSON.parse(jsonLd);
  assert.equal(movie['@type'], 'Movie');
  assert.equal(movie.url, 'https://example.org/film');
  const none = await renderElement('film-card', sample);
  assert.doesNotMatch(none, /application\/ld\+json/);
});

test('renderTemplate and streamTemplate: several elements in a Lit template, the same HTML', async () => {
  const json = JSON.stringify(sample);
  const template = () =>
    html`<main><film-card lang="de" film=${json}></film-card><film-ratings-badge lang="de" film=${json}></film-ratings-badge></main>`;
  const whole = await renderTemplate(template(), { lang: 'de' });
  assert.equal((whole.match(/shadowrootmode="open"/g) ?? []).length, 2);
  assert.match(textOf(whole), /Regie/);
  let streamed = '';
  for await (const chunk of await streamTemplate(template(), { lang: 'de' })) streamed += chunk;
  assert.equal(streamed, whole);
});

test('prepare: after it, Lit SSR’s own render reads every data format synchronously', async () => {
  await prepare({ lang: 'fr' });
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const omdb = JSON.stringify({ Title: 'From OMDb', Year: '1995', Response: 'True' });
  const markup = await collectResult(render(html`<film-card lang="fr" film=${omdb}></film-card>`));
  assert.match(textOf(markup), /From OMDb/);
  assert.doesNotMatch(markup, /part="loading"/);
});
