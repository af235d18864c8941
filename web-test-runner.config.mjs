/**
 * Tests run in real browsers from Debian: Chromium (Chrome DevTools Protocol), Firefox ESR (WebDriver
 * BiDi through puppeteer) and WebKitGTK's MiniBrowser (WebDriver classic through WebKitWebDriver, which
 * scripts/run-wtr.mjs starts under Xvfb and passes in as WEBKIT_WEBDRIVER_PORT).
 * BROWSERS=chromium,firefox,webkit picks them (default: all three).
 *
 * Lit's production build by default, the build users get (without an export condition, the dev
 * server resolves packages' `development` builds). LIT_BUILD=development serves Lit's development
 * build instead, in which any Lit warning fails the test that caused it (test/helpers.ts);
 * scripts/run-wtr.mjs adds such a run in Chromium for the element tests.
 */
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

import { benchReactPlugin } from './bench/wtr-react.mjs';
import { chromiumArgs, chromiumPath, heapArgs } from './scripts/chromium.mjs';
import { filmTestRoutes } from './test/server/plugins.mjs';
import { ssrRoute } from './test/server/ssr.mjs';

// test/hardening/leaks.test.ts: window.gc() and unrounded performance.memory, to measure heap growth.
const testChromiumArgs = [...chromiumArgs, ...heapArgs];

/**
 * The test files of these folders, the heap tests last. Those need the garbage collector to run, which
 * Firefox and WebKit do only under allocation pressure and when they get the CPU: at the end, the
 * quicker Chromium has finished, and the element tests (rendered on the server by this process, too)
 * are done.
 */
function heapLast(folders) {
  const files = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => `${folder}/${name}`),
  );
  const heap = (file) => /\/heap-[^/]+$/.test(file);
  return [...files.filter((file) => !heap(file)), ...files.filter(heap)];
}

const litBuild = process.env.LIT_BUILD === 'development' ? 'development' : 'production';

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((b) => b.trim());

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: testChromiumArgs } }));
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
      // puppeteer's 30 s navigation timeout is too short on a loaded 2-core machine (the fuzz files are
      // heavy); the test runner's own testsStartTimeout still bounds a page that never loads.
      createPage: async ({ browser }) => {
        const page = await browser.newPage();
        page.setDefaultNavigationTimeout(120_000);
        return page;
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  if (!process.env.WEBKIT_WEBDRIVER_PORT)
    throw new Error('WebKit needs WebKitWebDriver: run the tests through `npm test` (scripts/run-wtr.mjs) which starts it.');
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : heapLast(['test', 'test/hardening']),
  nodeResolve: { exportConditions: [litBuild] },
  browsers,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 120_000,
  // A file's deadline, not a speed check: the lifecycle file (1,000-cycle leak checks) took 150 s in
  // WebKit alone while helpers loaded this 2-core machine, and over 180 s beside two other browsers.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [filmTestRoutes, ssrRoute],
  // Lit's hydration support before anything else: it must patch Lit's element class before it is first
  // evaluated (the fixture's `ssr` mode hydrates server-rendered elements; see test/helpers.ts).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module" src="/src/hydrate.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // benchReactPlugin: React (CommonJS) as an ES module for test/bench-smoke.test.ts.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), benchReactPlugin()],
};
