/** Case 5, page cost (vanilla): see bench/page.ts. */
import { pageCost } from './page.js';
import { driver } from './vanilla/driver.js';

void pageCost(driver);
