/** Case 5, page cost (react): see bench/page.ts. */
import { driver } from './react/driver.js';
import { pageCost } from './page.js';

void pageCost(driver);
