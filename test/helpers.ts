/**
 * The one helper module of the tests: the sample film, the fixture, what an element's state is, events,
 * warnings, errors, axe. Import these; don't re-write them. Waiting is @open-wc/testing's: `waitUntil`
 * (poll a condition), `oneEvent` (or `oneEventWithin` below, with a deadline), `aTimeout`, `nextFrame`.
 *
 * Importing this module also registers a root `afterEach` that fails a test in which Lit's development
 * build warned (see the end of the file).
 */
import { html, nextFrame, oneEvent, fixture as owcFixture } from '@open-wc/testing';
import type axe from 'axe-core';
import { render } from 'lit';

import type { FilmInput } from '../src/data/schema.js';
import type { FilmElement } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';
import type { RenderElementOptions } from '../src/ssr.js';

export { html };

/** The five elements. Helpers import none of them: each test file registers what it tests. */
export const TAGS = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'] as const;
export type Tag = (typeof TAGS)[number];

/** Which engine runs the test, for the figures in the log. */
export const browser = (): string =>
  /Firefox\//.test(navigator.userAgent) ? 'Firefox' : /Chrome\//.test(navigator.userAgent) ? 'Chromium' : 'WebKit';

/** A fresh deep copy of the sample film, safe to mutate in a test. */
export const sampleFilm = (): FilmInput => structuredClone(sample) as FilmInput;

/** The sample film as JSON text, as it would stand in a `film` attribute. */
export const sampleJson = (): string => JSON.stringify(sample);

/** A new, unconnected element of one of the five tags. */
export function create(tag: Tag): FilmElement {
  return document.createElement(tag) as FilmElement;
}

// --- the fixture ----------------------------------------------------------------------------------

/**
 * How a fixture's template reaches the page. `client`: rendered in the browser by Lit. `ssr`: each film
 * element in it rendered on the server (src/ssr.ts, through test/server/ssr.mjs), then hydrated by the
 * browser — Lit takes the server's DOM over instead of rendering its own; a hydration error fails.
 */
/**
 * `waitUntil` options for a film from the test server (or a tooltip) to arrive. A deadline, not a
 * speed check: reached only when something is broken, or when three browsers share two cores in CI.
 * Give the test itself a longer mocha timeout than this.
 */
export const UNTIL_LOADED = { timeout: 15_000 };

export type FixtureMode = 'client' | 'ssr';
/*
 * Both, except in the run against Lit's development build (scripts/run-wtr.mjs, Chromium): that run
 * checks how the elements use Lit, which the client mode does in full; the server-rendered mode there
 * would add a minute to `npm test` for the same warnings.
 */
const litDevelopmentBuild = 'litIssuedWarnings' in globalThis;
export const FIXTURE_MODES: readonly FixtureMode[] = litDevelopmentBuild ? ['client'] : ['client', 'ssr'];

/** The mode of every fixture that does not name one (`forEachFixtureMode` switches it). */
export let defaultFixtureMode: FixtureMode = 'client';

/**
 * Runs a suite once per fixture mode: client-rendered, then server-rendered and hydrated (as Web
 * Awesome's tests do). Every `fixture()` inside uses that mode.
 */
export function forEachFixtureMode(suite: () => void): void {
  for (const mode of FIXTURE_MODES) {
    describe(mode === 'client' ? 'client-rendered' : 'server-rendered, hydrated', () => {
      before(() => (defaultFixtureMode = mode));
      after(() => (defaultFixtureMode = 'client'));
      suite();
    });
  }
}

export interface FixtureOptions {
  mode?: FixtureMode;
  /** How long each film element in the template may take to settle on its input (ms). */
  timeout?: number;
}

type Template = Parameters<typeof owcFixture>[0];

/** Puts a template in the page, one way per mode; resolves to its root element once connected. */
const renderers: Record<FixtureMode, (template: Template) => Promise<Element>> = {
  client: (template) => owcFixture(template),
  ssr: serverRendered,
};

