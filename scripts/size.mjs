#!/usr/bin/env node
/**
 * What each entry costs a page: `dist/cdn/film-elements.js` as shipped, and every `dist/film-*.js`
 * (plus `dist/data.js`) bundled with its dependencies (lit, floating-ui, valibot), minified, gzipped.
 * The npm entries keep their dependencies external, so they are re-bundled here in memory with Vite
 * (nothing is written to disk).
 *
 *   node scripts/size.mjs            prints the table (run `npm run build` first)
 *   node scripts/size.mjs --json     prints the measurements as JSON
 *
 * `measureSizes()` is what scripts/build.mjs uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles one ES module entry with everything it imports, minified, in memory; returns the code. */
async function bundle(entry) {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
}

/**
 * @param {{ dist?: string }} [options] the build output directory (default: `dist` in the repository)
 * @returns {Promise<{ name: string, min: number, gzip: number, note: string }[]>} sizes in bytes
 */
export async function measureSizes({ dist = path.join(root, 'dist') } = {}) {
  if (!existsSync(dist)) throw new Error(`${path.relative(root, dist) || dist} does not exist: run \`npm run build\` first.`);
  const sizes = [];
  const cdn = path.join(dist, 'cdn', 'film-elements.js');
  if (existsSync(cdn)) {
    const code = readFileSync(cdn);
    sizes.push({ name: 'cdn/film-elements.js', min: code.length, gzip: gzipSize(code), note: 'as shipped' });
  }
  const entries = readdirSync(dist)
    .filter((file) => /^film-[a-z-]+\.js$/.test(file))
    .sort();
  if (existsSync(path.join(dist, 'data.js'))) entries.push('data.js');
  for (const file of entries) {
    const code = await bundle(path.join(dist, file));
    sizes.push({ name: file, min: Buffer.byteLength(code), gzip: gzipSize(code), note: 'bundled with its dependencies' });
  }
  return sizes;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line per measurement: `film-card.js  22.1 kB min  7.4 kB gzip  (bundled with its dependencies)`. */
export function formatSizes(sizes) {
  const width = Math.max(...sizes.map((s) => s.name.length));
  return sizes.map((s) => `${s.name.padEnd(width)}  ${kB(s.min).padStart(8)} min  ${kB(s.gzip).padStart(8)} gzip  (${s.note})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const sizes = await measureSizes();
    if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
    else for (const line of formatSizes(sizes)) console.log(line);
  } catch (error) {
    console.error(`size: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
