/**
 * Our elements' stylesheets for light DOM, the way a React app scopes a component's CSS: every rule
 * nested under the component's root class (`:host` becomes `&`, the root itself). @keyframes cannot be
 * nested and stay global. String work only, once per component type (a React app would ship the same
 * rules as a .css file).
 */
import type { CSSResult } from 'lit';

function matchingClose(text: string, open: number, [start, end]: [string, string]): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === start) depth++;
    else if (text[i] === end && --depth === 0) return i;
  }
  throw new Error(`unbalanced ${start}${end} in CSS`);
}

export function scopeCss(cssText: string, scope: string): string {
  let css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const global: string[] = [];
  for (let at = css.indexOf('@keyframes'); at !== -1; at = css.indexOf('@keyframes')) {
    const end = matchingClose(css, css.indexOf('{', at), ['{', '}']);
    global.push(css.slice(at, end + 1));
    css = css.slice(0, at) + css.slice(end + 1);
  }
  let out = '';
  for (let at = css.indexOf(':host'); at !== -1; at = css.indexOf(':host')) {
    out += css.slice(0, at) + '&';
    css = css.slice(at + ':host'.length);
    if (css.startsWith('(')) {
      const end = matchingClose(css, 0, ['(', ')']);
      out += css.slice(1, end);
      css = css.slice(end + 1);
    }
  }
  return `${global.join('\n')}\n.${scope} {\n${out + css}\n}`;
}

const installed = new Set<string>();

/** Adds the scoped rules for `scope` to the document once; on a server (no document) the page ships them as a `<style>` (bench/ssr-server.mjs). */
export function installStyles(scope: string, styles: CSSResult[]): void {
  if (installed.has(scope) || typeof document === 'undefined') return;
  installed.add(scope);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(scopeCss(styles.map((style) => style.cssText).join('\n'), scope));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
