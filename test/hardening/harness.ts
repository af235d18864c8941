/**
 * What only the hardening tests (test/hardening/) check, the same way for all five elements: no
 * prototype pollution, and what a shadow tree may contain (tags, attributes, URLs, direction
 * controls). The generic parts — TAGS, stateOf, countEvents, quietly, watchErrors, … — are in
 * test/helpers.ts. Imports no element: each test file registers them itself (lifecycle.test.ts must
 * do so late, to test upgrades).
 */
// --- prototype pollution ---------------------------------------------------------------------------

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['HTMLElement.prototype', HTMLElement.prototype],
  ['EventTarget.prototype', EventTarget.prototype],
];
const baseline = new Map(PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).length]));
const objectProtoOf = Object.getPrototypeOf(Object.prototype);

/** Throws if any built-in prototype gained (or lost) a key, or Object.prototype got a prototype. */
export function assertNoPollution(): void {
  for (const [name, proto] of PROTOTYPES) {
    const keys = Reflect.ownKeys(proto).length;
    if (keys !== baseline.get(name)) {
      const extra = Reflect.ownKeys(proto).slice(baseline.get(name)).map(String);
      throw new Error(`prototype pollution: ${name} has ${keys} keys instead of ${baseline.get(name)} (${extra.join(', ')})`);
    }
  }
  if (Object.getPrototypeOf(Object.prototype) !== objectProtoOf) throw new Error('prototype pollution: Object.prototype has a prototype');
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'title', 'film']) {
    if (key in probe) throw new Error(`prototype pollution: ({}).${key} exists`);
  }
}

// --- what the shadow DOM may contain ----------------------------------------------------------------

/** Every tag and attribute the five templates use (checked against the sample render in the tests). */
export const ALLOWED_TAGS = new Set([
  'a',
  'abbr',
  'article',
  'button',
  'cite',
  'code',
  'dd',
  'div',
  'dl',
  'dt',
  'header',
  'img',
  'input',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  'section',
  'span',
  'strong',
  'time',
  'ul',
  // SVG icons, stars and meters.
  'svg',
  'path',
  'circle',
  'rect',
  'g',
]);
export const ALLOWED_ATTRIBUTES = new Set([
  'alt',
  'aria-atomic',
  'aria-controls',
  'aria-describedby',
  'aria-expanded',
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  'aria-level',
  'aria-live',
  'aria-roledescription',
  'aria-selected',
  'aria-valuetext',
  'class',
  'cx',
  'cy',
  'd',
  'data-arrow',
  'data-index',
  'data-open',
  'data-placement',
  'data-dragging',
  'datetime',
  'decoding',
  'dir',
  'focusable',
  'height',
  'hidden',
  'href',
  'id',
  'inert',
  'loading',
  'max',
  'min',
  'part',
  'popover',
  'preserveaspectratio',
  'r',
  'rel',
  'role',
  'src',
  'style',
  'tabindex',
  'title',
  'transform',
  'type',
  'viewbox',
  'width',
]);
/** Attributes that may carry text from the data (names, titles, URLs, dates); no others may. */
export const DATA_ATTRIBUTES = new Set(['alt', 'aria-label', 'aria-valuetext', 'title', 'href', 'src', 'datetime']);

/** Directional formatting characters that open an embedding, override or isolate, and their closers. */
const BIDI_OPEN_EMBEDDING = /[\u202A\u202B\u202D\u202E]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** True when every embedding/override (PDF) and isolate (PDI) a text opens is closed within it. */
export function bidiBalanced(text: string): boolean {
  if (!BIDI.test(text)) return true;
  const stack: string[] = [];
  for (const char of text) {
    if (BIDI_OPEN_EMBEDDING.test(char)) stack.push('embedding');
    else if (char === '\u2066' || char === '\u2067' || char === '\u2068') stack.push('isolate');
    else if (char === '\u202C') {
      if (stack[stack.length - 1] !== 'embedding') return false;
      stack.pop();
    } else if (char === '\u2069') {
      // A PDI closes its isolate and every embedding opened inside it.
      const at = stack.lastIndexOf('isolate');
      if (at < 0) return false;
      stack.length = at;
    }
  }
  return stack.length === 0;
}

export interface AuditOptions {
  /** Strings from the data that may appear only in text and in DATA_ATTRIBUTES. */
  markers?: string[];
}

/**
 * Walks an element's shadow tree and lists everything that must never be there: tags or attributes
 * the templates do not use (an injected element or attribute), event-handler attributes, links and
 * images whose resolved URL is not http(s), external links without `rel="noopener noreferrer"`, data
 * in attributes that are not meant for it, and text whose direction controls leak out of it.
 */
export function audit(element: Element, { markers = [] }: AuditOptions = {}): string[] {
  const problems: string[] = [];
  const root = element.shadowRoot;
  if (!root) return [`<${element.localName}> has no shadow root`];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (!bidiBalanced(text)) problems.push(`unbalanced direction controls in text ${JSON.stringify(text.slice(0, 60))}`);
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`unexpected <${tag}>`);
    for (const { name, value } of el.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`event-handler attribute ${name} on <${tag}>`);
      else if (!ALLOWED_ATTRIBUTES.has(lower)) problems.push(`unexpected attribute ${name} on <${tag}>`);
      if (!DATA_ATTRIBUTES.has(lower)) {
        for (const marker of markers)
          if (marker && value.includes(marker)) problems.push(`data in ${name} on <${tag}>: ${JSON.stringify(value.slice(0, 60))}`);
      }
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      if (!usesHttp((el as HTMLAnchorElement).href, el.getAttribute('href')!))
        problems.push(`link to ${JSON.stringify(el.getAttribute('href')!.slice(0, 80))}`);
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        problems.push(`external link without rel="noopener noreferrer": ${el.getAttribute('rel')}`);
    }
    if (tag === 'img' && el.hasAttribute('src') && !usesHttp((el as HTMLImageElement).src, el.getAttribute('src')!)) {
      problems.push(`image from ${JSON.stringify(el.getAttribute('src')!.slice(0, 80))}`);
    }
  }
  return problems;
}

/**
 * Whether a link or image goes to an http(s) URL. `resolved` is the element's `href`/`src`, the URL
 * the browser will use; an engine that cannot parse the attribute (Blink, with a lone surrogate in it)
 * gives back the raw text, which it will never fetch — then the text must still resolve to http(s)
 * the standard way (lone surrogates become U+FFFD), so that no engine could read it as another scheme.
 */
function usesHttp(resolved: string, raw: string): boolean {
  const http = (url: string, base?: string) => {
    try {
      return /^https?:$/.test(new URL(url, base).protocol);
    } catch {
      return false;
    }
  };
  return http(resolved) || (resolved === raw && http(raw, document.baseURI));
}

/** Visible text of an element's shadow tree plus its data-bearing attributes, whitespace collapsed. */
export function shownText(element: Element): string {
  const root = element.shadowRoot!;
  const parts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) {
    for (const name of DATA_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return collapse(parts.join(' \u0001 '));
}

export const collapse = (text: string): string => text.replace(/[\t\n\f\r ]+/g, ' ').trim();

/** A deep copy that keeps own `__proto__` keys (structuredClone does, object spread does not). */
export const clone = <T>(value: T): T => structuredClone(value);

/** Freezes a value and everything in it: a shared film must be usable read-only. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
