/**
 * Test-server routes for `src` tests, as a middleware in front of the test runner's dev server (so no
 * plugin transforms the answers): JSON fixtures, failing statuses, slow and never-ending responses.
 * All under /__film/; `?delay=ms` slows any route down.
 */
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';

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
  // Hardening (test/hardening/): headers and half a film, then nothing more (`stall`) or a dropped
  // connection (`drop`); an empty 200; the strict-CSP page, its violation reports and the fuzz settings.
  stall: (params, context) => [200, 'application/json', partialBody(context, false)],
  drop: (params, context) => [200, 'application/json', partialBody(context, true)],
  empty: () => [200, 'application/json', ''],
  big: async (params) => [200, 'application/json', await bigFilm(Number(params.get('reviews') ?? 1000))],
  'csp-page': async (params) => [200, 'text/html', cspPage(params, await sample())],
  'csp-listener.js': () => [200, 'text/javascript', CSP_LISTENER],
  'csp-report': (params, context) => collectReport(params, context),
  'csp-reports': (params) => [200, 'application/json', JSON.stringify(cspReports.get(params.get('page')) ?? [])],
  // FUZZ_SEED / FUZZ_PATH / FUZZ_RUNS from the environment of `npm test`, to replay a failing fuzz run.
  'fuzz-config': () => [
    200,
    'application/json',
    JSON.stringify({ seed: process.env.FUZZ_SEED, path: process.env.FUZZ_PATH, runs: process.env.FUZZ_RUNS }),
  ],
};

/*
 * The texts of `big`, one per review count, built once: the 50,000-review film is 14 MB, and building
 * it blocks this single-threaded server for about half a second (more under load), during which no
 * other browser's request is answered. test/hardening/size.test.ts asks for it five times in each
 * browser: 15 builds per run, 1 now.
 */
const bigFilms = new Map();
function bigFilm(count) {
  if (bigFilms.size > 4) bigFilms.clear(); // the tests ask for two counts; a stray one cannot pile up
  if (!bigFilms.has(count))
    bigFilms.set(
      count,
      sample().then((text) => JSON.stringify(withReviews(JSON.parse(text), count))),
    );
  return bigFilms.get(count);
}

/** The sample with `count` reviews, each a little different (as test/hardening/size.test.ts builds them). */
function withReviews(film, count) {
  const base = film.reviews;
  film.reviews = Array.from({ length: count }, (_, i) => {
    const review = {
      ...base[i % base.length],
      author: `Reviewer ${i}`,
      date: `${1995 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      rating: { value: i % 11, max: 10 },
    };
    review.text = `${i}: ${review.text.slice(0, 150)}`;
    return review;
  });
  return film;
}

/** A body that starts a film and never finishes it: stalls (until the client goes away) or drops the connection. */
function partialBody(context, drop) {
  const stream = new PassThrough();
  stream.write('{"title": "Half a film", "synopsis": "');
  const timer = drop ? setTimeout(() => context.req.socket.destroy(), 100) : undefined;
  // The client aborting (timeout, new src, element removed) ends it on our side too.
  context.req.socket.once('close', () => {
    clearTimeout(timer);
    stream.destroy();
  });
  return stream;
}

/**
 * The strict-policy page (test/hardening/csp.test.ts loads it in an iframe): `default-src 'self'`, no
 * inline script or style, Trusted Types required; violations go to `report-uri` and to the listener.
 * `?bundle=cdn` loads dist/cdn/film-elements.js, otherwise the sources through the dev server.
 */
const CSP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const cspReports = new Map();
const CSP_LISTENER = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile, line: event.lineNumber });
});`;
function cspPage(params, film) {
  // The child-script input is in the markup, as a page would have it (a script's text cannot be set
  // from script under Trusted Types without a policy).
  const json = film.replace(/</g, '\\u003c');
  const tags = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'];
  const children = tags.map((tag) => `<${tag} id="${tag}-script"><script type="application/json">${json}</script></${tag}>`).join('\n');
  const bundle =
    params.get('bundle') === 'cdn'
      ? '<script type="module" src="/dist/cdn/film-elements.js"></script>'
      : '<script type="module" src="/src/index.ts"></script>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>film-elements under a strict CSP</title>
<base href="/">
<script src="/__film/csp-listener.js"></script>
${bundle}
<script type="module" src="/test/hardening/csp-driver.ts"></script>
</head>
<body>
${children}
</body>
</html>`;
}
cspPage.policy = (params) => `${CSP_POLICY}; report-uri /__film/csp-report?page=${encodeURIComponent(params.get('page') ?? 'default')}`;

async function collectReport(params, context) {
  let body = '';
  for await (const chunk of context.req) body += chunk;
  const page = params.get('page') ?? 'default';
  if (!cspReports.has(page)) cspReports.set(page, []);
  try {
    cspReports.get(page).push(JSON.parse(body));
  } catch {
    cspReports.get(page).push({ unparsed: body });
  }
  return [204, 'text/plain', ''];
}

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
  const [status, type, body] = await route(params, context);
  context.status = status;
  context.type = type;
  context.set('cache-control', 'no-store');
  if (route === routes['csp-page']) context.set('content-security-policy', cspPage.policy(params));
  context.body = body;
}
