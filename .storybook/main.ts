import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for film-elements, set up by hand (`storybook init` does not work offline).
 *
 * - Stories: `stories/*.mdx` (the docs pages) and `stories/<element>.stories.ts` (one per element).
 * - `src/samples` is served at the root: `/leaving-las-vegas.json` for `src` stories and
 *   `/posters/leaving-las-vegas.svg`, the sample film's relative `poster.src`.
 * - Vite reads the project's vite.config.ts (Storybook's Vite builder keeps only `build.target` from
 *   its `build` section, so the library-mode settings do not leak in) and tsconfig.json, whose
 *   `useDefineForClassFields: false` keeps class field initialisers going through Lit's accessors.
 * - Autodocs: every CSF file gets a "Docs" page (`tags: ['autodocs']` in preview.ts); tables come from
 *   the custom elements manifest (see preview.ts).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [{ from: '../src/samples', to: '/' }],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // The theme toolbar switch sets the canvas background: the built-in backgrounds tool would fight it.
  features: { backgrounds: false },
  viteFinal: (config) => ({
    ...config,
    // The renderer imports `lit/directive-helpers.js`, which Vite's dev pre-bundling leaves out: it then
    // loads a second lit-html beside the pre-bundled one ("Multiple versions of Lit loaded").
    optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
    // Storybook's own preview and docs bundles are 0.7–1 MB: expected, not worth a warning.
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
