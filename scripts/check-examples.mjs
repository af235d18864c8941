#!/usr/bin/env node
/**
 * The examples check (part of `npm test`, after the build): the seven apps in examples/ run against
 * the packed tarball, as a user would install it, and render the sample film in Chromium.
 *
 *   1. `npm pack` (lifecycle scripts skipped) into a temporary folder;
 *   2. examples/react, vue, svelte, angular, ssr-node and eleventy are copied there (without
 *      node_modules) and each gets one `npm install --prefer-offline --no-audit --no-fund <tarball>`:
 *      their other dependencies (React 19, Vue 3, Svelte 5, Angular, Vite, TypeScript, the checkers,
 *      Eleventy 3) come from the npm registry (or npm's cache). The React copy also gets Preact, for
 *      the Preact typings check;
 *   3. each is built with its own `npm run build`, which type-checks first (`tsc --noEmit`,
 *      `vue-tsc --noEmit`, `svelte-check`; `ng build` checks the templates with `strictTemplates`):
 *      the package's typings are used for real. Before that, a typings fixture is added to each copy:
 *      correct uses must pass and wrong ones must fail (`@ts-expect-error`), in React, Preact, Vue and
 *      Svelte templates. Angular templates have no such comment: its fixture is compiled on its own
 *      (`ngc`), and must fail exactly on the lines marked `<!-- expect-error TSnnnn -->`;
 *      The Eleventy site is built (`npm run build`: every element server-rendered by `renderElement`
 *      in a shortcode); the ssr-node server has nothing to build and is started (`npm start`, on a
 *      free port) after the installs;
 *   4. one local server serves examples/plain-html as it is, the four builds and the Eleventy site; the
 *      plain page's `https://cdn.jsdelivr.net/npm/film-elements@…` script is answered from the
 *      unpacked tarball (what jsDelivr serves), and any other outside request fails the check;
 *   5. one headless Chromium opens each page and checks that all five elements show the sample film
 *      through their shadow roots (title, cast, a score, an award, a review, the soundtrack), and
 *      that nothing logged a console error, threw, or failed to load. In the framework apps it then
 *      presses "Load a film without a title": every element must show its error state and the app must
 *      show the `film-error` message it received through its listener; pressing again brings the film back.
 *   6. the two server-rendered pages (ssr-node, eleventy) are opened twice. With JavaScript off, the
 *      declarative shadow roots alone must show the sample film. With it on, the elements must hydrate:
 *      each keeps the DOM the server rendered (its `part="base"` box, recorded as its tag is defined,
 *      is still the only one), no `film-hydration-error` and no console error, and film-card's
 *      "show all cast" button works.
 *
 * Steps 2 and 3 run side by side for the six apps; the time of each app's steps is printed (on a busy
 * machine it includes waiting for the others).
 *
 *   node scripts/check-examples.mjs             (run `npm run build` first; `npm test` does)
 *   KEEP_TMP=1 node scripts/check-examples.mjs  keeps the temporary folder to look at
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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

/**
 * One step per app, side by side; resolves to their results once every app is done (a failed app
 * does not leave the others running while the temporary folder is removed), or throws every failure.
 */
