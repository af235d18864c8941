/**
 * What a server render (src/ssr.ts) says about itself, for the browser that takes it over: the
 * language it rendered in and a digest of the film text it rendered, in a comment that opens the
 * shadow root (`<!--film-server lang="de" film="1a2b3c4d"-->`). Lit's hydration ignores comments that
 * are not its own. The page may change an element's film or language before the element is defined;
 * Lit would then keep the server's words, so the element compares and renders anew instead.
 *
 * Also what an element does when Lit cannot take a render over (`takeOver`). The base element loads
 * this module only when it takes a server render over.
 */

const PREFIX = 'film-server ';

/**
 * A short digest of a film's text (FNV-1a, 32 bits): equal texts, equal digests. `<` counts as the
 * `\u003c` a server writes in a film script, so the text and its script form digest the same.
 */
export function filmDigest(text: string): string {
  const same = text.replace(/</g, '\\u003c');
  let hash = 0x811c9dc5;
  for (let i = 0; i < same.length; i++) hash = Math.imul(hash ^ same.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/** The comment's text for a render in `lang` of a film with this digest (no film: none). Digest and tag contain nothing to escape. */
export const serverRenderNote = (lang: string, digest: string | undefined): string =>
  `${PREFIX}lang="${lang}"${digest === undefined ? '' : ` film="${digest}"`}`;

/** What the server's comment says, if the shadow root opens with one. */
export function readServerRenderNote(root: ParentNode): { lang: string; film?: string } | undefined {
  const note = [...root.childNodes].find((node) => node.nodeType === 8 && (node as Comment).data.startsWith(PREFIX)) as Comment | undefined;
  const lang = note && /lang="([^"]*)"/.exec(note.data)?.[1];
  if (!note || !lang) return undefined;
  return { lang, film: /film="([0-9a-f]+)"/.exec(note.data)?.[1] };
}

/**
 * Whether the server's render in `root` shows what the element would. Lit takes over only the server's
 * structure and keeps its text and attribute values: a film set as a property before the element was
 * defined, or another language than the server's, would be shown with the server's words. `input` is
 * the element's film (property or child script text). A server render that does not say (Lit SSR's own
 * `render()` of a page's template) is trusted.
 */
export function showsServerRender(root: ParentNode, locale: string, input: unknown): boolean {
  const server = readServerRenderNote(root);
  if (!server) return true;
  if (server.lang !== locale) return false;
  if (input === undefined || input === null) return server.film === undefined;
  try {
    return filmDigest(typeof input === 'string' ? input : JSON.stringify(input)) === server.film;
  } catch {
    return false; // not JSON: not what the server rendered
  }
}

/**
 * Runs the update that takes a server render over (`update`). When Lit cannot take it over (the first
 * render differs in structure from one that should match), the element would be left broken: this
 * says so — a `film-hydration-error` event and a console error — and renders anew (`renderAnew`).
 * Here rather than in the base element: only pages with server-rendered elements load it.
 */
export function takeOver(element: HTMLElement, update: () => void, renderAnew: () => void): void {
  try {
    update();
  } catch (error) {
    console.error(`<${element.localName}>: the server's render could not be taken over; rendering again.`, error);
    element.dispatchEvent(new CustomEvent('film-hydration-error', { detail: { error }, bubbles: true, composed: true }));
    renderAnew();
  }
}
