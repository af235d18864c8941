/**
 * Debian's Chromium as every script here launches it: the test runner (web-test-runner.config.mjs),
 * the package, example and story checks (check-helpers.mjs, check-storybook.mjs) and bench/profile.mjs.
 */

/** CHROME_PATH, else Debian's binary (scripts/ensure-browsers.mjs installs it with apt when missing). */
export const chromiumPath = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';

/** Flags for running as root in a container with no GPU or /dev/shm to speak of (see TOOLCHAIN notes). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];
