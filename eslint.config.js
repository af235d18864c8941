/**
 * ESLint (flat config): JavaScript and TypeScript recommended rules everywhere (no type-aware rules:
 * `tsc --noEmit` does the type checking, this stays fast), plus Lit template and custom-element rules
 * for the library sources. Browser globals for code that runs in pages, Node globals for scripts and
 * tool configs.
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    '**/node_modules/',
    'examples/*/node_modules/',
    'examples/*/dist/',
    'examples/*/.angular/',
    '.wtr-tmp/',
    'bench/results-raw/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'film-elements/all',
    rules: {
      // `_name` marks a value left unused on purpose (a destructured-away key, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  {
    name: 'film-elements/browser',
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/preview.ts', 'examples/**/*.{js,ts,jsx,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    name: 'film-elements/tests',
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },

  {
    name: 'film-elements/elements',
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },

  {
    name: 'film-elements/node',
    files: [
      'scripts/**/*.{js,mjs,cjs}',
      'bench/**/*.{js,mjs,cjs}',
      'test/server/**/*.{js,mjs}',
      '*.config.{js,mjs,cjs,ts}',
      '.storybook/main.ts',
      'examples/*/scripts/**/*.{js,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    // Scripts that drive a browser (puppeteer `page.evaluate`, benchmarks) also hold page-side code.
    name: 'film-elements/node-driving-a-browser',
    files: ['scripts/check-*.mjs', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser } },
  },
]);