async function eachApp(apps, step) {
  const results = await Promise.allSettled(apps.map(step));
  const failed = results.flatMap((result, i) =>
    result.status === 'rejected' ? [`${apps[i]}: ${result.reason instanceof Error ? result.reason.message : result.reason}`] : [],
  );
  if (failed.length) throw new Error(failed.join('\n'));
  return results.map((result) => result.value);
}

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
  svelte: {
    // Svelte 5 allows comments inside a tag, and svelte-check honours `@ts-expect-error` there.
    'src/TypingsCheck.svelte': `<!-- Written by scripts/check-examples.mjs: the Svelte typings accept right uses, reject wrong ones. -->
<script lang="ts">
  import type { FilmCard, FilmInput } from 'film-elements';

  const film: FilmInput = { title: 'Leaving Las Vegas' };
  let card = $state<FilmCard>();
</script>

<film-card bind:this={card} {film} heading-level={2} castLimit={4} theme="dark" onfilm-error={(e) => e.detail.problems.map((p) => p.path)}></film-card>
<film-card film={'{"title":"JSON text"}'} onfilm-load={(e) => e.detail.film.title.toUpperCase()}></film-card>
<film-review-carousel kind="critic" autoplay interval={8000} onfilm-slide-change={(e) => e.detail.index + 1}></film-review-carousel>
<film-card
  // @ts-expect-error a number is not a film
  film={42}
></film-card>
<film-review-carousel
  // @ts-expect-error not a kind of review
  kind="everyone"
></film-review-carousel>
<film-ratings-badge
  // @ts-expect-error film-error's detail has no "film"
  onfilm-error={(e) => e.detail.film}
></film-ratings-badge>
<film-card
  // @ts-expect-error not a property or attribute of film-card (the property is headingLevel)
  headinglevel={2}
></film-card>
`,
  },
  angular: {
    // Compiled with `ngc -p tsconfig.typings.json` (see checkAngularTypings), not part of the app.
    'src/typings-check.ts': `// Written by scripts/check-examples.mjs: what Angular's template checker (strictTemplates) knows of
// the film-* tags. Events are typed through the package's GlobalEventHandlersEventMap and template
// references through its HTMLElementTagNameMap; property bindings ([film]) are not checked by Angular.
// The line after each \`<!-- expect-error TSnnnn -->\` must fail with that code; everything else must pass.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { FilmErrorDetail, FilmInput, FilmLoadDetail } from 'film-elements';

@Component({
  selector: 'app-typings-check',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <film-card #card [film]="film" [headingLevel]="2" (film-error)="failed($event)" (film-load)="loaded($event.detail)"></film-card>
    <film-ratings-badge (film-error)="count($event.detail.problems.length)"></film-ratings-badge>
    <film-review-carousel (film-slide-change)="count($event.detail.index + 1)"></film-review-carousel>
    <button type="button" (click)="count(card.headingLevel)">{{ card.filmData?.title }}</button>
    <!-- expect-error TS2339 film-error's detail has no "film" -->
    <film-ratings-badge (film-error)="count($event.detail.film)"></film-ratings-badge>
    <!-- expect-error TS2345 a film-load event is not a film-error event -->
    <film-card (film-load)="failed($event)"></film-card>
    <!-- expect-error TS2551 a film-card has headingLevel, not headinglevel -->
    <p>{{ card.headinglevel }}</p>
  \`,
})
export class TypingsCheck {
  protected readonly film: FilmInput = { title: 'Leaving Las Vegas' };
  protected failed(event: CustomEvent<FilmErrorDetail>) {
    return event.detail.message;
  }
  protected loaded(detail: FilmLoadDetail) {
    return detail.film.title;
  }
  protected count(value: number) {
    return value;
  }
}
`,
    'tsconfig.typings.json': `${JSON.stringify(
      {
        extends: './tsconfig.json',
        files: ['src/typings-check.ts'],
        include: [],
      },
      null,
      2,
    )}\n`,
  },
};