/**
 * The `ssr` mode: the template is rendered by Lit outside the page (so its elements exist, with the
 * properties, attributes, children and listeners the test gave them), each film element's HTML is asked
 * of the server with the same film, attributes and language, and its server-rendered shadow root is
 * attached to the element before the element enters the page — where it hydrates, as it would from
 * declarative shadow DOM. Elements fed by `src` are left to the browser (a fetch is theirs to make).
 */
async function serverRendered(template: Template): Promise<Element> {
  const scratch = document.createElement('div');
  render(template, scratch);
  const elements = [...scratch.querySelectorAll('*')].filter(isFilmElement);
  const serverNodes = await Promise.all(elements.map(attachServerRender));
  const root = scratch.firstElementChild;
  if (!root) throw new Error('the fixture template renders no element');
  // Into the page, where @open-wc/testing cleans up after the test.
  const placeholder = await owcFixture(html`<div></div>`);
  placeholder.replaceWith(...scratch.childNodes);
  await Promise.all(elements.map((element) => settled(element)));
  // Hydrated means taken over: the server's nodes are still the ones shown (an error or loading state
  // is the browser's to decide again, and rendered anew).
  elements.forEach((element, i) => {
    const node = serverNodes[i];
    if (node && !element.shadowRoot!.contains(node))
      throw new Error(`<${element.localName}> rendered anew instead of taking the server's DOM over`);
  });
  return root;
}

/**
 * Asks the server for an element's HTML and gives the element its shadow root. Resolves to the
 * server's first rendered element when it shows a film (to check it survives hydration).
 */
async function attachServerRender(element: FilmElement): Promise<Element | undefined> {
  const script = element.querySelector(':scope > script[type="application/json"], :scope > script[type="application/ld+json"]');
  const film = element.film ?? script?.textContent ?? undefined;
  if (film === undefined || film === null || element.shadowRoot) return undefined;
  const attributes = Object.fromEntries(
    [...element.attributes].filter((a) => a.name !== 'film' && a.name !== 'lang').map((a) => [a.name, a.value === '' ? true : a.value]),
  );
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? undefined;
  const markup = await serverHtml(element.localName as Tag, film, { attributes, lang, filmIn: script ? 'script' : 'attribute' });
  const inner = /<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template>/.exec(markup)?.[1];
  if (inner === undefined) throw new Error(`the server rendered no shadow root for <${element.localName}>: ${markup.slice(0, 200)}`);
  const shadow = element.attachShadow({ mode: 'open' });
  shadow.innerHTML = inner;
  element.addEventListener('film-hydration-error', (event) => {
    throw new Error(`<${element.localName}>: hydration failed: ${String(event.detail.error)}`);
  });
  return shadow.querySelector('[part~="error"], [part~="loading"]') ? undefined : (shadow.querySelector(':not(style)') ?? undefined);
}

/**
 * An element's HTML as the server renders it: `renderElement(tag, film, options)` of src/ssr.ts, run by
 * the test server (test/server/ssr.mjs; a relative `src` resolves against the test server).
 */
export async function serverHtml(tag: Tag, film: unknown, options: Omit<RenderElementOptions, 'fetch' | 'baseUrl'> = {}): Promise<string> {
  const response = await fetch('/__film/ssr', { method: 'POST', body: JSON.stringify({ tag, film, options }) });
  const markup = await response.text();
  if (!response.ok) throw new Error(`the server could not render <${tag}> (${response.status}): ${markup.slice(0, 200)}`);
  return markup;
}

/**
 * Renders a template and waits until every film element in it (its root and the root's descendants)
 * has settled on its input — its `film-load` or `film-error` event, or nothing to load — and rendered
 * it, then for a frame. Resolves to the template's root. @open-wc/testing removes it after the test.
 */
export async function fixture<T extends Element = FilmElement>(template: unknown, options: FixtureOptions = {}): Promise<T> {
  const { mode = defaultFixtureMode, timeout = 5000 } = options;
  const root = await renderers[mode](template as Template);
  const elements = [root, ...root.querySelectorAll('*')].filter(isFilmElement);
  await Promise.all(elements.map((element) => settled(element, timeout)));
  await nextFrame();
  return root as T;
}

