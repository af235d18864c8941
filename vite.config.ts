/**
 * Library build for npm: one ES module per element entry (each registers its tag), `index.js`
 * (registers all), `classes.js` (element classes, no registration) and `data.js` (parse, validate,
 * schema.org mapping; no Lit). Lit and floating-ui stay external: the user's bundler dedupes them.
 * `vite build --mode cdn` bundles everything instead, minified, into `dist/cdn/film-elements.js`.
 */
import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

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
          lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'film-elements.js' },
          // One file for a <script type="module">: lazily loaded parts (floating-ui) are inlined too.
          rollupOptions: { output: { codeSplitting: false } },
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
              ['index', 'classes', 'data', ...elementNames].map((name) => [name, `src/${name}.ts`]),
            ),
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^@floating-ui\//, /^valibot$/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
