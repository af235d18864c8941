/**
 * Hydration of server-rendered elements (src/ssr.ts): import this module before any element module
 * (`import 'film-elements/hydrate.js'`), and an element whose HTML came from the server takes over its
 * declarative shadow root instead of rendering its own — no flash, nothing moves. It must run before
 * Lit's element class is first evaluated, which is why it is a module of its own. The CDN file
 * includes it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
