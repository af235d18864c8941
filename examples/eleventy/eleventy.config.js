/**
 * Eleventy 3: the film page is built to static HTML with each element server-rendered, declarative
 * shadow root included, by film-elements' `renderElement` in an async shortcode:
 *
 *   {% filmElement "film-card", film, { "heading-level": 2 } %}
 *
 * The browser then loads the package's CDN file (copied into the site), which defines the elements and
 * hydrates them: they take over the built DOM instead of rendering their own.
 */
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { renderElement } from 'film-elements/ssr';

// The CDN file hydrates by itself (it imports `film-elements/hydrate.js` first); the chunks beside it
// (languages, loaded when needed) come along with its folder.
const clientDir = path.dirname(fileURLToPath(import.meta.resolve('film-elements/cdn/film-elements.js')));

export default function (eleventyConfig) {
  // `lang` follows the page's (front matter or data), so the server renders the language the page is in.
  eleventyConfig.addShortcode('filmElement', async function (tag, film, attributes = {}) {
    const lang = this.ctx?.lang ?? 'en';
    return renderElement(tag, film, { lang, attributes });
  });
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), clientDir)]: 'film-elements' });
  eleventyConfig.addPassthroughCopy('src/posters');
}

export const config = {
  dir: { input: 'src', output: 'dist' },
};
