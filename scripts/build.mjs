#!/usr/bin/env node
/**
 * `npm run build`: everything that goes into `dist/`, in order, one line per step.
 *
 *   1. clean dist/ (the npm build keeps dist/, the CDN build empties only dist/cdn)
 *   2. vite build               → dist/*.js (npm entries, lit/floating-ui/valibot external)
 *   3. vite build --mode cdn    → dist/cdn/film-elements.js (everything bundled, minified)
 *   4. tsc -p tsconfig.build.json → dist/**\/*.d.ts
 *   5. cem analyze              → dist/custom-elements.json (see custom-elements-manifest.config.mjs)
 *   6. JSON Schema              → dist/film.schema.json (from valibot's FilmSchema in dist/data.js)
 *   7. editor support           → dist/vscode.html-custom-data.json, dist/web-types.json, dist/jsx.d.ts,
 *                                 dist/preact.d.ts, dist/vue.d.ts (scripts/editor-support.mjs, from the manifest)
 *   8. sizes (min + gzip)       → printed (scripts/size.mjs)
 *
 * Tool output is shown only when a step fails, or always with `--verbose`. Exit code 1 on failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { writeEditorSupport } from './editor-support.mjs';
import { formatSizes, measureSizes } from './size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Where the published schema can be found; also its identity for `$schema`/`$ref` in users' files. */
const SCHEMA_ID = `https://unpkg.com/${pkg.name}/dist/film.schema.json`;

class StepError extends Error {}

/** Runs a command, keeping its output for when it fails (or streaming it with --verbose). */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      // Captured output loses the terminal: keep the colours when there is one to show them on.
      env: process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1', ...process.env } : process.env,
      stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new StepError(`could not start ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else
        reject(
          new StepError(
            `${path.basename(command)} ${args.join(' ')} exited with ${signal ?? code}${output ? `\n${output.trimEnd()}` : ''}`,
          ),
        );
    });
  });
}

async function writeJsonSchema() {
  const dataModule = path.join(dist, 'data.js');
  if (!existsSync(dataModule)) throw new StepError('dist/data.js is missing: the vite build did not produce it');
  const { FilmSchema } = await import(pathToFileURL(dataModule).href);
  if (!FilmSchema) throw new StepError('dist/data.js does not export FilmSchema');
  const { toJsonSchema } = await import('@valibot/to-json-schema');
  const { $schema, title, description, ...rest } = toJsonSchema(FilmSchema, { errorMode: 'ignore' });
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: title ?? 'Film',
    description: description ?? `One film, as the ${pkg.name} custom elements take it.`,
    ...rest,
  };
  writeFileSync(path.join(dist, 'film.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
}

const steps = [
  ['clean dist/', () => rmSync(dist, { recursive: true, force: true })],
  ['vite build (npm entries → dist/)', () => run(bin('vite'), ['build'])],
  ['vite build --mode cdn (→ dist/cdn/film-elements.js)', () => run(bin('vite'), ['build', '--mode', 'cdn'])],
  ['tsc -p tsconfig.build.json (declarations)', () => run(bin('tsc'), ['-p', 'tsconfig.build.json'])],
  [
    'cem analyze (→ dist/custom-elements.json)',
    async () => {
      await run(bin('cem'), ['analyze', '--quiet']);
      if (!existsSync(path.join(dist, 'custom-elements.json'))) throw new StepError('cem did not write dist/custom-elements.json');
    },
  ],
  ['JSON Schema (→ dist/film.schema.json)', writeJsonSchema],
  ['editor support (→ dist/vscode.html-custom-data.json, web-types.json, jsx/preact/vue typings)', () => writeEditorSupport(dist)],
];

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

const started = performance.now();
for (const [label, step] of steps) {
  const start = performance.now();
  try {
    await step();
    console.log(`build: ✓ ${label}  ${seconds(start)}`);
  } catch (error) {
    console.error(`build: ✗ ${label}  ${seconds(start)}`);
    console.error(error instanceof StepError ? error.message : error);
    console.error('build: failed');
    process.exit(1);
  }
}

try {
  const start = performance.now();
  const sizes = await measureSizes({ dist });
  console.log(`build: ✓ sizes (min + gzip)  ${seconds(start)}`);
  for (const line of formatSizes(sizes)) console.log(`         ${line}`);
} catch (error) {
  // A measurement is information, not a product: report it, don't fail the build for it.
  console.warn(`build: ! sizes could not be measured: ${error instanceof Error ? error.message : error}`);
}
console.log(`build: done in ${seconds(started)}`);
