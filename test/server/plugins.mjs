/**
 * Test-server routes for `src` tests: JSON fixtures, failing statuses, a response that never ends.
 * Everything is served from the test runner's own dev server on localhost.
 */
import { readFile } from 'node:fs/promises';

const sample = () => readFile(new URL('../../src/samples/leaving-las-vegas.json', import.meta.url), 'utf8');

export const testServerPlugins = [
  {
    name: 'film-test-routes',
    async serve(context) {
      const url = new URL(context.url, 'http://localhost');
      if (!url.pathname.startsWith('/__film/')) return undefined;
      const route = url.pathname.slice('/__film/'.length);
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      switch (route) {
        case 'sample.json':
          return { body: await sample(), type: 'application/json' };
        case 'title-only.json':
          return { body: JSON.stringify({ title: url.searchParams.get('title') ?? 'Title Only' }), type: 'application/json' };
        case 'not-json':
          return { body: '<html>not json</html>', type: 'text/html' };
        case 'wrong-shape.json':
          return { body: '[1, 2, 3]', type: 'application/json' };
        case '404':
          context.status = 404;
          return { body: 'not found', type: 'text/plain' };
        case '500':
          context.status = 500;
          return { body: 'server error', type: 'text/plain' };
        case 'hang':
          // Never answers within any test's timeout; the element's own `timeout` must end the wait.
          await new Promise((resolve) => setTimeout(resolve, 60_000));
          return { body: '{}', type: 'application/json' };
        default:
          return undefined;
      }
    },
  },
];