const failures = [];
const tmp = tempDir('film-elements-examples');
try {
  let start = performance.now();
  const { tarball } = await packTarball(tmp.dir);
  const unpacked = await extractTarball(tarball, path.join(tmp.dir, 'unpacked'));
  console.log(`examples: ✓ packed ${path.basename(tarball)}  ${seconds(start)}`);

  // Each app on its own track, the six side by side: a copy, one install against the tarball, then
  // its type-check and build, which start as soon as its own install is done (the Angular install is
  // the longest: the others build meanwhile).
  start = performance.now();
  const apps = ['react', 'vue', 'svelte', 'angular'];
  const serverRendered = ['ssr-node', 'eleventy'];
  await eachApp([...apps, ...serverRendered], async (app) => {
    let step = performance.now();
    const dir = path.join(tmp.dir, app);
    cpSync(path.join(examples, app), dir, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|\.angular)$/.test(source) });
    for (const [file, text] of Object.entries(fixtures[app] ?? {})) writeFileSync(path.join(dir, file), text);
    const extra = app === 'react' ? ['preact@>=10.29'] : [];
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...extra], { cwd: dir });
    const installed = JSON.parse(readFileSync(path.join(dir, 'node_modules', pkg.name, 'package.json'), 'utf8'));
    if (installed.version !== pkg.version) throw new Error(`installed ${pkg.name}@${installed.version}, not the tarball's ${pkg.version}`);
    const times = [`installed ${seconds(step)}`];
    if (app === 'angular') {
      step = performance.now();
      await checkAngularTypings(dir);
      times.push(`typings fixture ${seconds(step)}`);
    }
    // ssr-node renders on request: nothing to build.
    if (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts.build) {
      step = performance.now();
      await run(npm, ['run', 'build'], { cwd: dir });
      times.push(`${app === 'eleventy' ? 'built' : 'type-checked and built'} ${seconds(step)}`);
    }
    console.log(`examples: ✓ ${app}: ${times.join(', ')}`);
  });
  console.log(
    `examples: ✓ installed against the tarball, built ${[...apps, 'eleventy'].join(', ')}, installed ssr-node  ${seconds(start)}`,
  );

  start = performance.now();
  const server = await serve({
    '/plain-html/': path.join(examples, 'plain-html'),
    ...Object.fromEntries([...apps, 'eleventy'].map((app) => [`/${app}/`, path.join(tmp.dir, app, 'dist')])),
  });
  const nodeServer = await startNodeServer(path.join(tmp.dir, 'ssr-node')).catch((error) => {
    server.close();
    throw error;
  });
  const browser = await launchChromium().catch(async (error) => {
    await Promise.all([server.close(), nodeServer.close()]);
    throw error;
  });
  const cdn = new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/${pkg.name}@([^/]+)/(.+)$`);
  try {
    for (const app of ['plain-html', ...apps]) {
      const pageStart = performance.now();
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
      else console.log(`examples: ✓ ${app}: all five elements show the sample film, no console error  ${seconds(pageStart)}`);
    }
    const pages = { 'ssr-node': nodeServer.url, eleventy: `${server.origin}/eleventy/` };
    for (const app of serverRendered) {
      for (const javascript of [false, true]) {
        const pageStart = performance.now();
        const problems = await checkServerRendered(browser, pages[app], javascript);
        const how = javascript ? 'JavaScript on' : 'JavaScript off';
        if (problems.length) failures.push(`${app} (${how}): ${problems.join('\n  ')}`);
        else
          console.log(
            javascript
              ? `examples: ✓ ${app} (${how}): all five elements hydrated the server's DOM and respond, no console error  ${seconds(pageStart)}`
              : `examples: ✓ ${app} (${how}): the declarative shadow roots show the sample film  ${seconds(pageStart)}`,
          );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await nodeServer.close();
    if (failures.some((failure) => failure.startsWith('ssr-node'))) console.error(`ssr-node's output:\n${nodeServer.output()}`);
  }
  console.log(`examples: browser checks  ${seconds(start)}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  tmp.cleanup();
}

/**
 * Angular templates cannot carry `@ts-expect-error`: the fixture is compiled on its own with `ngc`
 * (strictTemplates, from the app's tsconfig), and its errors must be exactly one on each line after an
 * `<!-- expect-error TSnnnn -->` marker, with that code. No errors at all would mean the package's types
 * never reached the templates (`$event` and references typed `any` or `Event`).
 */
async function checkAngularTypings(dir) {
  const file = 'src/typings-check.ts';
  const expected = new Set();
  readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const marker = line.match(/<!-- expect-error (TS\d+)/);
      if (marker) expected.add(`${file}:${index + 2} ${marker[1]}`); // the next line, counted from 1
    });
  const output = await run(path.join(dir, 'node_modules', '.bin', 'ngc'), ['-p', 'tsconfig.typings.json'], { cwd: dir }).then(
    () => '',
    (error) => error.message,
  );
  // ngc prints `src/typings-check.ts:16:54 - error TS2339: …` (in colour, whatever the options say).
  const errors = [...stripVTControlCharacters(output).matchAll(/^(\S+):(\d+):\d+ - error (\w+): (.*)$/gm)];
  const found = new Set(errors.map(([, where, line, code]) => `${where}:${line} ${code}`));
  const problems = [
    ...[...expected].filter((key) => !found.has(key)).map((key) => `no error at ${key} (expected by its marker)`),
    ...errors.filter(([, where, line, code]) => !expected.has(`${where}:${line} ${code}`)).map(([line]) => `unexpected: ${line}`),
  ];
  if (!expected.size) problems.push(`${file} has no expect-error marker`);
  if (problems.length) throw new Error(`typings fixture (ngc -p tsconfig.typings.json):\n  ${problems.join('\n  ')}\n${output}`);
}

/**
 * The framework apps: "Load a film without a title" must put every element in its error state and show
 * the message the app received through its `film-error` listener; pressing again restores.
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
  // The app may render after the click has returned (Angular's zoneless scheduler runs change detection
  // in a later task): wait until it has, or 5 s; what is still wrong then is reported below.
  await page
    .waitForFunction(
      () =>
        !document.querySelector('#film-status')?.textContent.trim() &&
        [...document.querySelectorAll('*')].every(
          (el) => !el.localName.startsWith('film-') || !el.shadowRoot?.querySelector('[part="error"]'),
        ),
      { timeout: 5000, polling: 100 },
    )
    .catch(() => {});
  const texts = await shadowTexts(page);
  problems.push(...missingSampleContent(texts).map((problem) => `after loading the sample again: ${problem}`));
  const status = await page.$eval('#film-status', (el) => el.textContent.trim());
  if (status) problems.push(`the app still shows "${status}" after film-load`);
}

/**
 * Starts examples/ssr-node's own server (`npm start`) on a free port; resolves once it has printed
 * its address. `close()` ends it (its process group: npm and the node it started).
 */
function startNodeServer(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(npm, ['start'], {
      cwd: dir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const close = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('close', () => done());
        process.kill(-child.pid, 'SIGTERM');
      });
    const timer = setTimeout(() => close().then(() => reject(new Error(`ssr-node: no address printed in 15 s\n${output}`))), 15_000);
    const onData = (chunk) => {
      output += chunk;
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\//)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, output: () => output, close });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(error));
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`ssr-node: npm start exited with ${code}\n${output}`));
    });
  });
}

/** Before any script of the page: record each element's server-rendered box as its tag is defined, and hydration errors. */
function recordServerRender() {
  const record = (window.__filmCheck = { hydrationErrors: [], serverBoxes: new Map() });
  addEventListener(
    'film-hydration-error',
    (event) => record.hydrationErrors.push(`<${event.target.localName}>: ${event.detail?.error}`),
    true,
  );
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    if (name.startsWith('film-'))
      for (const el of document.getElementsByTagName(name)) record.serverBoxes.set(el, el.shadowRoot?.querySelector('[part~="base"]'));
    return define.call(this, name, ...rest);
  };
}

/** After load: every element kept the server's box (hydrated) and rendered no second one beside it. */
function hydrationProblems() {
  const { hydrationErrors, serverBoxes } = window.__filmCheck;
  const problems = hydrationErrors.map((error) => `film-hydration-error: ${error}`);
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('film-')) continue;
    const box = serverBoxes.get(el);
    if (!box) problems.push(`<${el.localName}> had no server-rendered shadow root when its tag was defined`);
    else if (!el.shadowRoot.contains(box) || el.shadowRoot.querySelectorAll('[part~="base"]').length !== 1)
      problems.push(`<${el.localName}> rendered its own DOM instead of taking over the server's`);
  }
  return problems;
}

