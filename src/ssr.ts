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
import { render } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
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
import { serverRenderNote } from './internal/server-render.js';

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

/**
 * Loads what a server render needs before it starts: the strings of `lang` (and of `langs`), and every
 * data format's mapping. `renderElement` and `renderTemplate` call it; call it yourself before
 * @lit-labs/ssr's own `render()` of a template with film elements.
 */
export async function prepare({ lang = 'en', langs = [] }: { lang?: string; langs?: string[] } = {}): Promise<void> {
  await Promise.all([loadAllMappings(), ...[lang, ...langs].map((tag) => loadLocale(tag))]);
}

/** An attribute name we write: lower-case, as HTML parsers read them, nothing that could close the tag. */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

const escapeHtml = (value: string) =>
  value.replace(/[&"'<>]/g, (char) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[char]!);

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
const withoutOuterMarkers = (markup: string) =>
  markup.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');

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
  await prepare({ lang });
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
  else if (text !== undefined && options.filmIn !== 'script') attributes.film = text;
  const inScript = !failed && text !== undefined && options.filmIn === 'script';
  // In a script, `<` is written as \u003c: the text cannot end the script, and JSON reads it back the same.
  const script = inScript ? `<script type="application/json">${text!.replace(/</g, '\\u003c')}</script>` : '';
  const written = attributeValues(attributes);
  // A film in a script reaches the element on the server as its property (a server render has no children to read).
  const values: unknown[] = [...written.map(([, value]) => value), ...(inScript ? [text] : [])];
  const template = html(
    hostTemplate(
      tag,
      written.map(([name]) => name),
      inScript,
    ),
    ...values,
  );
  const markup = withoutOuterMarkers(await collectResult(render(template))).replace(/<\/[a-z-]+>$/, (end) => script + end);
  const structured = attributes['structured-data'];
  const published =
    structured !== undefined && structured !== false && structured !== null && text !== undefined && !failed
      ? structuredData(text, attributes, options.baseUrl)
      : '';
  // What the browser compares before it takes the render over (internal/server-render.ts).
  const note = `<!--${serverRenderNote(lang, text)}-->`;
  if (!failed) return markup.replace(/<template shadowroot(?:mode)?="open"[^>]*>/, (open) => open + note) + published;
  // A failure the element could not render itself (it is not a parse result): its error state, written in.
  return markup.replace(/<template shadowroot(?:mode)?="open"[^>]*>/, (open) => open + errorState(lang, failed));
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
