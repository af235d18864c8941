/** Shared test helpers: the sample film, fixtures, axe, events. Import these; don't re-write them. */
import { html, nextFrame, fixture as owcFixture } from '@open-wc/testing';
import type axe from 'axe-core';

import type { FilmInput } from '../src/data/schema.js';
import type { FilmElement } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';

export { html };

/** A fresh deep copy of the sample film, safe to mutate in a test. */
export const sampleFilm = (): FilmInput => structuredClone(sample) as FilmInput;

/** The sample film as JSON text, as it would stand in a `film` attribute. */
export const sampleJson = (): string => JSON.stringify(sample);

/** Renders a template and waits until the element has rendered its film (or its error). */
export async function fixture<T extends Element = FilmElement>(template: unknown): Promise<T> {
  const element = await owcFixture<T>(template as Parameters<typeof owcFixture>[0]);
  await (element as Partial<FilmElement>).updateComplete;
  await nextFrame();
  return element;
}

/** Waits for an event on a target, failing after `timeout` ms with a message that says which. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string, timeout = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Runs axe on an element (its shadow tree included) and fails listing every violation. */
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

export async function expectAccessible(element: Element, options: axe.RunOptions = {}): Promise<void> {
  const result = await (await loadAxe()).run(element, { resultTypes: ['violations'], ...options });
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  if (violations.length) throw new Error(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
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

/** Collects console.warn calls while `run` runs (the elements warn once per bad input). */
export async function captureWarnings(run: () => Promise<void>): Promise<unknown[][]> {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}
