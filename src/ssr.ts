/**
 * Server-side rendering (Node 20+): each element as HTML with a declarative shadow root, readable and
 * styled before (or without) any JavaScript, and hydrated by the browser without re-rendering.
 *
 *     import { renderElement } from 'film-elements/ssr';
 *     const html = await renderElement('film-card', film, { lang: 'de', attributes: { 'heading-level': 2 } });
 *
 * Several elements in one Lit template: `renderTemplate(html\`…\`)` (a string) or `streamTemplate()`
 * (a stream), or Lit's own `render()` from @lit-labs/ssr after `await prepare({ lang })`.
 *
 * In the browser, `import 'film-elements/hydrate.js'` before any element (the CDN file does it by
 * itself): the elements then take over the server's DOM instead of rendering their own.
 */
import { render, renderThunked } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';

import './index.js';

import { closeDirectionControls } from './data/bidi.js';
import { fetchFilmText } from './data/fetch-film.js';
import type { Film } from './data/film.js';
import { failure, type ParseFailure, type ParseOptions } from './data/read.js';
import { loadAllMappings, parseShared } from './data/shared.js';
import { jsonLdScript } from './data/to-schema-org.js';
import { baseStrings } from './internal/base.strings.js';
import { languageOf, loadLocale } from './internal/i18n.js';
import { filmDigest, serverRenderNote } from './internal/server-render.js';

export type { TemplateResult };

/** The five tags. */
export const TAG_NAMES = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'] as const;
export type TagName = (typeof TAG_NAMES)[number];

type AttributeValue = string | number | boolean | null | undefined;

export interface RenderElementOptions {
  /** The element's attributes (`{ 'heading-level': 2, 'structured-data': true }`); `true` writes an empty one, `false`/`null`/`undefined` none. */
  attributes?: Record<string, AttributeValue>;
  /** The language: written as the host's `lang` (default `en`), its strings loaded first. */
  lang?: string;
  /** Fetch the film from this URL on the server instead of passing `film` (a relative URL needs `baseUrl`). */
  src?: string;
  /** What a relative `src` resolves against, and the page's URL for `structured-data` (the Movie's `url`). */
  baseUrl?: string;
  /**
   * Where the film goes: the `film` attribute (the default), or a child `<script type="application/json">`
   * (large films: no attribute escaping, and the client reads the same text).
   */
  filmIn?: 'attribute' | 'script';
  /** Milliseconds to wait for `src` (default 10,000). */
  timeout?: number;
  /** The `fetch` to use for `src` (default the global one): a cache, credentials, a test double. */
  fetch?: typeof fetch;
}

/*
 * The languages prepared so far (each with every mapping): loaded tables and mappings stay loaded, so
 * a `renderElement` in one of them goes on without waiting for `prepare` again. Bounded, as `lang` may
 * come from a request: past the bound it starts over (one `prepare` more per language).
 */
const PREPARED_LANGUAGES = 256;
const prepared = new Set<string>();

/**
 * Loads what a server render needs before it starts: the strings of `lang` (and of `langs`), and every
 * data format's mapping. `renderElement` and `renderTemplate` call it; call it yourself before
 * @lit-labs/ssr's own `render()` of a template with film elements.
 */
export async function prepare({ lang = 'en', langs = [] }: { lang?: string; langs?: string[] } = {}): Promise<void> {
  await Promise.all([loadAllMappings(), ...[lang, ...langs].map((tag) => loadLocale(tag))]);
  if (prepared.size >= PREPARED_LANGUAGES) prepared.clear();
  for (const tag of [lang, ...langs]) prepared.add(tag);
}

/** An attribute name we write: lower-case, as HTML parsers read them, nothing that could close the tag. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Text as HTML text or a quoted attribute value, escaped as Lit SSR escapes its bindings: one plain
 * replacement per character (skipped where it does not occur) rather than a callback per match, as a
 * film's JSON text has thousands of quotes.
 */
function escapeHtml(value: string): string {
  let text = value.includes('&') ? value.replaceAll('&', '&amp;') : value;
  if (text.includes('"')) text = text.replaceAll('"', '&quot;');
  if (text.includes("'")) text = text.replaceAll("'", '&#39;');
  if (text.includes('<')) text = text.replaceAll('<', '&lt;');
  return text.includes('>') ? text.replaceAll('>', '&gt;') : text;
}

