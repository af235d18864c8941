/**
 * The injection corpus (test/hardening/injection.test.ts) and the map of every string field of the
 * film format. Each script payload calls `window.__pwn(id)`: if any of them ever runs, the test sees it.
 */

export type Key = string | number;

/** Text payloads: markup, handlers, URLs as text, broken quotes, template syntax, CSS, bidi, NULs, prototype keys. */
export function textPayloads(id: number): [name: string, payload: string][] {
  const call = `__pwn(${id})`;
  return [
    ['script tag', `<script>${call}</script>`],
    ['img onerror', `<img src=x onerror="${call}">`],
    ['svg onload after a closing quote and bracket', `"><svg onload=${call}>`],
    ['iframe srcdoc', `'><iframe srcdoc="<script>parent.${call}</script>"></iframe>`],
    ['closing tags', `</p></li></ul></div></section></article></template><script>${call}</script>`],
    ['broken double quotes', `" onmouseover="${call}" data-x="`],
    ['broken single quotes', `' onfocus='${call}' autofocus x='`],
    ['backtick', `\` onclick=\`${call}\``],
    ['javascript: URL as text', `javascript:${call}`],
    ['data: URL as text', `data:text/html,<script>${call}</script>`],
    ['vbscript: URL as text', `vbscript:msgbox(${id})`],
    ['angular template', `{{constructor.constructor('${call}')()}}`],
    ['js template literal', `\${${call}}`],
    ['erb and jinja', `<%= ${call} %>{% raw %}{{ ${call} }}`],
    ['lit markers', `<!--?lit$123456789$--><?lit$123456789$>lit$123456789$${call}`],
    ['css url()', `background: url("javascript:${call}"); background-image: url(https://evil.example/x.png)`],
    ['css expression()', `width: expression(${call}); behavior: url(#default#VML)`],
    ['style breakout', `</style><style>*{display:none!important}</style><script>${call}</script>`],
    ['mXSS through namespaces', `<math><mtext><table><mglyph><style><img src=x onerror=${call}>`],
    ['html entities', `&lt;script&gt;${call}&lt;/script&gt; &amp;&#x3C;b&#62;`],
    ['cdata and comments', `]]><!-- --><![CDATA[<script>${call}</script>]]>`],
    ['right-to-left override, unclosed', `\u202Egnp.${call}.exe`],
    ['embeddings and isolates, unclosed', `\u202B\u2067\u202Dabc${call}`],
    ['stray closers', `\u202C\u2069${call}\u202C`],
    ['NUL and control characters', `a\u0000b\u0001\u001F\u007F<script>${call}</script>\u0000`],
    ['lone surrogates and noncharacters', `\uD800\uDFFF\uDC00${call}\uFFFE\uFFFF`],
    ['zero-width and line separators', `\u200B\u200C\u200D\u2028\u2029\uFEFF${call}`],
    ['prototype key __proto__', '__proto__'],
    ['prototype key constructor', 'constructor'],
    ['prototype key toString', 'toString'],
    ['prototype key hasOwnProperty', 'hasOwnProperty'],
    ['whitespace only', ' \t\n '],
  ];
}

/** URL payloads for URL fields: `safe` ones resolve to http(s) and stay; the others are dropped and reported. */
export function urlPayloads(id: number): [name: string, payload: string, safe: boolean][] {
  const call = `__pwn(${id})`;
  return [
    ['javascript:', `javascript:${call}`, false],
    ['JaVaScRiPt: mixed case', `JaVaScRiPt:${call}`, false],
    ['javascript: after spaces', `   javascript:${call}`, false],
    ['javascript: with tab and newline inside', `java\tscr\nipt:${call}`, false],
    ['javascript: after control characters', `\u0001\u0000javascript:${call}`, false],
    ['data: text/html', `data:text/html;base64,PHNjcmlwdD5fX3B3bigxKTwvc2NyaXB0Pg==`, false],
    ['data: svg', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call}"/>`, false],
    ['vbscript:', `vbscript:msgbox(${id})`, false],
    ['file:', 'file:///etc/passwd', false],
    ['blob:', 'blob:https://example.com/2f6f1c9e-0000-4000-8000-000000000000', false],
    ['about:', 'about:blank', false],
    ['ftp:', 'ftp://example.com/film.json', false],
    ['empty', '', false],
    ['spaces only', '   ', false],
    ['entity-encoded javascript (a relative path)', `javascript&colon;${call}`, true],
    ['protocol-relative', '//evil.example/x', true],
    ['https with a broken quote', `https://ok.example/"onmouseover="${call}"`, true],
    ['http with spaces around', '  http://ok.example/review  ', true],
    ['relative with markup', `reviews/<img src=x onerror=${call}>`, true],
    ['backslashes', '\\\\evil.example\\x', true],
  ];
}