/** An upgraded film element; duck-typed, as this module loads no element code (lifecycle.test.ts defines them late). */
const isFilmElement = (node: Element): node is FilmElement =>
  node.localName.startsWith('film-') && 'filmData' in node && 'updateComplete' in node;

/** Waits until an element has no update pending (an update may request another one). */
async function updated(element: FilmElement): Promise<void> {
  // First, mutation records already queued are delivered (a child script just added). No timer:
  // test/film-review-carousel.test.ts renders fixtures under a fake clock.
  await Promise.resolve();
  while (!(await element.updateComplete));
}

/**
 * Waits until a film element has settled on its input and rendered it: the film, the error state, or
 * nothing when it has no input. While its `src` is loading that means its `film-load` or `film-error`
 * event (failing after `timeout` ms); a film given as a property, an attribute or a child script has
 * fired its event by the end of the update that read it. Use it for elements put in the page by hand.
 */
export async function settled(element: FilmElement, timeout = 5000): Promise<void> {
  await updated(element);
  // After an update with none pending, the shadow tree shows the element's state: loading means
  // its request is still out, and its event is still to come.
  if (element.shadowRoot?.querySelector('[part="loading"]')) {
    await oneEventWithin(element, ['film-load', 'film-error'], timeout);
    await updated(element);
  }
}

// --- what an element shows ----------------------------------------------------------------------------

export type State = 'film' | 'error' | 'loading' | 'empty';

/**
 * What an element shows: its film (`filmData` set, no error part — the element may legitimately
 * render nothing for a film without its kind of data), the error state, the loading state, or nothing
 * (no input). Anything else — an error part with a film, a film without `filmData` — is a bug.
 */
export function stateOf(element: FilmElement): State {
  const root = element.shadowRoot!;
  const error = root.querySelector('[part="error"]');
  const loading = root.querySelector('[part="loading"]');
  if (element.filmData) {
    if (error || loading) throw new Error(`<${element.localName}> has a film and also shows ${error ? 'an error' : 'loading'}`);
    return 'film';
  }
  if (error) {
    if (error.getAttribute('role') !== 'alert') throw new Error(`<${element.localName}>: the error state is not role="alert"`);
    if (!(error.textContent ?? '').trim()) throw new Error(`<${element.localName}>: the error state is empty`);
    if (!element.problems.length) throw new Error(`<${element.localName}>: the error state lists no problems`);
    return 'error';
  }
  if (loading) return 'loading';
  if (root.querySelector('*:not(style)')) throw new Error(`<${element.localName}> renders content without a film`);
  return 'empty';
}

/** The text a user sees in an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  if (!node) return '';
  // A server-rendered shadow root keeps its <style> (Lit does not adopt sheets over it): not text a user sees.
  // Node types, not `instanceof`: the element may be in an iframe's document (another realm).
  const text = [...node.childNodes]
    .map((child) =>
      child.nodeName === 'STYLE'
        ? ''
        : child.nodeType === Node.ELEMENT_NODE || child.nodeType === Node.TEXT_NODE
          ? (child.textContent ?? '')
          : '',
    )
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

/** What an element renders, without the <style> a server-rendered shadow root keeps: its elements. */
export const renderedElements = (element: Element): Element[] =>
  [...element.shadowRoot!.children].filter((child) => child.localName !== 'style');

/** Shorthand for a query in an element's shadow root, failing clearly when nothing matches. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
}

// --- events -------------------------------------------------------------------------------------------

/**
 * @open-wc/testing's `oneEvent` with a deadline: the first of these events on the target, failing
 * after `timeout` ms with a message that says which event it waited for.
 */
export function oneEventWithin<T extends Event = CustomEvent>(target: EventTarget, types: string | string[], timeout = 5000): Promise<T> {
  const names = [types].flat();
  const where = target instanceof Element ? ` on <${target.localName}>` : '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${names.join(' or ')} event${where} within ${timeout} ms`)), timeout);
  });
  return Promise.race([...names.map((name) => oneEvent(target, name) as Promise<T>), late]).finally(() => clearTimeout(timer));
}

