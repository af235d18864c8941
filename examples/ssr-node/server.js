/**
 * A film page rendered on the server by plain Node (node:http, no framework, no bundler): the five
 * elements' HTML, declarative shadow roots included, is streamed as each one is rendered, so the
 * page reads (and is styled) before any JavaScript runs. In the browser, the package's CDN file —
 * served from node_modules — defines the elements and hydrates them: they take over the server's DOM.
 *
 *   npm start              http://localhost:8080/
 *   PORT=3000 npm start    another port (PORT=0: any free one; the address is printed)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { renderElement } from 'film-elements/ssr';

const here = path.dirname(fileURLToPath(import.meta.url));

// The film as your data would come: here a JSON file, read once (a database or an API would do as well).
const film = JSON.parse(readFileSync(path.join(here, 'leaving-las-vegas.json'), 'utf8'));

// The browser's side: the CDN file defines the five elements and hydrates server-rendered ones by
// itself (it imports `film-elements/hydrate.js` first). It is self-contained but for the chunks
// beside it (languages, loaded when needed), so its whole folder is served as it is installed.
const clientDir = path.dirname(fileURLToPath(import.meta.resolve('film-elements/cdn/film-elements.js')));

/** URL prefix → folder served as static files. */
const statics = {
  '/film-elements/': clientDir,
  '/posters/': path.join(here, 'posters'),
};

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The page, element by element: each one's HTML is written as soon as it is rendered. */
async function streamFilmPage(request, response) {
  const lang = 'en';
  // The page's own address: the JSON-LD that `structured-data` publishes gives it as the Movie's `url`.
  const baseUrl = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`).href;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  // The head first: the browser starts fetching the client script while the server renders.
  response.write(`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(film.title)} (${escapeHtml(film.year)}) — film-elements, server-rendered</title>
    <!-- A module script runs once the whole page is parsed: every element is then in the page, with its shadow root. -->
    <script type="module" src="/film-elements/film-elements.js"></script>
    <style>
      body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.5; display: grid; gap: 1.5rem; }
      .grid { display: grid; gap: 1.5rem; align-items: start; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); }
    </style>
  </head>
  <body>
    <h1>${escapeHtml(film.title)} (${escapeHtml(film.year)})</h1>
`);
  const element = async (tag, attributes = {}) => {
    response.write(await renderElement(tag, film, { lang, baseUrl, attributes }));
    response.write('\n');
  };
  // `structured-data`: the film's schema.org JSON-LD follows the card in the HTML, for search engines.
  await element('film-card', { 'heading-level': 2, 'structured-data': true });
  response.write('    <div class="grid">\n');
  await element('film-ratings-badge');
  await element('film-awards-list', { 'heading-level': 2, filter: 'all' });
  response.write('    </div>\n');
  await element('film-review-carousel', { label: 'Reviews' });
  await element('film-soundtrack', { 'heading-level': 2 });
  response.end(`  </body>
</html>
`);
}

/** A file under one of `statics`' folders, or false. */
function serveStatic(pathname, response) {
  const prefix = Object.keys(statics).find((p) => pathname.startsWith(p));
  if (!prefix) return false;
  const base = statics[prefix];
  const file = path.join(base, pathname.slice(prefix.length));
  if (!file.startsWith(base + path.sep) || !existsSync(file) || !statSync(file).isFile()) return false;
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
  return true;
}

const server = http.createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) await streamFilmPage(request, response);
    else if (!serveStatic(decodeURIComponent(pathname), response))
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  } catch (error) {
    console.error(error);
    // Once the page has started, its status is sent: end it where it is.
    if (response.headersSent) response.end();
    else response.writeHead(500, { 'content-type': 'text/plain' }).end('server error');
  }
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? 'localhost', () => {
  const { address, port } = server.address();
  console.log(`film page at http://${address.includes(':') ? `[${address}]` : address}:${port}/`);
});
