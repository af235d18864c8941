#!/usr/bin/env node
/**
 * The examples check (part of `npm test`, after the build): the three apps in examples/ run against
 * the packed tarball, as a user would install it, and render the sample film in Chromium.
 *
 *   1. `npm pack` (lifecycle scripts skipped) into a temporary folder;
 *   2. examples/react and examples/vue are copied there (without node_modules) and each gets one
 *      `npm install --prefer-offline --no-audit --no-fund <tarball>`: their other dependencies (React 19,
 *      Vue 3, Vite, TypeScript, vue-tsc) come from the npm registry (or npm's cache). The React copy
 *      also gets Preact, for the Preact typings check;
 *   3. each is built with its own `npm run build`, which type-checks first (`tsc --noEmit`,
 *      `vue-tsc --noEmit`: the JSX and Vue typings of the package are used for real). Before that, a
 *      typings fixture is added to each copy: correct uses must pass and wrong ones must fail
 *      (`@ts-expect-error`), in React, Preact and Vue templates;
 *   4. one local server serves examples/plain-html as it is and the two builds; the plain page's
 *      `https://cdn.jsdelivr.net/npm/film-elements@…` script is answered from the unpacked tarball
 *      (what jsDelivr serves), and any other outside request fails the check;
 *   5. one headless Chromium opens each page and checks that all five elements show the sample film
 *      through their shadow roots (title, cast, a score, an award, a review, the soundtrack), and
 *      that nothing logged a console error, threw, or failed to load. In React and Vue it then presses
 *      "Load a film without a title": every element must show its error state and the app must show
 *      the `film-error` message it received through its listener; pressing again brings the film back.
 *
 *   node scripts/check-examples.mjs             (run `npm run build` first; `npm test` does)
 *   KEEP_TMP=1 node scripts/check-examples.mjs  keeps the temporary folder to look at
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  extractTarball,
  launchChromium,
  missingSampleContent,
  npm,
  packTarball,
  pkg,
  root,
  run,
  serve,
  shadowTexts,
  tempDir,
  watchedPage,
} from './check-helpers.mjs';

const examples = path.join(root, 'examples');
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Typings fixtures, written into the copies only: what must type-check, and what must not. */
const fixtures = {
  react: {
    'src/typings-check.tsx': `// Written by scripts/check-examples.mjs: the React 19 JSX typings accept right uses, reject wrong ones.
import type {} from 'film-elements/jsx';
import { useRef } from 'react';
import type { FilmCard, FilmInput } from 'film-elements';

const film: FilmInput = { title: 'Leaving Las Vegas' };

export function TypingsCheck() {
  const ref = useRef<FilmCard>(null);
  return (
    <>
      <film-card ref={ref} film={film} heading-level={2} cast-limit="4" theme="dark" onfilm-error={(e) => e.detail.problems.map((p) => p.path)} />
      <film-card film='{"title":"JSON text"}' onfilm-load={(e) => e.detail.film.title.toUpperCase()} />
      <film-review-carousel kind="critic" autoplay interval={8000} onfilm-slide-change={(e) => e.detail.index + 1} />
      {/* @ts-expect-error a number is not a film */}
      <film-card film={42} />
      {/* @ts-expect-error not a kind of review */}
      <film-review-carousel kind="everyone" />
      {/* @ts-expect-error film-error's detail has no "film" */}
      <film-ratings-badge onfilm-error={(e) => e.detail.film} />
    </>
  );
}
`,
    'src/typings-check-preact.tsx': `/** @jsxImportSource preact */
// Written by scripts/check-examples.mjs: the Preact JSX typings accept right uses, reject wrong ones.
import type {} from 'film-elements/preact';
import { createRef } from 'preact';
import type { FilmCard, FilmInput } from 'film-elements';

const film: FilmInput = { title: 'Leaving Las Vegas' };
const ref = createRef<FilmCard>();

export const ok = <film-card ref={ref} film={film} heading-level="2" onfilm-error={(e) => e.detail.message} />;
// @ts-expect-error a number is not a film
export const notAFilm = <film-card film={42} />;
// @ts-expect-error not a variant
export const notAVariant = <film-ratings-badge variant="huge" />;
`,
  },
  vue: {
    'src/TypingsCheck.vue': `<!-- Written by scripts/check-examples.mjs: the Vue typings accept right uses, reject wrong ones. -->
<script setup lang="ts">
import type { FilmErrorDetail, FilmInput } from 'film-elements';

const film: FilmInput = { title: 'Leaving Las Vegas' };
const onError = (event: CustomEvent<FilmErrorDetail>) => event.detail.problems.length;
</script>

<template>
  <film-card :film="film" heading-level="2" :cast-limit="4" theme="dark" @film-error="onError" @film-load="(e) => e.detail.film.title" />
  <film-review-carousel kind="critic" :autoplay="true" @film-slide-change="(e) => e.detail.index + 1" />
  <!-- @vue-expect-error a number is not a film -->
  <film-card :film="42" />
  <!-- @vue-expect-error not a kind of review -->
  <film-review-carousel kind="everyone" />
</template>
`,
  },
};