/** What a film's text becomes in the HTML, each made when first needed: the `film` attribute's value, the script's text, its digest. */
interface WrittenFilm {
  /** Whether it is kept (a text too large is not). */
  kept: boolean;
  /** Characters kept for it: the text (the key) and the forms made so far. */
  chars: number;
  attribute?: string;
  script?: string;
  digest?: string;
}

/*
 * The same film text is often rendered many times: by each element of a film's page, and by every
 * request for that page. What its text becomes does not change, so it is kept (as parseShared keeps
 * the parse), bounded by count and by characters, oldest out first. A text larger than a quarter
 * of the bound (its forms are longer than it) is written and not kept.
 */
const WRITTEN_ENTRIES = 32;
const WRITTEN_CHARS = 16_000_000;
const writtenFilms = new Map<string, WrittenFilm>();
let writtenChars = 0;

function writtenFilm(text: string): WrittenFilm {
  let entry = writtenFilms.get(text);
  if (entry) return entry;
  if (text.length > WRITTEN_CHARS / 4) return { kept: false, chars: 0 };
  entry = { kept: true, chars: text.length };
  for (const [oldest, { chars }] of writtenFilms) {
    if (writtenFilms.size < WRITTEN_ENTRIES && writtenChars + text.length <= WRITTEN_CHARS) break;
    writtenFilms.delete(oldest);
    writtenChars -= chars;
  }
  writtenFilms.set(text, entry);
  writtenChars += text.length;
  return entry;
}

/** One form of a film's text, made once per kept text. */
function writtenForm(entry: WrittenFilm, form: 'attribute' | 'script' | 'digest', make: () => string): string {
  let value = entry[form];
  if (value === undefined) {
    value = entry[form] = make();
    if (entry.kept) {
      entry.chars += value.length;
      writtenChars += value.length;
    }
  }
  return value;
}

/** The attributes to write, as text (`true`: an empty attribute; `false`, `null`, `undefined`: none), names validated. */
function attributeValues(attributes: Record<string, AttributeValue>): [string, string][] {
  const written: [string, string][] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderElement: "${name}" is not an attribute name`);
    written.push([name, value === true ? '' : String(value)]);
  }
  return written;
}

/**
 * The host's template: the tag and the attribute names are its strings, the values its bindings
 * (escaped by Lit SSR). Values never become template strings: Lit caches those for good, and a
 * server rendering many films would keep every film's text. One template per tag and set of names.
 */
const hostTemplates = new Map<string, TemplateStringsArray>();
function hostTemplate(tag: string, names: string[], filmProperty: boolean): TemplateStringsArray {
  const key = `${tag} ${filmProperty ? '.film ' : ''}${names.join(' ')}`;
  let strings = hostTemplates.get(key);
  if (!strings) {
    const parts = [`<${tag}`];
    for (const name of [...names, ...(filmProperty ? ['.film'] : [])]) {
      parts[parts.length - 1] += ` ${name}="`;
      parts.push('"');
    }
    parts[parts.length - 1] += `></${tag}>`;
    strings = Object.assign(parts, { raw: [...parts] }) as unknown as TemplateStringsArray;
    hostTemplates.set(key, strings);
  }
  return strings;
}

/** The film as the `film` attribute takes it: JSON text (a string given is JSON text already); a film JSON cannot write is a failure. */
function filmText(film: unknown): { text?: string } | { error: ParseFailure } {
  if (film === undefined || typeof film === 'string') return { text: film };
  try {
    const text = JSON.stringify(film) as string | undefined;
    return text === undefined ? { error: failure('The film is not data (it cannot be written as JSON).', 'film', 'not JSON') } : { text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: failure(`The film cannot be written as JSON (${reason}).`, 'film', reason) };
  }
}

/** The error state as the element renders it (its part, role, heading, message and problems), for a failure it cannot render itself. */
function errorState(lang: string, { message, problems }: ParseFailure): string {
  const items = problems
    .slice(0, 5)
    .map((p) => `<li><code>${escapeHtml(p.path)}</code>: ${escapeHtml(closeDirectionControls(p.message))}</li>`)
    .join('');
  return `<div part="error" role="alert"><strong>${escapeHtml(baseStrings(lang).errorHeading)}</strong> <span>${escapeHtml(
    closeDirectionControls(message),
  )}</span>${items ? `<ul>${items}</ul>` : ''}</div>`;
}

