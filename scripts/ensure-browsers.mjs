#!/usr/bin/env node
/**
 * Finds the browsers the tests run in — Debian's Chromium, Firefox ESR and WebKitGTK (WebKitWebDriver,
 * MiniBrowser, run under Xvfb) — and installs what is missing when it can (root + apt-get).
 * Nothing is ever downloaded by npm tools: the tests drive the system browsers.
 *
 *   node scripts/ensure-browsers.mjs                     all three; prints the paths
 *   BROWSERS=chromium,firefox node scripts/ensure-browsers.mjs
 *   node scripts/ensure-browsers.mjs --check             never installs; exit 1 when something is missing
 *
 * Overrides: CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER (WebKitWebDriver), WEBKIT_MINIBROWSER.
 * `ensureBrowsers()` is what scripts/run-wtr.mjs uses.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** The Debian package that provides each piece. */
const PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkitDriver: 'webkit2gtk-driver', // also pulls libwebkit2gtk-4.1-0, which holds MiniBrowser
  miniBrowser: 'webkit2gtk-driver',
  xvfbRun: 'xvfb',
};

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** First executable among the candidates (absolute paths, or names looked up in PATH). */
function firstExecutable(candidates) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const candidate of candidates.filter(Boolean)) {
    if (candidate.includes('/')) {
      if (isExecutable(candidate)) return candidate;
    } else {
      for (const dir of dirs) if (isExecutable(path.join(dir, candidate))) return path.join(dir, candidate);
    }
  }
  return undefined;
}

/** MiniBrowser lives in an architecture directory: /usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser. */
function miniBrowserCandidates() {
  const found = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let triplets = [];
    try {
      triplets = readdirSync(lib).filter((name) => name.endsWith('-linux-gnu'));
    } catch {
      continue;
    }
    for (const dir of ['', ...triplets]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) found.push(path.join(lib, dir, api, 'MiniBrowser'));
    }
  }
  return found;
}

/** Where a variable was set but points at nothing usable, we say so rather than fall back silently. */
function fromEnv(name) {
  const value = process.env[name];
  return value ? { value, ok: isExecutable(value) } : undefined;
}

/**
 * Looks for every piece without installing anything.
 * @returns {{ chromium?: string, firefox?: string, webkitDriver?: string, miniBrowser?: string, xvfbRun?: string, badEnv: string[] }}
 */
export function findBrowsers() {
  const badEnv = [];
  const pick = (variable, defaults) => {
    const env = variable && fromEnv(variable);
    if (env) {
      if (!env.ok) badEnv.push(`${variable}=${env.value} is not an executable file`);
      return env.ok ? env.value : undefined;
    }
    return firstExecutable(defaults);
  };
  return {
    chromium: pick('CHROME_PATH', ['/usr/lib/chromium/chromium', '/usr/bin/chromium']),
    firefox: pick('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr']),
    webkitDriver: pick('WEBKIT_WEBDRIVER', ['/usr/bin/WebKitWebDriver', 'WebKitWebDriver']),
    miniBrowser: pick('WEBKIT_MINIBROWSER', miniBrowserCandidates()),
    xvfbRun: pick(undefined, ['/usr/bin/xvfb-run', 'xvfb-run']),
    badEnv,
  };
}

/** The pieces each browser needs. */
function needs(browser) {
  if (browser === 'chromium') return ['chromium'];
  if (browser === 'firefox') return ['firefox'];
  if (browser === 'webkit') return ['webkitDriver', 'miniBrowser', 'xvfbRun'];
  throw new Error(`unknown browser "${browser}" (known: ${ALL_BROWSERS.join(', ')})`);
}

const LABELS = {
  chromium: 'Chromium',
  firefox: 'Firefox ESR',
  webkitDriver: 'WebKitWebDriver',
  miniBrowser: 'MiniBrowser (WebKitGTK)',
  xvfbRun: 'xvfb-run',
};

/** Which browsers the BROWSERS variable asks for (default: all three). */
export function wantedBrowsers(value = process.env.BROWSERS) {
  const list = (value || ALL_BROWSERS.join(','))
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const browser of list) needs(browser); // throws on an unknown name
  return list;
}

function missingPieces(found, browsers) {
  return [...new Set(browsers.flatMap(needs))].filter((piece) => !found[piece]);
}

function aptInstall(packages, log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const step = (args) =>
    new Promise((resolve, reject) => {
      log(`ensure-browsers: $ apt-get ${args.join(' ')}`);
      const child = spawn('apt-get', args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`apt-get ${args[0]} exited with ${code}`))));
    });
  return step(['update']).then(() => step(['install', '-y', ...packages]));
}

const canApt = () => process.getuid?.() === 0 && firstExecutable(['apt-get']) !== undefined;

/**
 * Makes sure the wanted browsers are there, installing the missing Debian packages when running as
 * root with apt-get; otherwise throws an error that says exactly what to install or set.
 *
 * @param {{ browsers?: string[], install?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ chromium?: string, firefox?: string, webkitDriver?: string, miniBrowser?: string, xvfbRun?: string }>}
 */
export async function ensureBrowsers({ browsers = wantedBrowsers(), install = true, log = console.error } = {}) {
  let found = findBrowsers();
  if (found.badEnv.length) throw new Error(`ensure-browsers: ${found.badEnv.join('; ')}`);
  let missing = missingPieces(found, browsers);
  if (missing.length === 0) return withoutBadEnv(found);

  const packages = [...new Set(missing.map((piece) => PACKAGES[piece]))];
  const what = missing.map((piece) => LABELS[piece]).join(', ');
  if (install && canApt()) {
    log(`ensure-browsers: missing ${what}; installing Debian packages: ${packages.join(' ')}`);
    await aptInstall(packages, log);
    found = findBrowsers();
    missing = missingPieces(found, browsers);
    if (missing.length === 0) return withoutBadEnv(found);
    throw new Error(`ensure-browsers: still missing after apt-get install: ${missing.map((piece) => LABELS[piece]).join(', ')}`);
  }

  const hints = [`  sudo apt-get install -y ${packages.join(' ')}   (Debian/Ubuntu packages)`];
  if (missing.includes('chromium')) hints.push('  or set CHROME_PATH to a Chromium/Chrome binary');
  if (missing.includes('firefox')) hints.push('  or set FIREFOX_PATH to a Firefox binary (ESR 128 or later: WebDriver BiDi)');
  if (missing.includes('miniBrowser')) hints.push("  or set WEBKIT_MINIBROWSER to WebKitGTK's MiniBrowser");
  const others = ALL_BROWSERS.filter((b) => browsers.includes(b) && !needs(b).some((p) => missing.includes(p)));
  if (others.length) hints.push(`  or run only the browsers that are there: BROWSERS=${others.join(',')}`);
  throw new Error(`ensure-browsers: missing ${what}. To run the browser tests, install them:\n${hints.join('\n')}`);
}

const withoutBadEnv = ({ badEnv: _badEnv, ...paths }) => paths;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const browsers = wantedBrowsers();
    const paths = await ensureBrowsers({ browsers, install: !process.argv.includes('--check') });
    for (const piece of [...new Set(browsers.flatMap(needs))]) console.log(`${LABELS[piece].padEnd(24)} ${paths[piece]}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
