#!/usr/bin/env node
/**
 * Writes the files the benchmark runs from, all from the one list of cases, bench/cases.json:
 *
 *   bench/index.html            the timed cases (bench/main.ts reads ?case=&variant=&n=)
 *   bench/page-<variant>.html   case 5, page cost: one page per variant, each importing only its driver
 *   bench/tachometer.json       every case × size × variant with its measures, and the page-cost pages;
 *                               Chromium's binary and flags from scripts/chromium.mjs
 *
 * They are build inputs, not sources (git-ignored): `npm run bench` and bench/profile.mjs write them
 * before building; `node bench/generate.mjs` writes them alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromiumArgs, chromiumPath, heapArgs } from '../scripts/chromium.mjs';

const bench = path.dirname(fileURLToPath(import.meta.url));

/** bench/cases.json: `{ variants, sampleSize, window, cases: { name: { n, measures, expressions? } }, page: { measures } }`. */
export const cases = JSON.parse(readFileSync(path.join(bench, 'cases.json'), 'utf8'));

const GENERATED = '<!-- Written by bench/generate.mjs from bench/cases.json (npm run bench): change those, not this file. -->';

/** The head both kinds of page share: one fixed width for every variant (the carousel shows 2 slides at it). */
const page = ({ title, head = '', body }) => `<!doctype html>
${GENERATED}
<html lang="en">
  <head>
    <meta charset="utf-8" />${head}
    <title>${title}</title>
    <style>
      body {
        margin: 0;
        font: 16px/1.4 system-ui, sans-serif;
      }
      /* One fixed width for every variant: the carousel shows 2 slides at this width. */
      #bench {
        width: 800px;
      }
    </style>
  </head>
  <body>
    <main id="bench"></main>
    ${body}
  </body>
</html>
`;

/** File name → content of every page. */
export function pages() {
  const files = {
    'index.html': page({ title: 'film-elements benchmark', body: '<script type="module" src="./main.ts"></script>' }),
  };
  for (const variant of cases.variants) {
    files[`page-${variant}.html`] = page({
      title: `film-elements benchmark: page cost (${variant})`,
      // The mark is the page's first script: page cost counts from here (bench/page.ts).
      head: `
    <script>
      performance.mark('page:start');
    </script>`,
      // A static import of this variant's driver alone: the page's bundle holds no other variant's code.
      body: `<script type="module">
      import { pageCost } from './page.ts';
      import { driver } from './${variant}/driver.ts';
      void pageCost(driver);
    </script>`,
    });
  }
  return files;
}

const measurement = ({ measures = [], expressions = {} }) => [
  ...measures.map((name) => ({ name, mode: 'performance', entryName: name })),
  ...Object.entries(expressions).map(([name, expression]) => ({ name, mode: 'expression', expression })),
];

/**
 * The tachometer config. `site` is where the built pages are, relative to the config file:
 * `results-raw/site` for bench/tachometer.json, `site` for the run's copy in bench/results-raw/.
 */
export function tachometerConfig({ site = 'results-raw/site', sampleSize = cases.sampleSize } = {}) {
  const timed = Object.entries(cases.cases).flatMap(([name, spec]) =>
    spec.n.flatMap((n) =>
      cases.variants.map((variant) => ({
        name: `${name}-${n} ${variant}`,
        url: `${site}/index.html?case=${name}&variant=${variant}&n=${n}`,
        measurement: measurement(spec),
      })),
    ),
  );
  const pageCost = cases.variants.map((variant) => ({
    name: `page ${variant}`,
    url: `${site}/page-${variant}.html`,
    measurement: measurement(cases.page),
  }));
  return {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    root: site,
    sampleSize,
    timeout: 0,
    resolveBareModules: false,
    benchmarks: [
      {
        browser: {
          name: 'chrome',
          headless: true,
          binary: chromiumPath,
          addArguments: [...chromiumArgs, ...heapArgs],
          windowSize: cases.window,
        },
        expand: [...timed, ...pageCost],
      },
    ],
  };
}

/** Writes the pages and bench/tachometer.json; returns the paths written, relative to bench/. */
export function writeBenchFiles() {
  const files = { ...pages(), 'tachometer.json': `${JSON.stringify(tachometerConfig(), null, 2)}\n` };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(bench, name), content);
  return Object.keys(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(`bench: wrote ${writeBenchFiles().join(', ')} from bench/cases.json`);
}
