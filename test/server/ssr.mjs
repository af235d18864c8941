/**
 * Server-side rendering for the tests, in the test server's own Node process: `POST /__film/ssr` with
 * `{ tag, film, options }` answers `renderElement(tag, film, options)` (src/ssr.ts) — the sources the
 * browser tests run, bundled for Node with esbuild once per run (packages stay external: the same Lit
 * and @lit-labs/ssr a user's server imports). test/helpers.ts's `ssr` fixture mode asks it for every
 * film element of a template.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { bundleForNode } from '../../scripts/bundle-for-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let renderer;

/** src/ssr.ts, bundled for Node (decorators and JSON as the tests compile them), then imported. */
function loadRenderer() {
  renderer ??= (async () => {
    const dir = path.join(root, 'node_modules', '.cache', 'film-elements');
    mkdirSync(dir, { recursive: true });
    const outfile = path.join(dir, `ssr-${process.pid}.mjs`);
    await bundleForNode({ entry: path.join(root, 'src/ssr.ts'), outfile });
    return import(pathToFileURL(outfile).href);
  })();
  return renderer;
}

const readBody = (request) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/*
 * The elements warn once per bad input (`<film-…>: some values were dropped`), on a server too. The
 * tests render hostile films by the hundred: those warnings would bury the run's log. Other warnings
 * of the test server still go through.
 */
let rendering = 0;
const warn = console.warn;
console.warn = (...args) => {
  if (rendering && typeof args[0] === 'string' && args[0].startsWith('<film-')) return;
  warn.apply(console, args);
};

export async function ssrRoute(context, next) {
  if (context.path !== '/__film/ssr' || context.method !== 'POST') return next();
  const { tag, film, options } = JSON.parse(await readBody(context.req));
  const { renderElement } = await loadRenderer();
  context.type = 'text/html';
  context.set('cache-control', 'no-store');
  rendering++;
  try {
    context.body = await renderElement(tag, film, { ...options, baseUrl: `${context.protocol}://${context.host}/` });
  } finally {
    rendering--;
  }
}
