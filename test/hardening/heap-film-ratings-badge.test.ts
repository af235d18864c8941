/** Issue 9, "Leaks": the heap after 1,000 cycles of <film-ratings-badge> (see heap.ts for how each browser measures it). */
import '../../src/index.js';

import { describeHeap } from './heap.js';

describeHeap('film-ratings-badge');
