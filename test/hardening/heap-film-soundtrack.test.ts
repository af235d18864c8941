/** Issue 9, "Leaks": the heap after 1,000 cycles of <film-soundtrack> (see heap.ts for how each browser measures it). */
import '../../src/index.js';
import { CYCLES } from './cycles.js';
import { expectFlatHeap, heapMethod } from './heap.js';

describe('hardening: heap <film-soundtrack>', function () {
  this.timeout(170_000);

  it(`after ${CYCLES.toLocaleString('en')} create/connect/use/disconnect cycles the heap stays flat — ${heapMethod()}`, async () => {
    const container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    try {
      await expectFlatHeap('film-soundtrack', container);
    } finally {
      container.remove();
    }
  });
});
