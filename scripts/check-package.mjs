#!/usr/bin/env node
/**
 * The package check (part of `npm test`, after the build): everything is checked on the tarball
 * `npm pack` makes, as users get it, not on the source tree.
 *
 *   1. contents: only what users need (dist/ — JS, type declarations, manifest, schema, editor data —
 *      README, LICENSE, CHANGELOG, package.json); no sources, tests, stories, source maps; every
 *      `exports` target, `main`, `types`, `customElements`, `web-types`, `jsdelivr`/`unpkg` file is in it;
 *   2. publint (strict: warnings count) finds nothing;
 *   3. @arethetypeswrong/cli, profile `esm-only` (the package is ESM only: CommonJS `require` and
 *      node10 resolution are out of scope), finds nothing;
 *   4. `npm publish --dry-run` of the tarball succeeds;
 *   5. tree-shaking, in a throwaway app that installs the tarball and bundles with Vite:
 *      - importing only `film-elements/data` bundles no Lit and no element;
 *      - importing `film-elements/classes` and using nothing bundles (almost) nothing;
 *      - `import 'film-elements/film-card.js'` keeps its registration (`sideEffects` must list it);
 *   6. double load: the CDN file and an npm build (bundled by Vite) on one page, in both orders,
 *      render with no error (registration is guarded; each copy keeps its own Lit).
 *
 *   node scripts/check-package.mjs    (run `npm run build` first; `npm test` does)
 */
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  extractTarball,
  launchChromium,
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

