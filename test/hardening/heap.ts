/**
 * Issue 9, "Leaks", the heap: after 1,000 create / connect / use / disconnect cycles of an element
 * (cycles.ts), the heap stays flat. Used by heap-<element>.test.ts: one file per element, so that each
 * stays well inside the runner's 3-minute limit per file in Firefox, whose collector is slow to run.
 *
 * Chromium: `window.gc()` (the runner starts it with --js-flags=--expose-gc) and `performance.memory`
 * (--enable-precise-memory-info) measure the JS heap after a warm-up, after 1,000 cycles and after
 * 1,000 more; and every element of the first batch must have been collected.
 * Firefox and WebKit expose neither a heap size nor a way to force a collection to web content
 * (Firefox has no `gc()` even with `fuzzing.enabled`), so there the test measures retention: it keeps
 * a WeakRef to every element of a batch and to a control made after it, and allocates garbage until
 * the collectors have run. Once the control is collected, the disconnected film elements must be
 * gone too — a leaked one stays reachable for ever. WebKit collects within a second or two; Firefox
 * when its cycle collector gets to it (seconds to tens of seconds).
 */
import { aTimeout, expect } from '@open-wc/testing';

import { browser, quietly, type Tag } from '../helpers.js';
import { alive, collect, CYCLES, cycles } from './cycles.js';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

/** What the test measures in this browser (for its name). */
const heapMethod = (): string =>
  'gc' in window && performance.memory
    ? 'JS heap flat (Chromium: gc + performance.memory)'
    : 'disconnected elements are collected with a control (WeakRefs under allocation pressure)';

/** The test of one element: one file per element (see above), each this one call. */
export function describeHeap(tag: Tag): void {
  describe(`hardening: heap <${tag}>`, function () {
    this.timeout(170_000);

    it(`after ${CYCLES.toLocaleString('en')} create/connect/use/disconnect cycles the heap stays flat — ${heapMethod()}`, async () => {
      const container = document.createElement('div');
      container.style.width = '900px';
      document.body.append(container);
      try {
        await expectFlatHeap(tag, container);
      } finally {
        container.remove();
      }
    });
  });
}

/** Runs the cycles and checks the heap (see above). */
async function expectFlatHeap(tag: Tag, container: HTMLElement): Promise<void> {
  await quietly(async () => {
    await cycles(tag, 100, container); // warm-up: caches, formatters, the lazy tooltip code
    await aTimeout(200);
    if (window.gc && performance.memory) {
      await collect(() => false, 300);
      const before = performance.memory.usedJSHeapSize;
      const first = await cycles(tag, CYCLES, container, 100);
      await aTimeout(200);
      await collect(() => false, 300);
      const afterFirst = performance.memory.usedJSHeapSize;
      await cycles(tag, CYCLES, container, 100 + CYCLES);
      await aTimeout(200);
      await collect(() => false, 300);
      const afterSecond = performance.memory.usedJSHeapSize;
      console.log(
        `[leaks] ${browser()} <${tag}> heap (Chromium): ${mb(before)} → ${mb(afterFirst)} after ${CYCLES} cycles → ${mb(afterSecond)} after ${2 * CYCLES}; ${alive(first)} of ${CYCLES} elements of the first batch still alive`,
      );
      // Blink's heap scans the native stack conservatively: now and then one element stays reachable by chance.
      expect(alive(first), 'elements of the first batch still reachable').to.be.at.most(CYCLES * 0.01);
      // A leak of even 1 kB per element would add 1 MB per batch.
      expect(afterFirst - before, 'heap growth over the first 1,000 cycles').to.be.below(1_048_576);
      expect(afterSecond - afterFirst, 'heap growth over the next 1,000 cycles').to.be.below(1_048_576);
    } else {
      const refs = await cycles(tag, CYCLES, container, 100);
      // A control, made after the batch: plain detached elements with an expando, which need the
      // same collections (JS and, in Firefox, the cycle collector) as the film elements. Once the
      // control is gone, a collection has run since the whole batch became garbage.
      const control: WeakRef<object>[] = [];
      for (let i = 0; i < CYCLES; i++) {
        const div = Object.assign(document.createElement('div'), { expando: { i } });
        container.append(div);
        div.remove();
        control.push(new WeakRef(div));
      }
      const start = performance.now();
      // JavaScriptCore scans stacks conservatively: a few objects stay reachable by chance (0.5 % of
      // plain objects, up to about 2.5 % of carousels here). A leak keeps every element of the path
      // it is on, and each path (each input; requests waited for or cut short) is 12.5 % or more.
      const few = CYCLES * 0.06;
      await collect(() => alive(control) <= few && alive(refs) <= few, 90_000);
      const left = alive(refs);
      console.log(
        `[leaks] ${browser()} <${tag}> retention (no heap API in this browser): ${CYCLES - left} of ${CYCLES} disconnected elements collected (control: ${CYCLES - alive(control)} of ${CYCLES}) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
      );
      expect(alive(control), 'a collection ran (the control made after the batch was collected)').to.be.at.most(few);
      expect(left, 'disconnected film elements still reachable after it').to.be.at.most(few);
    }
  });
}