/**
 * A server-rendered example, once with JavaScript (the elements hydrate: they keep the server's DOM,
 * report no hydration error, and respond — film-card's "show all cast" button), once without (the
 * declarative shadow roots alone show the film). Requests outside `origin` fail the check.
 */
async function checkServerRendered(browser, url, javascript) {
  const { page, problems } = await watchedPage(browser);
  const { origin } = new URL(url);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(origin) || request.url().startsWith('data:')) request.continue();
    else {
      problems.push(`outside request: ${request.url()}`);
      request.abort();
    }
  });
  try {
    if (javascript) await page.evaluateOnNewDocument(recordServerRender);
    else await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'load' });
    const texts = await shadowTexts(page, { upgraded: javascript });
    problems.push(...missingSampleContent(texts));
    if (javascript) {
      problems.push(...(await page.evaluate(hydrationProblems)));
      await checkDisclosure(page, problems);
    } else {
      const defined = await page.evaluate(() =>
        [...document.querySelectorAll('*')].some((el) => el.localName.startsWith('film-') && customElements.get(el.localName)),
      );
      if (defined) problems.push('the elements were defined with JavaScript off');
    }
  } catch (error) {
    problems.push(`the page could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
  await page.close();
  return problems;
}

/** A hydrated card responds: "Show all N cast members" lists the whole cast. */
async function checkDisclosure(page, problems) {
  const selector = 'film-card >>> [part~="disclosure"][aria-controls="cast-list"]';
  const button = await page.$(selector);
  if (!button) return void problems.push('film-card has no "show all cast" button');
  const before = await page.$eval('film-card', (card) => card.shadowRoot.querySelectorAll('#cast-list li').length);
  await button.click();
  await page
    .waitForFunction(
      (count) => {
        const root = document.querySelector('film-card').shadowRoot;
        return (
          root.querySelector('[aria-controls="cast-list"]').getAttribute('aria-expanded') === 'true' &&
          root.querySelectorAll('#cast-list li').length > count
        );
      },
      { timeout: 5000, polling: 100 },
      before,
    )
    .catch(() => problems.push(`film-card's "show all cast" button did nothing (${before} cast members shown): not hydrated?`));
}

if (failures.length) {
  for (const failure of failures) console.error(`examples: ✗ ${failure}`);
  process.exit(1);
}
console.log('examples: ✓ all checks passed');