/** Lit SSR writes markers around the template it renders: the outer ones belong to no hydration (the page is not a Lit template). */
const OUTER_OPEN = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/;
const OUTER_CLOSE = '<!--/lit-part-->';
const SHADOW_ROOT = /<template shadowroot(?:mode)?="open"[^>]*>/y;

/**
 * Where the first `count` attributes of an open tag end (from just after its name): the `film` attribute
 * goes there, after the given ones and before those the element reflects itself (`variant="full"`). Lit SSR
 * writes each as ` name` or ` name="value"`, the value escaped (no `"`).
 */
function afterAttributes(markup: string, from: number, count: number, end: number): number {
  let at = from;
  for (let i = 0; i < count && at < end; i++) {
    while (at < end && markup[at] === ' ') at++;
    while (at < end && markup[at] !== ' ' && markup[at] !== '=') at++;
    if (markup[at] === '=') at = markup.indexOf('"', at + 2) + 1 || end;
  }
  return Math.min(at, end);
}

/**
 * Joins what Lit SSR renders (`renderThunked`: arrays of strings, thunks and nested arrays) into one
 * string, synchronously while nothing is to be waited for: once `prepare` is done the elements render
 * synchronously (`collectResult(render(…))`, an iterator over the same and an async loop, took about
 * 15 % longer for a card). A promise (an element that renders asynchronously) is awaited where it
 * comes, in order, as `collectResult` does.
 */
function collect(result: ThunkedRenderResult): string | Promise<string> {
  let out = '';
  let items: readonly unknown[] = result;
  let next = 0;
  const outer: [readonly unknown[], number][] = [];
  const run = (): string | Promise<string> => {
    for (;;) {
      if (next === items.length) {
        const up = outer.pop();
        if (!up) return out;
        [items, next] = up;
        continue;
      }
      let value = items[next++];
      while (typeof value === 'function') value = (value as () => unknown)();
      if (typeof value === 'string') out += value;
      else if (Array.isArray(value)) {
        outer.push([items, next]);
        items = value;
        next = 0;
      } else if (value !== undefined && value !== null && typeof (value as PromiseLike<unknown>).then === 'function') {
        return Promise.resolve(value).then((settled) => {
          outer.push([items, next]);
          items = [settled];
          next = 0;
          return run();
        });
      } else if (value !== undefined && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function') {
        return collectResult(value as Iterable<string>).then((text) => {
          out += text;
          return run();
        });
      } else if (value !== undefined) throw new Error(`Unexpected value in a server render: ${String(value)}`);
    }
  };
  return run();
}

/**
 * The HTML of one element: the host tag with the film as its `film` attribute (JSON, escaped), the
 * given attributes and `lang`, and a declarative shadow root (`<template shadowrootmode="open">`) with
 * the rendered film and its styles. Bad data renders the accessible error state, as in a browser;
 * with `structured-data`, the film's JSON-LD follows the element. Never throws for bad data (it does
 * for an unknown tag or an invalid attribute name: mistakes in the calling code).
 */