const failures = [];
const step = async (label, fn) => {
  const start = performance.now();
  try {
    const note = await fn();
    console.log(`package: ✓ ${label}${note ? `: ${note}` : ''}  ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log(`package: ✗ ${label}`);
    failures.push(`${label}: ${error instanceof Error ? error.message : error}`);
  }
};

const tmp = tempDir('film-elements-package');
try {
  const { tarball, files, size, unpackedSize } = await packTarball(tmp.dir);

  await step('tarball contents', () => {
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^LICENSE$/,
      /^CHANGELOG\.md$/,
      /^dist\/.+\.js$/,
      /^dist\/.+\.d\.ts$/,
      /^dist\/(custom-elements|film\.schema|web-types|vscode\.html-custom-data)\.json$/,
    ];
    const unexpected = files.filter((file) => !allowed.some((pattern) => pattern.test(file)));
    if (unexpected.length) throw new Error(`files users do not need: ${unexpected.join(', ')}`);
    // Every file package.json points to must be in the tarball.
    const targets = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
    const collect = (value) => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    for (const field of ['main', 'types', 'customElements', 'web-types', 'jsdelivr', 'unpkg']) collect(pkg[field]);
    const missing = [...targets].filter((target) => !files.includes(target));
    if (missing.length) throw new Error(`package.json points to files the tarball lacks: ${missing.join(', ')}`);
    return `${files.length} files, ${(size / 1000).toFixed(0)} kB packed, ${(unpackedSize / 1000).toFixed(0)} kB unpacked`;
  });

  // Unpacked where npm would install it, in a throwaway app (used by the bundling checks below).
  const app = path.join(tmp.dir, 'app');
  const unpacked = path.join(app, 'node_modules', pkg.name);
  mkdirSync(path.dirname(unpacked), { recursive: true });
  renameSync(await extractTarball(tarball, path.join(tmp.dir, 'unpacked')), unpacked);

  await step('no source map comments pointing nowhere', () => {
    const dangling = files
      .filter((file) => file.endsWith('.js'))
      .filter((file) => {
        const match = readFileSync(path.join(unpacked, file), 'utf8').match(/\/\/# sourceMappingURL=(\S+)/);
        return match && !match[1].startsWith('data:') && !files.includes(path.posix.join(path.posix.dirname(file), match[1]));
      });
    if (dangling.length) throw new Error(`source map comments without their map: ${dangling.join(', ')}`);
  });

  await step('publint (strict)', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const bytes = readFileSync(tarball);
    const { messages, pkg: packed } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
      level: 'suggestion',
    });
    if (messages.length) throw new Error(messages.map((m) => `${m.type}: ${formatMessage(m, packed) ?? m.code}`).join('\n'));
    return 'no problems';
  });

  await step('are the types wrong (esm-only)', async () => {
    await run(path.join(root, 'node_modules', '.bin', 'attw'), [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
      '--no-color',
      '--no-emoji',
    ]);
    return 'no problems';
  });

  await step('npm publish --dry-run', async () => {
    const output = await run(npm, ['publish', '--dry-run', tarball], { cwd: tmp.dir });
    if (!output.includes(`${pkg.name}@${pkg.version}`)) throw new Error(`unexpected output:\n${output}`);
    return `${pkg.name}@${pkg.version}`;
  });

  // The app's other dependencies (lit, floating-ui, valibot) are linked from this repository's
  // node_modules: no registry needed.
  mkdirSync(path.join(app, 'node_modules', '@floating-ui'), { recursive: true });
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const link = (name) => symlinkSync(path.join(root, 'node_modules', name), path.join(app, 'node_modules', name), 'dir');
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', 'valibot', '@floating-ui/dom', '@floating-ui/core', '@floating-ui/utils'])
    link(name);

  /**
   * Bundles `code` as the app's entry with Vite (production, minified); returns all JS output. With
   * `outDir`, also writes it there (entry `<name>.js`, chunks beside it).
   */
  const bundleApp = async (name, code, outDir) => {
    const { build } = await import('vite');
    writeFileSync(path.join(app, `${name}.js`), code);
    const result = await build({
      configFile: false,
      root: app,
      base: './',
      logLevel: 'silent',
      mode: 'production',
      build: {
        write: Boolean(outDir),
        outDir,
        emptyOutDir: true,
        minify: true,
        modulePreload: false,
        rollupOptions: { input: path.join(app, `${name}.js`), output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
      },
    });
    return (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((c) => c.type === 'chunk')
      .map((c) => c.code)
      .join('\n');
  };
  // Strings that only Lit (or an element) brings: its template marker, its base class's names.
  const litMarkers = ['_$litType$', 'lit$', 'adoptedStyleSheets', 'attachShadow', 'customElements'];

  await step('tree-shaking: only film-elements/data bundles no Lit', async () => {
    const code = await bundleApp(
      'data-only',
      `import { parseFilm, formatRuntime } from '${pkg.name}/data';\n` +
        `const result = parseFilm('{"title":"Leaving Las Vegas","runtime":112}');\n` +
        `console.log(result.ok && result.film.title, formatRuntime(112, 'en'));\n`,
    );
    const found = litMarkers.filter((marker) => code.includes(marker));
    if (found.length) throw new Error(`the bundle holds Lit or an element (${found.join(', ')})`);
    if (!code.includes('Leaving Las Vegas')) throw new Error('the bundle lost the code it needs');
    return `${(code.length / 1000).toFixed(1)} kB min, no Lit`;
  });

  await step('tree-shaking: unused classes are dropped', async () => {
    const code = await bundleApp(
      'classes-unused',
      `import { FilmCard } from '${pkg.name}/classes';\nconsole.log('FilmCard is not used');\n`,
    );
    const appCode = await bundleApp('classes-used', `import { FilmCard } from '${pkg.name}/classes';\nconsole.log(FilmCard.name);\n`);
    // A class that is used must bring Lit; one that is not must not (its module has no side effects).
    if (!litMarkers.some((marker) => appCode.includes(marker))) throw new Error('a used class was dropped');
    if (code.length > 1000) throw new Error(`importing an unused class costs ${code.length} bytes`);
    return `${code.length} bytes when unused, ${(appCode.length / 1000).toFixed(1)} kB when used`;
  });

  await step('tree-shaking: element entries keep their registration', async () => {
    const code = await bundleApp('one-element', `import '${pkg.name}/film-card.js';\n`);
    if (
      !code.includes('customElements') ||
      (!code.includes('"film-card"') && !code.includes('`film-card`') && !code.includes("'film-card'"))
    ) {
      throw new Error('`import "film-elements/film-card.js"` was dropped: sideEffects must list dist/film-*.js');
    }
    return `${(code.length / 1000).toFixed(1)} kB min, film-card registered`;
  });

  await step('double load: CDN file + npm build on one page', async () => {
    const site = path.join(tmp.dir, 'site');
    await bundleApp('npm-build', `import '${pkg.name}';\nimport { FilmCard } from '${pkg.name}';\nwindow.npmFilmCard = FilmCard;\n`, site);
    const film = JSON.stringify({
      title: 'Leaving Las Vegas',
      year: 1995,
      ratings: [{ source: 'Metacritic', value: 82, max: 100 }],
    }).replace(/'/g, '&#39;');
    const page = (
      scripts,
    ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>double load</title><link rel="icon" href="data:,">
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body><film-card film='${film}'></film-card><film-ratings-badge film='${film}'></film-ratings-badge></body></html>`;
    writeFileSync(path.join(site, 'cdn-first.html'), page(['/package/dist/cdn/film-elements.js', '/site/npm-build.js']));
    writeFileSync(path.join(site, 'npm-first.html'), page(['/site/npm-build.js', '/package/dist/cdn/film-elements.js']));
    const server = await serve({ '/package/': unpacked, '/site/': site });
    const browser = await launchChromium();
    try {
      for (const name of ['cdn-first', 'npm-first']) {
        const { page: tab, problems } = await watchedPage(browser);
        await tab.goto(`${server.origin}/site/${name}.html`, { waitUntil: 'load' });
        const texts = await shadowTexts(tab);
        // Both scripts ran to the end (the second one's registration was skipped, not thrown).
        const bothRan = await tab.evaluate(() => typeof window.npmFilmCard === 'function');
        if (!bothRan) problems.push('the npm build did not run to the end');
        if (!texts['film-card']?.includes('Leaving Las Vegas')) problems.push(`<film-card> shows "${texts['film-card']}"`);
        if (!texts['film-ratings-badge']?.includes('Metacritic'))
          problems.push(`<film-ratings-badge> shows "${texts['film-ratings-badge']}"`);
        await tab.close();
        if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return 'both orders render, no error';
  });
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  tmp.cleanup();
}

if (failures.length) {
  for (const failure of failures) console.error(`package: ✗ ${failure}`);
  process.exit(1);
}
console.log('package: ✓ all checks passed');