/** Counts `film-load` / `film-error` events (and keeps the last) on an element. */
export function countEvents(element: EventTarget) {
  const counts = { load: 0, error: 0, last: undefined as CustomEvent | undefined };
  element.addEventListener('film-load', (event) => {
    counts.load++;
    counts.last = event as CustomEvent;
  });
  element.addEventListener('film-error', (event) => {
    counts.error++;
    counts.last = event as CustomEvent;
  });
  return counts;
}

// --- warnings and errors ------------------------------------------------------------------------------

/** Replaces console.warn while `run` runs: calls that `keep` accepts are collected, others logged. */
async function interceptWarnings<T>(keep: (args: unknown[]) => boolean, run: (warnings: unknown[][]) => Promise<T>): Promise<T> {
  const original = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    if (keep(args)) warnings.push(args);
    else original.apply(console, args);
  };
  try {
    return await run(warnings);
  } finally {
    console.warn = original;
  }
}

/** Collects every console.warn call while `run` runs (the elements warn once per bad input). */
export async function captureWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  let calls: unknown[][] = [];
  await interceptWarnings(
    () => true,
    async (warnings) => {
      calls = warnings;
      await run();
    },
  );
  return calls;
}

/** Runs `run` with the elements' warnings (`<film-…>: …`) collected and handed to it; others are logged. */
export function quietly<T>(run: (warnings: unknown[][]) => Promise<T>): Promise<T> {
  return interceptWarnings((args) => typeof args[0] === 'string' && args[0].startsWith('<film-'), run);
}

/**
 * Collects what must never happen on the host page: uncaught errors, unhandled rejections and
 * console.error calls. `stop()` returns them and removes the listeners.
 */
export function watchErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    originalError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop(): string[] {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = originalError;
      return errors;
    },
  };
}

// --- accessibility ------------------------------------------------------------------------------------

const axeLoaded = new WeakMap<Window, Promise<typeof axe>>();
/**
 * axe-core is a UMD script, not an ES module: load it once per window as a classic script (axe runs only
 * on its own window's document: an element in an iframe needs the iframe's copy, and scripts there).
 */
function loadAxe(view: Window): Promise<typeof axe> {
  let loaded = axeLoaded.get(view);
  if (!loaded) {
    loaded = new Promise((resolve, reject) => {
      const script = view.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve((view as unknown as { axe: typeof axe }).axe);
      script.onerror = () => reject(new Error('could not load axe-core'));
      view.document.head.append(script);
    });
    axeLoaded.set(view, loaded);
  }
  return loaded;
}

/** Runs axe on an element (its shadow tree included; in the page or in an iframe) and fails listing every violation. */
export async function expectAccessible(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const result = await (
    await loadAxe(element.ownerDocument.defaultView ?? window)
  ).run(element, { resultTypes: ['violations'], ...options });
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
}

// --- Lit's development build ----------------------------------------------------------------------------

/*
 * The dev-build run of scripts/run-wtr.mjs serves Lit's development build, which warns about misuse
 * (an update scheduled after an update, a class field shadowing a reactive property, …) once per page
 * and records each warning in `globalThis.litIssuedWarnings`. A warning fails the test during which
 * it was issued. The production build (every other run) has no such set: then this checks nothing.
 * Set through the hook's `error()`, the failure goes to the test; a failing hook would stop the file.
 */
const litWarningsSeen = new Set<string>();
afterEach(function (this: Mocha.Context) {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  if (!issued) return;
  // Entries are the warnings' texts (each ends with its lit.dev/msg link); a page may also add bare
  // codes there to silence a warning. The dev-mode notice is the one warning the run expects.
  const fresh = [...issued].filter(
    (warning) => warning.includes('lit.dev/msg/') && !warning.includes('lit.dev/msg/dev-mode') && !litWarningsSeen.has(warning),
  );
  if (!fresh.length) return;
  for (const warning of fresh) litWarningsSeen.add(warning);
  (this.test as Mocha.Hook).error(new Error(`Lit (development build) warned during this test:\n${fresh.join('\n')}`));
});
