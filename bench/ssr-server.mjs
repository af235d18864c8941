/**
 * The server side of the SSR benchmarks (bench/ssr.mjs bundles it for Node with esbuild, packages
 * external, and runs it in a process of its own with --expose-gc):
 *
 *   node server.mjs page IN OUT   the plain-HTML example page IN with every film element replaced by its
 *                                 server HTML (renderElement, same attributes; a film given in a child
 *                                 script stays in a script): the SSR page, written to OUT
 *   node server.mjs throughput N  N samples of 1,000 cards to an HTML string, ours (`renderElement`,
 *                                 src/ssr.ts) and React 19 (`renderToString` of the baseline's `FilmCard`),
 *                                 alternating which goes first; JSON on stdout
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { jsx } from 'react/jsx-runtime';

import { styles as cardStyles } from '../src/elements/film-card/film-card.styles.ts';
import { baseStyles } from '../src/internal/styles.ts';
import sample from '../src/samples/leaving-las-vegas.json' with { type: 'json' };
import { renderElement } from '../src/ssr.ts';
import { FilmCard } from './react/components.ts';
import { scopeCss } from './react/css.ts';

const CARDS = 1000;
const json = JSON.stringify(sample);

/** Ours: one `renderElement` per card, as a server rendering a list of cards calls it. */
async function ours() {
  let html = '';
  for (let i = 0; i < CARDS; i++) html += await renderElement('film-card', json);
  return html;
}

// The React card's stylesheet, once per page (its component adopts it in a browser, see react/css.ts).
const reactCss = `<style>${scopeCss([baseStyles, cardStyles].map((style) => style.cssText).join('\n'), 'react-film-card')}</style>`;
const Cards = () => Array.from({ length: CARDS }, (_, i) => jsx(FilmCard, { film: json }, i));

/** React: the page's cards as one tree, one `renderToString`, as bench/react/driver.ts renders them in the browser. */
const react = async () => reactCss + renderToString(jsx(Cards, {}));

async function throughput(samples) {
  const variants = { ours, react };
  const check = (name, html) => {
    const count = html.match(/role="heading"[^>]*>(<!--[^>]*-->)?Leaving Las Vegas</g)?.length ?? 0;
    if (count < CARDS) throw new Error(`${name}: ${count} of ${CARDS} cards in the HTML`);
  };
  // Warm-up: both variants' code compiled and optimised, ours' locale and mappings loaded.
  for (let i = 0; i < 3; i++) for (const [name, render] of Object.entries(variants)) check(name, await render());
  const result = { cards: CARDS, bytes: {}, samples: { ours: [], react: [] } };
  for (const [name, render] of Object.entries(variants)) result.bytes[name] = Buffer.byteLength(await render());
  for (let i = 0; i < samples; i++) {
    for (const name of i % 2 ? ['react', 'ours'] : ['ours', 'react']) {
      globalThis.gc?.();
      const start = performance.now();
      const html = await variants[name]();
      // Read once, as a response reads it: ours is built by `+=`, a V8 rope that is joined into one
      // string only when read (about a fifth of our time); React returns one string already.
      html.charCodeAt(html.length >> 1);
      result.samples[name].push(performance.now() - start);
    }
  }
  return result;
}

/** Replaces each `<film-… attributes>…</film-…>` of the example page by its server HTML. */
async function ssrPage(page) {
  const decode = (text) =>
    text.replace(/&(#39|quot|lt|gt|amp);/g, (_, name) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name]);
  const elements = [...page.matchAll(/<(film-[a-z-]+)\b([^>]*?)>([\s\S]*?)<\/\1>/g)];
  let out = page;
  for (const [whole, tag, attributeText, content] of elements) {
    const attributes = {};
    for (const [, name, double, single] of attributeText.matchAll(/([a-z-]+)(?:=(?:"([^"]*)"|'([^']*)'))?/g))
      attributes[name] = double !== undefined || single !== undefined ? decode(double ?? single) : true;
    const { film, ...rest } = attributes;
    const script = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(content);
    const html = await renderElement(tag, script ? script[1].trim() : film, { attributes: rest, filmIn: script ? 'script' : 'attribute' });
    out = out.replace(whole, () => html);
  }
  return { html: out, elements: elements.length };
}

const [command, ...args] = process.argv.slice(2);
if (command === 'page') {
  const { html, elements } = await ssrPage(readFileSync(args[0], 'utf8'));
  writeFileSync(args[1], html);
  console.log(JSON.stringify({ elements, bytes: Buffer.byteLength(html) }));
} else if (command === 'throughput') {
  console.log(JSON.stringify(await throughput(Number(args[0]))));
} else {
  throw new Error(`usage: node server.mjs page IN OUT | throughput N`);
}
