/**
 * The create / connect / use / disconnect cycle of the leak and heap tests (leaks.test.ts,
 * heap-<element>.test.ts), and a way to make the garbage collector run.
 */
import { aTimeout } from '@open-wc/testing';

import type { FilmElement } from '../../src/internal/film-element.js';
import { create, sampleFilm, sampleJson, settled, UNTIL_LOADED, type Tag } from '../helpers.js';

export const CYCLES = 1000;

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const scriptJson = sampleJson().replace(/</g, '\\u003c');

/** One cycle: create, give a film (a different way each time), connect, use, disconnect. */
export async function cycle(tag: Tag, i: number, container: HTMLElement): Promise<WeakRef<FilmElement>> {
  const el = create(tag);
  switch (i % 4) {
    case 0:
      el.film = sampleFilm();
      break;
    case 1:
      el.setAttribute('film', sampleJson());
      break;
    case 2: {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = scriptJson;
      el.append(script);
      break;
    }
    default:
      // Half the requests are cut short by the removal; the other half are waited for.
      el.src = i % 8 === 3 ? '/__film/sample' : '/__film/sample?delay=50';
  }
  if (tag === 'film-review-carousel' && i % 3 === 0) {
    el.setAttribute('autoplay', '');
    el.setAttribute('interval', '30');
  }
  container.append(el);
  await el.updateComplete;
  // A local request, but the other browsers' tests load the same server and both cores: in CI it
  // took up to 2 s at times, and more than 5 s (settled's default) twice. The cycle tests leaks, not
  // speed: wait as long as a test waits for any load.
  if (i % 8 === 3) await settled(el, UNTIL_LOADED.timeout);
  const root = el.shadowRoot!;
  if (i % 5 === 0 && el.filmData) {
    // Use it: what starts timers, listeners and observers.
    if (tag === 'film-ratings-badge') root.querySelector<HTMLElement>('[aria-describedby]')?.focus();
    if (tag === 'film-review-carousel') {
      root.querySelector<HTMLElement>('[part="next"]')?.click();
      root.querySelector<HTMLElement>('[part="slides"]')?.dispatchEvent(new Event('scroll'));
      // Moved: disconnected and connected again at once.
      container.prepend(el);
    }
    root.querySelector<HTMLElement>('[part="cast"] button, [part="group-toggle"], [part="tracklist"] > button')?.click();
    await el.updateComplete;
    if (tag === 'film-ratings-badge' && i % 50 === 0) await aTimeout(20); // let the tooltip's positioning load and start
  }
  el.remove();
  return new WeakRef(el);
}

export async function cycles(tag: Tag, count: number, container: HTMLElement, offset = 0): Promise<WeakRef<FilmElement>[]> {
  const refs: WeakRef<FilmElement>[] = [];
  for (let i = 0; i < count; i++) refs.push(await cycle(tag, offset + i, container));
  return refs;
}

/** Runs the collector: gc() where exposed, else allocation pressure, until `done` or the time is up. */
export async function collect(done: () => boolean, ms = 15_000): Promise<void> {
  const start = performance.now();
  do {
    if (window.gc) {
      window.gc();
      window.gc();
    } else {
      // Garbage the JS heap counts (large typed arrays live outside it and trigger nothing).
      const junk: unknown[] = [];
      for (let i = 0; i < 100; i++) junk.push(new Array(100_000).fill({}));
    }
    await aTimeout(window.gc ? 50 : 300);
    if (done()) return;
  } while (performance.now() - start < ms);
}

export const alive = (refs: WeakRef<object>[]) => refs.filter((ref) => ref.deref() !== undefined).length;
