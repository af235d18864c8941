/** Case 5, page cost (ours): see bench/page.ts. */
import { driver } from './ours/driver.js';
import { pageCost } from './page.js';

void pageCost(driver);
