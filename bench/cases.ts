/**
 * The timed cases, shared by the benchmark page (bench/main.ts, timing) and the smoke test
 * (test/bench-smoke.test.ts, which runs each once with small inputs and compares the DOM). Each
 * checks that the variant really rendered what was asked, so a fast number is never an empty page.
 *
 *   cards       n film-cards from the sample's JSON text: `first-render`, then the JS heap after GC per
 *               1,000 cards (`heap-kb`, Chromium only), then `update` (the same cards given another film;
 *               script only: relaying out 1,000 cards takes seconds, costs every variant the same, and
 *               would double the benchmark's run time)
 *   carousel    one review carousel with the sample grown to n reviews: `first-render`, then `next`
 *   soundtrack  one soundtrack with the sample grown to n tracks: `first-render`
 *
 * Timed steps give two measures (see measure.ts): `step` (to first paint) and `step:script`. Which
 * sizes run, and which measures the benchmark reads: bench/cases.json.
 */
import { filmWithReviews, filmWithTracks, otherText, sampleText } from './data.js';
import type { Carousel, Driver } from './driver.js';
import { check, fail, heapAfterGc, quiet, timed } from './measure.js';

export type CaseName = 'cards' | 'carousel' | 'soundtrack';

/** Called after each step (once its frame rendered), e.g. to look at the DOM. */
export type StepHook = (step: string) => void | Promise<void>;

const text = (root: ParentNode) => (root as Element).textContent ?? '';

export async function runCase(
  name: CaseName,
  driver: Driver,
  n: number,
  container: HTMLElement,
  after: StepHook = () => {},
): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  if (name === 'cards') {
    const json = sampleText();
    const next = otherText();
    const before = heapAfterGc();
    results['first-render'] = await timed('first-render', () => driver.cards(container, json, n));
    const roots = driver.roots(container);
    check(
      roots.length === n && roots.every((root) => root.querySelector('article') && text(root).includes('Leaving Las Vegas')),
      'cards not rendered',
    );
    await after('first-render');
    const heap = heapAfterGc();
    if (before !== undefined && heap !== undefined) results['heap-kb'] = Math.max(0, heap - before) / 1024 / (n / 1000);
    await quiet();
    results['update:script'] = await timed('update', () => driver.updateCards(container, next), { paint: false });
    check(
      driver.roots(container).every((root) => text(root).includes('Rain in Reno') && !text(root).includes('Leaving Las Vegas')),
      'cards not updated',
    );
    await after('update');
  } else if (name === 'carousel') {
    const film = filmWithReviews(n);
    let carousel: Carousel | undefined;
    results['first-render'] = await timed('first-render', async () => void (carousel = await driver.carousel(container, film)));
    const root = () => driver.roots(container)[0]!;
    check(root().querySelector('#slide-0:not([inert])'), 'carousel not rendered');
    await after('first-render');
    await quiet();
    results.next = await timed('next', () => carousel!.next());
    check(root().querySelector('#slide-1:not([inert])') && root().querySelector('#slide-0[inert]'), 'carousel did not move');
    await after('next');
  } else if (name === 'soundtrack') {
    const film = filmWithTracks(n);
    results['first-render'] = await timed('first-render', () => driver.soundtrack(container, film));
    const tracks = driver.roots(container)[0]!.querySelectorAll('li.track').length;
    check(tracks === Math.min(n, 15), `soundtrack shows ${tracks} tracks`);
    await after('first-render');
  } else fail(`unknown case ${name}`);
  return results;
}
