/**
 * Case 5, page cost: the time from the page's first script (an inline `performance.mark('page:start')`
 * in the head of bench/page-*.html) to all five elements rendered with the sample, style and layout
 * included: loading and running the variant's bundle (framework, elements, data), the five first
 * renders, and one forced layout. Not aligned to a frame (the start is the page's own), so it ends at
 * the forced layout rather than at a paint.
 */
import sample from '../src/samples/leaving-las-vegas.json';
import type { Driver } from './driver.js';
import { check, fail } from './measure.js';

export async function pageCost(driver: Driver, container = document.getElementById('bench')!): Promise<number | undefined> {
  try {
    await driver.page(container, sample);
    void document.body.offsetHeight;
    const { duration } = performance.measure('page', 'page:start');
    const roots = driver.roots(container);
    check(roots.length === 5 && roots.every((root) => root.childElementCount > 0), 'page not rendered');
    document.title = 'bench done';
    return duration;
  } catch (error) {
    console.error(error);
    if (!document.title.startsWith('bench error')) fail(error instanceof Error ? error.message : String(error));
  }
}
