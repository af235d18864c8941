/** Issue 9, "Property-based fuzzing" of <film-review-carousel>: see fuzz.ts for the inputs, the checks and how to replay a seed. */
import '../../src/index.js';

import { describeFuzz } from './fuzz.js';

describeFuzz('film-review-carousel');
