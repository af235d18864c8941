/**
 * @web/test-runner plugin for test/bench-smoke.test.ts: React 19 is published as CommonJS only, which
 * the test server cannot hand to a browser. Imports of `react`, `react/jsx-runtime`, `react-dom` and
 * `react-dom/client` are answered with one ES module, bundled once by esbuild (production build, as in
 * the benchmark pages).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const URL_PATH = '/__bench/react.js';
const SPECIFIERS = new Set(['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client']);

/** Every name bench/react/*.ts imports (CommonJS has no static export list, so they are named here). */
const ENTRY = `
export { createElement, createRef, Fragment, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
export { jsx, jsxs } from 'react/jsx-runtime';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
`;

export function benchReactPlugin() {
  let bundle;
  return {
    name: 'bench-react-esm',
    resolveImport({ source }) {
      if (SPECIFIERS.has(source)) return URL_PATH;
    },
    async serve(context) {
      if (context.path !== URL_PATH) return;
      bundle ??= build({
        stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
