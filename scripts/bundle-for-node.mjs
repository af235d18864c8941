/**
 * Bundles a module that imports the TypeScript sources for Node (esbuild; class fields and JSON as the
 * tests compile them; packages stay external, the same Lit and @lit-labs/ssr a user's server imports).
 * test/server/ssr.mjs bundles src/ssr.ts for the tests' ssr fixture mode, bench/ssr.mjs its server side.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { minifyLiterals } from './minify-literals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `minifyTemplates`: the templates as the builds minify them (dist/ and the CDN file alike). Hydration
 * checks that the client and the server rendered the same template text: a server render hydrated by
 * built code must be minified the same way; one hydrated by the sources (the tests) must not.
 */
export async function bundleForNode({ entry, outfile, minifyTemplates = false }) {
  const minify = {
    name: 'film-minify-literals',
    setup(esbuild) {
      const plugin = minifyLiterals();
      esbuild.onLoad({ filter: /[\\/]src[\\/].+\.ts$/ }, ({ path: file }) => {
        const code = readFileSync(file, 'utf8');
        return { contents: plugin.transform(code, file.replaceAll(path.sep, '/'))?.code ?? code, loader: 'ts' };
      });
    },
  };
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    plugins: minifyTemplates ? [minify] : [],
  });
}