export async function renderElement(tag: TagName, film?: unknown, options: RenderElementOptions = {}): Promise<string> {
  if (!TAG_NAMES.includes(tag)) throw new TypeError(`renderElement: <${tag}> is not one of ${TAG_NAMES.join(', ')}`);
  const attributes = { ...options.attributes };
  const wanted = options.lang ?? (typeof attributes.lang === 'string' ? attributes.lang : undefined);
  // What the browser would do with a `lang` that is no language tag: English, written as such, so both agree.
  const lang = languageOf(wanted) ?? 'en';
  if (!prepared.has(lang)) await prepare({ lang });
  const given = filmText(film);
  let text = 'text' in given ? given.text : undefined;
  let failed = 'error' in given ? given.error : undefined;
  if (options.src !== undefined && !failed) {
    const fetched = await fetchFilmText(options.src, { base: options.baseUrl, timeout: options.timeout, fetch: options.fetch });
    if (fetched.ok) text = fetched.text;
    else failed = fetched;
  }
  // The language is always written: the browser then hydrates in the language the server rendered.
  attributes.lang = lang;
  // A film that could not be fetched: the element keeps `src` and, in the browser, tries again.
  if (failed && options.src !== undefined) attributes.src = options.src;
  /*
   * The film reaches the element on the server as its property, and its `film` attribute (or script)
   * is written in below: Lit SSR would escape the text for the attribute on every render, and it is
   * the same for every element of the same film (writtenFilm).
   */
  const shown = failed ? undefined : text;
  if (shown !== undefined) delete attributes.film;
  const inScript = shown !== undefined && options.filmIn === 'script';
  const written = attributeValues(attributes);
  const values: unknown[] = written.map(([, value]) => value);
  if (shown !== undefined) values.push(shown);
  const template = html(
    hostTemplate(
      tag,
      written.map(([name]) => name),
      shown !== undefined,
    ),
    ...values,
  );
  const rendered = collect(renderThunked(template));
  const markup = typeof rendered === 'string' ? rendered : await rendered;
  const start = OUTER_OPEN.exec(markup)?.[0].length ?? 0;
  const end = markup.endsWith(OUTER_CLOSE) ? markup.length - OUTER_CLOSE.length : markup.length;
  // The host's open tag ends at the first `>` (Lit SSR escapes `>` in the values it writes); its shadow root follows it.
  const hostEnd = markup.indexOf('>', start);
  const filmAt = shown === undefined ? hostEnd : afterAttributes(markup, start + tag.length + 1, written.length, hostEnd);
  SHADOW_ROOT.lastIndex = hostEnd + 1;
  const rootEnd = SHADOW_ROOT.test(markup) ? SHADOW_ROOT.lastIndex : -1;
  const closing = end - `</${tag}>`.length;
  const forms = shown === undefined ? undefined : writtenFilm(shown);
  let filmAttribute = '';
  let script = '';
  // In a script, `<` is written as \u003c: the text cannot end the script, and JSON reads it back the same.
  if (inScript)
    script = `<script type="application/json">${writtenForm(forms!, 'script', () => shown.replaceAll('<', '\\u003c'))}</script>`;
  else if (forms) filmAttribute = ` film="${writtenForm(forms, 'attribute', () => escapeHtml(shown!))}"`;
  const structured = attributes['structured-data'];
  const published =
    structured !== undefined && structured !== false && structured !== null && shown !== undefined
      ? structuredData(shown, attributes, options.baseUrl)
      : '';
  // What the browser compares before it takes the render over (internal/server-render.ts); a failure the
  // element could not render itself (it is not a parse result): its error state, written in.
  const opening = failed
    ? errorState(lang, failed)
    : `<!--${serverRenderNote(lang, forms && writtenForm(forms, 'digest', () => filmDigest(shown!)))}-->`;
  const shadow = rootEnd < 0 ? markup.slice(hostEnd, closing) : markup.slice(hostEnd, rootEnd) + opening + markup.slice(rootEnd, closing);
  return (
    markup.slice(start, filmAt) + filmAttribute + markup.slice(filmAt, hostEnd) + shadow + script + markup.slice(closing, end) + published
  );
}

/** The JSON-LD script the element would publish in the page (`structured-data`), after it in the server's HTML. */
function structuredData(text: string, attributes: Record<string, AttributeValue>, url?: string): string {
  const options: ParseOptions = {
    format: attributes.format as ParseOptions['format'],
    region: attributes.region as string | undefined,
    tmdbImageBase: attributes['tmdb-image-base'] as string | undefined,
  };
  const result = parseShared(text, options);
  if (result instanceof Promise || !result.ok) return '';
  return `<script type="application/ld+json" data-film-elements>${jsonLdScript(result.film as Film, { url })}</script>`;
}

/**
 * A Lit template with film elements (and anything else) as one string. Bind each element's film as
 * its `film` attribute (`film=${JSON.stringify(film)}`): attributes are what the browser hydrates
 * from; a property binding (`.film=${film}`) renders on the server but the browser cannot read it back.
 */
export async function renderTemplate(template: TemplateResult, options: { lang?: string; langs?: string[] } = {}): Promise<string> {
  await prepare(options);
  return collectResult(render(template));
}

/** The same as a Node stream (to pipe into a response as it is rendered). */
export async function streamTemplate(
  template: TemplateResult,
  options: { lang?: string; langs?: string[] } = {},
): Promise<RenderResultReadable> {
  await prepare(options);
  return new RenderResultReadable(render(template));
}