export type FieldKind = 'text' | 'url';

/**
 * Every string field of the film format, as a path into the sample (which has an entry wherever a
 * list is involved). `url` fields also get the URL corpus. Whether each field is shown, kept or
 * rejected is learnt from a harmless marker first (see the injection test), so this list only needs
 * to be complete, not to describe the elements.
 */
export const STRING_FIELDS: [path: Key[], kind: FieldKind][] = [
  [['title'], 'text'],
  [['originalTitle'], 'text'],
  [['synopsis'], 'text'],
  [['tagline'], 'text'],
  [['poster'], 'url'],
  [['poster', 'src'], 'url'],
  [['poster', 'alt'], 'text'],
  [['runtime'], 'text'],
  [['contentRating'], 'text'],
  [['genres', 0], 'text'],
  [['countries', 0], 'text'],
  [['languages', 0], 'text'],
  [['directors', 0], 'text'],
  [['directors', 1, 'name'], 'text'],
  [['directors', 1, 'url'], 'url'],
  [['writers', 0, 'name'], 'text'],
  [['writers', 0, 'role'], 'text'],
  [['writers', 0, 'url'], 'url'],
  [['basedOn', 'title'], 'text'],
  [['basedOn', 'author'], 'text'],
  [['basedOn', 'kind'], 'text'],
  [['cast', 0, 'name'], 'text'],
  [['cast', 0, 'character'], 'text'],
  [['cast', 0, 'url'], 'url'],
  [['crew', 0, 'name'], 'text'],
  [['crew', 0, 'role'], 'text'],
  [['crew', 0, 'url'], 'url'],
  [['releases', 0, 'date'], 'text'],
  [['releases', 0, 'region'], 'text'],
  [['releases', 0, 'kind'], 'text'],
  [['releases', 0, 'note'], 'text'],
  [['distributors', 0], 'text'],
  [['format'], 'text'],
  [['budget', 'currency'], 'text'],
  [['boxOffice', 'currency'], 'text'],
  [['links', 0, 'label'], 'text'],
  [['links', 0, 'url'], 'url'],
  [['ratings', 0, 'source'], 'text'],
  [['ratings', 0, 'unit'], 'text'],
  [['ratings', 0, 'kind'], 'text'],
  [['ratings', 0, 'summary'], 'text'],
  [['ratings', 0, 'url'], 'url'],
  [['awards', 0, 'name'], 'text'],
  [['awards', 0, 'edition'], 'text'],
  [['awards', 0, 'category'], 'text'],
  [['awards', 0, 'nominees', 0], 'text'],
  [['awards', 0, 'result'], 'text'],
  [['reviews', 0, 'author'], 'text'],
  [['reviews', 0, 'outlet'], 'text'],
  [['reviews', 0, 'kind'], 'text'],
  [['reviews', 0, 'date'], 'text'],
  [['reviews', 0, 'title'], 'text'],
  [['reviews', 0, 'text'], 'text'],
  [['reviews', 0, 'url'], 'url'],
  [['soundtrack', 'title'], 'text'],
  [['soundtrack', 'released'], 'text'],
  [['soundtrack', 'label'], 'text'],
  [['soundtrack', 'catalogNumber'], 'text'],
  [['soundtrack', 'composer'], 'text'],
  [['soundtrack', 'notes', 0], 'text'],
  [['soundtrack', 'tracks', 0, 'position'], 'text'],
  [['soundtrack', 'tracks', 0, 'title'], 'text'],
  [['soundtrack', 'tracks', 0, 'performers', 0], 'text'],
  [['soundtrack', 'tracks', 0, 'writers', 0], 'text'],
  [['soundtrack', 'tracks', 0, 'duration'], 'text'],
  [['soundtrack', 'tracks', 0, 'note'], 'text'],
];

/** `['cast', 0, 'url']` → `cast[0].url`, as the data layer names paths in `problems`. */
export const formatPath = (keys: readonly Key[]): string =>
  keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');

/** Sets a value deep inside a (cloned) film, creating the objects and lists on the way. */
export function setPath(root: Record<string, unknown>, path: readonly Key[], value: unknown): void {
  let node = root as Record<Key, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = node[key];
    if (typeof next !== 'object' || next === null) {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<Key, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** True when `needle` is a string somewhere inside `value`. */
export function containsString(value: unknown, needle: string): boolean {
  if (typeof value === 'string') return value.includes(needle);
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((child) => containsString(child, needle));
}
