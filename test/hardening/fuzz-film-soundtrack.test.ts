/** Issue 9, "Property-based fuzzing" of <film-soundtrack>: see fuzz.ts for the inputs, the checks and how to replay a seed. */
import '../../src/index.js';

import { describeFuzz } from './fuzz.js';

describeFuzz('film-soundtrack');
