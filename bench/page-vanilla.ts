/** Case 5, page cost (vanilla): see bench/page.ts. */
import { driver } from './vanilla/driver.js';
import { pageCost } from './page.js';

void pageCost(driver);
