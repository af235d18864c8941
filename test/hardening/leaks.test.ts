/**
 * Issue 9, "Leaks": 1,000 create / connect / disconnect cycles of each element — with every input
 * (property, attribute, child script, `src`, some requests cut short by the removal), and the
 * elements used in between (tooltips opened, carousels rotating and moved, disclosures toggled) —
 * leave no timer, interval, animation frame, listener on the page (window, document, media queries),
 * Mutation/Resize/IntersectionObserver or pending request behind (test/hardening/instrument.ts).
 * Heap growth over the same cycles: heap-<element>.test.ts (heap.ts).
 */
import { expect } from '@open-wc/testing';

import '../../src/index.js';

import { browser, quietly, TAGS, watchErrors } from '../helpers.js';
import { CYCLES, cycles } from './cycles.js';
import { afterOneFrame, instrument, list } from './instrument.js';

describe('hardening: leaks', function () {
  this.timeout(170_000);
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const tag of TAGS) {
    it(`<${tag}>: ${CYCLES.toLocaleString('en')} create/connect/use/disconnect cycles leave no timer, listener, observer or request running`, async () => {
      const tracker = instrument();
      const watch = watchErrors();
      const started = performance.now();
      try {
        await quietly(() => cycles(tag, CYCLES, container));
        await afterOneFrame(300); // aborted requests settle, timers that were cleared are gone
        const left = tracker.live();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const made = Object.entries(tracker.created)
          .map(([kind, n]) => `${n} ${kind}s`)
          .join(', ');
        console.log(
          `[leaks] ${browser()} <${tag}>: ${CYCLES} cycles in ${seconds} s; the library created ${made}; left running: ${left.length}`,
        );
        expect(list(left).join('\n'), 'left running after the cycles').to.equal('');
        expect(watch.errors).to.deep.equal([]);
        // The instrumentation saw the library at work (an observer per connection, the requests).
        expect(tracker.created.observer, 'observers created').to.be.at.least(CYCLES);
        expect(tracker.created.fetch, 'requests made').to.be.at.least(CYCLES / 4);
      } finally {
        tracker.restore();
        watch.stop();
      }
    });
  }
});
