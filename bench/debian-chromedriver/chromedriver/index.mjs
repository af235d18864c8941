/**
 * The npm `chromedriver` package's interface (`path`, and its folder on PATH), for Debian's driver.
 * tachometer imports `chromedriver` before it starts Chrome; selenium-webdriver then finds the driver
 * on PATH itself. CHROMEDRIVER_FILEPATH picks another binary (the npm package's own variable).
 */
import path from 'node:path';

const driver = process.env.CHROMEDRIVER_FILEPATH || '/usr/bin/chromedriver';
const folder = path.dirname(driver);
if (!process.env.PATH?.split(path.delimiter).includes(folder)) process.env.PATH = `${folder}${path.delimiter}${process.env.PATH ?? ''}`;

export { driver as path };
export const version = 'debian';
export default { path: driver, version };
