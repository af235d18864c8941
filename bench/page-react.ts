/** Case 5, page cost (react): see bench/page.ts. */
import { pageCost } from './page.js';
import { driver } from './react/driver.js';

void pageCost(driver);
