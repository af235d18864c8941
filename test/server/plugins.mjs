/**
 * Test-server routes for `src` tests, as a middleware in front of the test runner's dev server (so no
 * plugin transforms the answers): JSON fixtures, failing statuses, slow and never-ending responses.
 * All under /__film/; `?delay=ms` slows any route down.
 */
import { readFile } from 'node:fs/promises';

const sample = () => readFile(new URL('../../src/samples/leaving-las-vegas.json', import.meta.url), 'utf8');

const routes = {
  sample: async () => [200, 'application/json', await sample()],
  'title-only': (params) => [200, 'application/json', JSON.stringify({ title: params.get('title') ?? 'Title Only' })],
  'not-json': () => [200, 'text/html', '<html>not json</html>'],
  'wrong-shape': () => [200, 'application/json', '[1, 2, 3]'],
  404: () => [404, 'text/plain', 'not found'],
  500: () => [500, 'text/plain', 'server error'],
  // Never answers within any test's timeout; the element's own `timeout` must end the wait.
  hang: () => new Promise((resolve) => setTimeout(() => resolve([200, 'application/json', '{}']), 60_000)),
};

export async function filmTestRoutes(context, next) {
  // The sample's poster is a relative URL ("posters/…"), resolved against the test page.
  if (context.path.startsWith('/posters/')) {
    context.type = 'image/svg+xml';
    context.body = await readFile(new URL(`../../src/samples${context.path}`, import.meta.url)).catch(() => undefined);
    if (context.body) return;
    return next();
  }
  if (!context.path.startsWith('/__film/')) return next();
  const route = routes[context.path.slice('/__film/'.length)];
  if (!route) return next();
  const params = new URLSearchParams(context.querystring);
  const delay = Number(params.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const [status, type, body] = await route(params);
  context.status = status;
  context.type = type;
  context.set('cache-control', 'no-store');
  context.body = body;
}