const failures = [];
const tmp = tempDir('film-elements-examples');
try {
  let start = performance.now();
  const { tarball } = await packTarball(tmp.dir);
  const unpacked = await extractTarball(tarball, path.join(tmp.dir, 'unpacked'));
  console.log(`examples: ✓ packed ${path.basename(tarball)}  ${seconds(start)}`);

  // Copies of the apps, each with one install against the tarball (in parallel: mostly waiting).
  start = performance.now();
  const apps = ['react', 'vue'];
  await Promise.all(
    apps.map(async (app) => {
      const dir = path.join(tmp.dir, app);
      cpSync(path.join(examples, app), dir, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)$/.test(source) });
      for (const [file, text] of Object.entries(fixtures[app] ?? {})) writeFileSync(path.join(dir, file), text);
      const extra = app === 'react' ? ['preact@>=10.29'] : [];
      await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...extra], { cwd: dir });
      const installed = JSON.parse(readFileSync(path.join(dir, 'node_modules', pkg.name, 'package.json'), 'utf8'));
      if (installed.version !== pkg.version)
        throw new Error(`${app}: installed ${pkg.name}@${installed.version}, not the tarball's ${pkg.version}`);
    }),
  );
  console.log(`examples: ✓ installed ${apps.join(', ')} against the tarball  ${seconds(start)}`);

  start = performance.now();
  await Promise.all(apps.map((app) => run(npm, ['run', 'build'], { cwd: path.join(tmp.dir, app) })));
  console.log(`examples: ✓ type-checked (React, Preact, Vue typings) and built ${apps.join(', ')}  ${seconds(start)}`);

  start = performance.now();
  const server = await serve({
    '/plain-html/': path.join(examples, 'plain-html'),
    '/react/': path.join(tmp.dir, 'react', 'dist'),
    '/vue/': path.join(tmp.dir, 'vue', 'dist'),
  });
  const browser = await launchChromium();
  const cdn = new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/${pkg.name}@([^/]+)/(.+)$`);
  try {
    for (const app of ['plain-html', ...apps]) {
      const { page, problems } = await watchedPage(browser);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        const match = url.match(cdn);
        if (match) {
          // What jsDelivr would answer: the file from the published tarball (for a matching version).
          const [, range, file] = match;
          if (!pkg.version.startsWith(range.replace(/^[\^~]/, '')))
            problems.push(`the page asks for ${pkg.name}@${range}, the tarball is ${pkg.version}`);
          try {
            request.respond({
              status: 200,
              contentType: 'text/javascript; charset=utf-8',
              headers: { 'access-control-allow-origin': '*' },
              body: readFileSync(path.join(unpacked, file)),
            });
          } catch {
            request.respond({ status: 404, body: 'not in the tarball' });
          }
        } else if (url.startsWith(server.origin) || url.startsWith('data:')) request.continue();
        else {
          problems.push(`outside request: ${url}`);
          request.abort();
        }
      });
      await page.goto(`${server.origin}/${app}/`, { waitUntil: 'load' });
      try {
        const texts = await shadowTexts(page);
        problems.push(...missingSampleContent(texts));
        if (app !== 'plain-html') await checkFilmError(page, problems);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
      await page.close();
      if (problems.length) failures.push(`${app}: ${problems.join('\n  ')}`);
      else console.log(`examples: ✓ ${app}: all five elements show the sample film, no console error`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`examples: browser checks  ${seconds(start)}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  tmp.cleanup();
}

/**
 * React and Vue apps: "Load a film without a title" must put every element in its error state and
 * show the message the app received through its `film-error` listener; pressing again restores.
 */
async function checkFilmError(page, problems) {
  const button = await page.waitForSelector('main button');
  await button.click();
  await page
    .waitForFunction(() => document.querySelector('#film-status')?.textContent.includes('film-'), { timeout: 5000 })
    .catch(() => {
      problems.push('no film-error message reached the app (its listener did not run)');
    });
  const errors = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('film-'))
      .map((el) => [el.localName, Boolean(el.shadowRoot?.querySelector('[part="error"]'))]),
  );
  for (const [tag, shown] of errors) if (!shown) problems.push(`<${tag}> does not show its error state for a film without a title`);
  await button.click();
  const texts = await shadowTexts(page);
  problems.push(...missingSampleContent(texts).map((problem) => `after loading the sample again: ${problem}`));
  const status = await page.$eval('#film-status', (el) => el.textContent.trim());
  if (status) problems.push(`the app still shows "${status}" after film-load`);
}

if (failures.length) {
  for (const failure of failures) console.error(`examples: ✗ ${failure}`);
  process.exit(1);
}
console.log('examples: ✓ all checks passed');
