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

import type { FilmInput } from '../src/data/schema.js';
import type { FilmElement } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';

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
 * How a fixture's template reaches the page. `client`: rendered in the browser by Lit. This is the
 * place for other ways (rendered on the server, then hydrated): add a renderer to `renderers`, and
 * every test that uses `fixture()` runs through it.
 */
export type FixtureMode = 'client';

/** The mode of every fixture that does not name one. */
export const defaultFixtureMode: FixtureMode = 'client';

export interface FixtureOptions {
  mode?: FixtureMode;
  /** How long each film element in the template may take to settle on its input (ms). */
  timeout?: number;
}

type Template = Parameters<typeof owcFixture>[0];

/** Puts a template in the page, one way per mode; resolves to its root element once connected. */
const renderers: Record<FixtureMode, (template: Template) => Promise<Element>> = {
  client: (template) => owcFixture(template),
};

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
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

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

let axeLoaded: Promise<typeof axe> | undefined;
/** axe-core is a UMD script, not an ES module: load it once as a classic script. */
function loadAxe(): Promise<typeof axe> {
  axeLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: typeof axe }).axe);
    script.onerror = () => reject(new Error('could not load axe-core'));
    document.head.append(script);
  });
  return axeLoaded;
}

/** Runs axe on an element (its shadow tree included) and fails listing every violation. */
export async function expectAccessible(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const result = await (await loadAxe()).run(element, { resultTypes: ['violations'], ...options });
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
