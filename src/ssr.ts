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
import type { TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

import './index.js';

import { closeDirectionControls } from './data/bidi.js';
import type { Film } from './data/film.js';
import type { ParseOptions } from './data/read.js';
import { loadAllMappings, parseShared } from './data/shared.js';
import { jsonLdScript } from './data/to-schema-org.js';
import { baseStrings } from './internal/base.strings.js';
import { loadLocale } from './internal/i18n.js';

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

const escapeAttribute = (value: string) =>
  value.replace(/[&"'<>]/g, (char) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[char]!);

/** ` name="value"` for each attribute to write (validated names, escaped values). */
function attributeText(attributes: Record<string, AttributeValue>): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderElement: "${name}" is not an attribute name`);
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

/** The film as the `film` attribute takes it: JSON text (a string given is taken as JSON text already). */
const filmText = (film: unknown): string | undefined =>
  film === undefined ? undefined : typeof film === 'string' ? film : JSON.stringify(film);

/** Fetches `src` on the server; the text, or why not (the element then shows the error as it would in a browser). */
async function fetchText(src: string, options: RenderElementOptions): Promise<{ text: string } | { error: string }> {
  const wait = options.timeout && options.timeout > 0 ? options.timeout : 10_000;
  try {
    const url = new URL(src, options.baseUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `The film address "${src}" is not an http(s) URL.` };
    const response = await (options.fetch ?? fetch)(url, {
      signal: AbortSignal.timeout(wait),
      headers: { accept: 'application/json, application/ld+json' },
    });
    if (!response.ok) return { error: `The film could not be loaded from ${src} (the server answered ${response.status}).` };
    return { text: await response.text() };
  } catch (error) {
    return { error: `The film could not be loaded from ${src} (${error instanceof Error ? error.message : String(error)}).` };
  }
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
  const lang = options.lang ?? (typeof attributes.lang === 'string' ? attributes.lang : 'en');
  await prepare({ lang });
  let text = filmText(film);
  let failure: string | undefined;
  if (options.src !== undefined) {
    const fetched = await fetchText(options.src, options);
    if ('text' in fetched) text = fetched.text;
    else failure = fetched.error;
  }
  // The language is always written: the browser then hydrates in the language the server rendered.
  attributes.lang = lang;
  if (failure !== undefined) {
    // A film that could not be fetched: the element keeps `src` and, in the browser, tries again.
    attributes.src = options.src;
  } else if (text !== undefined && options.filmIn !== 'script') attributes.film = text;
  // In a script, `<` is written as \u003c: the text cannot end the script, and JSON reads it back the same.
  const script =
    failure === undefined && text !== undefined && options.filmIn === 'script'
      ? `<script type="application/json">${text.replace(/</g, '\\u003c')}</script>`
      : '';
  const [open, close] = [unsafeStatic(`${tag}${attributeText(attributes)}`), unsafeStatic(tag)];
  // A film in a script reaches the element on the server as its property (a server render has no children to read).
  const template = script ? staticHtml`<${open} .film=${text}></${close}>` : staticHtml`<${open}></${close}>`;
  const markup = withoutOuterMarkers(await collectResult(render(template))).replace(/<\/[a-z-]+>$/, (end) => script + end);
  const published = attributes['structured-data'] && text !== undefined ? structuredData(text, attributes, options.baseUrl) : '';
  if (failure === undefined) return markup + published;
  // The error state a browser would show for a failed `src`, without running the element (it is not
  // a parse result): the same part, role and words.
  const error = `<div part="error" role="alert"><strong>${escapeAttribute(baseStrings(lang).errorHeading)}</strong> <span>${escapeAttribute(closeDirectionControls(failure))}</span></div>`;
  return markup.replace(/(<template shadowroot(?:mode)?="open"[^>]*>)/, `$1${error}`);
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
