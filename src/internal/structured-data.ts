import type { Film } from '../data/film.js';

/*
 * The JSON-LD that elements with `structured-data` publish for search engines: one
 * `<script type="application/ld+json">` in the document's <head> per film, however many elements show
 * it (a card and a badge of one film publish it once), kept current when an element's film changes
 * and removed with the last element that showed it. Reading JSON-LD from inside a shadow root is not
 * something search engines document: it goes in the light DOM. The mapping (to-schema-org.ts) is
 * loaded the first time an element asks for it. A server render (src/ssr.ts) writes the script right
 * after the element: the element takes that one over instead of adding a second.
 */

type Publish = (film: Film, options: { url: string }) => string;
let jsonLdScript: Publish | undefined;
let loading: Promise<void> | undefined;

/** What each element wants published (the latest ask wins), and the scripts by their text. */
const wanted = new Map<Element, Film>();
const scripts = new Map<string, { script: HTMLScriptElement; owners: Set<Element> }>();
const ownText = new Map<Element, string>();

/** The page's address without its fragment: the Movie's `url`, and the base of relative URLs. */
const pageUrl = () => document.baseURI.split('#')[0]!;

function release(owner: Element) {
  const text = ownText.get(owner);
  if (text === undefined) return;
  ownText.delete(owner);
  const entry = scripts.get(text);
  if (!entry) return;
  entry.owners.delete(owner);
  if (!entry.owners.size) {
    entry.script.remove();
    scripts.delete(text);
  }
}

/** The script a server render wrote right after `owner`, while no element has taken it over. */
function serverScript(owner: Element): HTMLScriptElement | undefined {
  const next = owner.nextElementSibling;
  if (!(next instanceof HTMLScriptElement) || next.type !== 'application/ld+json' || !next.hasAttribute('data-film-elements'))
    return undefined;
  for (const entry of scripts.values()) if (entry.script === next) return undefined;
  return next;
}

function sync(owner: Element) {
  const film = wanted.get(owner);
  if (!film || !jsonLdScript) return release(owner);
  const text = jsonLdScript(film, { url: pageUrl() });
  if (ownText.get(owner) === text) return;
  release(owner);
  let entry = scripts.get(text);
  const fromServer = serverScript(owner);
  if (entry) fromServer?.remove();
  else {
    const script = fromServer ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.filmElements = '';
    // Text, never markup: jsonLdScript escapes <, >, & and the line separators JSON allows but HTML does not.
    // (A server's script gets the browser's text too: the page's own URL.)
    script.textContent = text;
    if (!script.isConnected) document.head.append(script);
    scripts.set(text, (entry = { script, owners: new Set() }));
  }
  entry.owners.add(owner);
  ownText.set(owner, text);
}

/**
 * Publishes `film` for `owner`, or (with no film) withdraws what it published. Returns a promise that
 * settles when the page shows it (the mapping loads the first time); it never rejects.
 */
export function publishStructuredData(owner: Element, film: Film | undefined): Promise<void> {
  if (film) wanted.set(owner, film);
  else wanted.delete(owner);
  if (!film) {
    release(owner);
    return Promise.resolve();
  }
  if (jsonLdScript) {
    sync(owner);
    return Promise.resolve();
  }
  loading ??= import('../data/to-schema-org.js').then(
    (module) => void (jsonLdScript = module.jsonLdScript),
    (error: unknown) => {
      loading = undefined; // a failed download may succeed next time
      console.warn('film-elements: the structured-data module could not be loaded.', error);
    },
  );
  return loading.then(() => sync(owner));
}
