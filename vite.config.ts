/**
 * Library build for npm: one ES module per element entry (each registers its tag), `index.js`
 * (registers all), `classes.js` (element classes, no registration) and `data.js` (parse, validate,
 * schema.org mapping; no Lit). Lit and floating-ui stay external: the user's bundler dedupes them.
 * `vite build --mode cdn` bundles everything instead, minified, into `dist/cdn/film-elements.js` (the
 * elements) and `dist/cdn/data.js` (the data helpers), with what they share and the parts loaded on
 * demand (Floating UI, the data format mappings, each language) in `dist/cdn/chunks/`.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

import { minifyLiterals } from './scripts/minify-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export const elementNames = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'];

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyLiterals()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          // film-elements.js for the page; data.js for scripts that parse, map or merge films themselves.
          lib: { entry: { 'film-elements': 'src/cdn.ts', data: 'src/data.ts' }, formats: ['es'], fileName: (_, name) => `${name}.js` },
          rollupOptions: {
            output: {
              // One <script type="module"> does everything; what only some pages need (Floating UI until a
              // tooltip opens, a data format's mapping, a language's strings) loads from chunks beside it.
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Vite's library mode minifies ES output without removing whitespace (it keeps
              // annotations for a later bundler). This file goes to browsers as it is: minify fully.
              minify: true,
              // Tree-shaking annotations (/* @__PURE__ */, 240 of them) mean nothing in a final file.
              comments: false,
              // Lit's BSD-3-Clause asks for its notice in redistributions; minification drops comments.
              postBanner: `/*! film-elements ${version} | MIT | bundles lit and @lit-labs/ssr-client (BSD-3-Clause, Google LLC), @floating-ui/dom (MIT), valibot (MIT) */`,
            },
          },
        },
      }
    : {
        plugins: [minifyLiterals()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          sourcemap: false,
          lib: {
            entry: Object.fromEntries(
              ['index', 'classes', 'data', 'ssr', 'hydrate', ...elementNames].map((name) => [name, `src/${name}.ts`]),
            ),
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^@floating-ui\//, /^valibot$/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
