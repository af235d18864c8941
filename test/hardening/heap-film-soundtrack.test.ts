/** Issue 9, "Leaks": the heap after 1,000 cycles of <film-soundtrack> (see heap.ts for how each browser measures it). */
import '../../src/index.js';

import { describeHeap } from './heap.js';

describeHeap('film-soundtrack');
