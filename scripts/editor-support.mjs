#!/usr/bin/env node
/**
 * Editor and framework support, generated from the custom elements manifest so that it can never
 * disagree with the elements' JSDoc (the one place where attributes, events, parts and CSS properties
 * are documented):
 *
 *   dist/vscode.html-custom-data.json   VS Code "html.customData": completion + hover docs in HTML
 *   dist/web-types.json                 JetBrains IDEs (package.json "web-types" field)
 *   dist/jsx-elements.d.ts              framework-neutral prop types per tag (used by the three below)
 *   dist/jsx.d.ts   (+ jsx.js)          React 19: `<film-card film={…} onfilm-error={…}>` in TSX
 *   dist/preact.d.ts (+ preact.js)      Preact: the same for `preact` JSX
 *   dist/vue.d.ts   (+ vue.js)          Vue 3: `GlobalComponents`, for Volar/vue-tsc in templates
 *   dist/svelte.d.ts (+ svelte.js)      Svelte 5: `SvelteHTMLElements`, for svelte-check and the editor
 *
 * The .js files are empty modules: `import 'film-elements/jsx'` must not fail at run time when a user
 * writes it as a plain import rather than `import type`.
 *
 *   node scripts/editor-support.mjs [dist]     (scripts/build.mjs runs it after `cem analyze`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every custom element of the manifest, with the module (relative to dist/) that declares its class. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.tagName) continue;
      elements.push({ ...declaration, module: module.path.replace(/^src\//, './').replace(/\.ts$/, '.js') });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Public, writable instance fields: what a framework may set as a property. */
const settableFields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');

/** `'all' | 'wins'` → ['all', 'wins']; anything that is not only string literals → undefined. */
function literals(typeText) {
  const parts = (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (!parts.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

// ---------------------------------------------------------------------------------------------------
// VS Code: https://github.com/microsoft/vscode-custom-data

export function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: {
        kind: 'markdown',
        value: [
          describe(element),
          element.events?.length ? `**Events**\n${element.events.map((e) => `- \`${e.name}\`: ${e.description ?? ''}`).join('\n')}` : '',
          element.cssParts?.length
            ? `**CSS parts**\n${element.cssParts.map((p) => `- \`::part(${p.name})\`: ${p.description ?? ''}`).join('\n')}`
            : '',
          element.cssProperties?.length
            ? `**CSS custom properties**\n${element.cssProperties.map((p) => `- \`${p.name}\`: ${p.description ?? ''}`).join('\n')}`
            : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literals(attribute.type?.text);
        return {
          name: attribute.name,
          description: [attribute.description, attribute.default !== undefined ? `Default: \`${attribute.default}\`` : '']
            .filter(Boolean)
            .join('\n\n'),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// JetBrains: https://github.com/JetBrains/web-types

export function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: describe(element),
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literals(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description,
              ...(attribute.default !== undefined ? { default: attribute.default } : {}),
              value: {
                type: attribute.type?.text ?? 'string',
                ...(attribute.type?.text === 'boolean' ? { kind: 'no-value' } : { kind: 'plain' }),
              },
              // Completion of the allowed words: `filter="` offers all and wins.
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          js: {
            properties: settableFields(element).map((field) => ({
              name: field.name,
              description: field.description,
              ...(field.type?.text ? { type: field.type.text } : {}),
            })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
            parts: (element.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// TypeScript: JSX (React 19, Preact), Vue and Svelte

const HEADER = '// Generated by scripts/editor-support.mjs from custom-elements.json: do not edit.\n';

const doc = (text, indent = '  ') =>
  text
    ? `${indent}/**\n${text
        .split('\n')
        .map((line) => `${indent} * ${line.replaceAll('*/', '*\\/')}`)
        .join('\n')}\n${indent} */\n`
    : '';

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/**
 * The type a framework may pass for a field: the property's own type, and for a number that is also an
 * attribute, its text too (`heading-level="2"` in a template is the string "2", which the element reads).
 */
function valueType(element, field, asText) {
  const type = `${element.name}['${field.name}']`;
  return asText && /\bnumber\b/.test(field.type?.text ?? '') ? `${type} | \`\${number}\`` : type;
}

/**
 * Props of one tag. JSX gets the settable properties by property name, attributes named otherwise by
 * attribute name (`heading-level`), and events as `on` + the event name (React 19 and Preact add a
 * listener for the rest of the name). Vue gets properties only (its compiler camelizes `heading-level`
 * to `headingLevel` when it checks a template) and events as `onFilmError` (what `@film-error` compiles to).
 */
function propsInterface(element, framework) {
  const fields = settableFields(element);
  const lines = [];
  // React and Preact set a prop the element has as a property, as it is; Vue's checker also sees
  // `heading-level="2"` as the `headingLevel` prop.
  for (const field of fields)
    lines.push(`${doc(field.description)}  ${field.name}?: ${valueType(element, field, framework === 'vue' && field.attribute)};`);
  if (framework === 'jsx') {
    for (const field of fields) {
      if (!field.attribute || field.attribute === field.name) continue;
      const description = `${field.description ?? ''}\n(The \`${field.attribute}\` attribute; the \`${field.name}\` property.)`.trim();
      lines.push(`${doc(description)}  '${field.attribute}'?: ${valueType(element, field, true)};`);
    }
  }
  for (const event of element.events ?? []) {
    const key = framework === 'jsx' ? `on${event.name}` : `on${pascal(event.name)}`;
    lines.push(`${doc(event.description)}  '${key}'?: (event: EventOf<'${event.name}'>) => void;`);
  }
  return lines.join('\n');
}

export function jsxElements(elements) {
  const imports = elements.map((e) => `import type { ${e.name} } from '${e.module}';`).join('\n');
  const interfaces = elements
    .map(
      (
        e,
      ) => `${doc(`Properties, attributes and events of \`<${e.tagName}>\` in JSX (React 19: \`onfilm-error\` listens to \`film-error\`).`, '')}export interface ${e.name}JsxProps {
${propsInterface(e, 'jsx')}
}`,
    )
    .join('\n\n');
  return `${HEADER}${imports}

/** The event object a \`film-*\` listener receives (typed through \`GlobalEventHandlersEventMap\`). */
export type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent;

${interfaces}

/** Tag name → JSX props, framework-neutral: the React and Preact typings extend their own HTML attributes with it. */
export interface FilmElementsJsx {
${elements.map((e) => `  '${e.tagName}': ${e.name}JsxProps;`).join('\n')}
}

/** Tag name → element class. */
export interface FilmElementsTagMap {
${elements.map((e) => `  '${e.tagName}': ${e.name};`).join('\n')}
}
`;
}

export function reactJsx(elements) {
  return `${HEADER}/**
 * React 19 JSX typings for the film elements. Load once, e.g. in a \`.d.ts\` of your app or its entry:
 *
 *   import type {} from 'film-elements/jsx';
 *
 * React 19 sets \`film\` as a property (objects pass through) and turns \`onfilm-error\` into a
 * \`film-error\` listener.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FilmElementsJsx, FilmElementsTagMap } from './jsx-elements.js';

export type * from './jsx-elements.js';

type Props<K extends keyof FilmElementsJsx> = Omit<DetailedHTMLProps<HTMLAttributes<FilmElementsTagMap[K]>, FilmElementsTagMap[K]>, keyof FilmElementsJsx[K]> &
  FilmElementsJsx[K];

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tagName}': Props<'${e.tagName}'>;`).join('\n')}
    }
  }
}
`;
}

export function preactJsx(elements) {
  return `${HEADER}/**
 * Preact JSX typings for the film elements (Preact 10.29+ and 11). Load once:
 *
 *   import type {} from 'film-elements/preact';
 *
 * Preact sets \`film\` as a property (the element has one) and turns \`onfilm-error\` into a
 * \`film-error\` listener.
 */
import type { HTMLAttributes, Ref } from 'preact';
import type { FilmElementsJsx, FilmElementsTagMap } from './jsx-elements.js';

export type * from './jsx-elements.js';

type Props<K extends keyof FilmElementsJsx> = Omit<HTMLAttributes<FilmElementsTagMap[K]>, keyof FilmElementsJsx[K] | 'ref'> &
  FilmElementsJsx[K] & { ref?: Ref<FilmElementsTagMap[K]> };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tagName}': Props<'${e.tagName}'>;`).join('\n')}
    }
  }
}
`;
}

export function vueTypes(elements) {
  const imports = elements.map((e) => `import type { ${e.name} } from '${e.module}';`).join('\n');
  const interfaces = elements.map((e) => `export interface ${e.name}VueProps {\n${propsInterface(e, 'vue')}\n}`).join('\n\n');
  return `${HEADER}/**
 * Vue 3 typings for the film elements (templates checked by Volar / vue-tsc). Load once, e.g. in
 * \`env.d.ts\`: \`import type {} from 'film-elements/vue';\`, and tell Vue's compiler that \`film-*\`
 * tags are custom elements (\`isCustomElement: (tag) => tag.startsWith('film-')\`).
 *
 * \`:film="film"\` sets the property; \`@film-error="…"\` listens to the \`film-error\` event.
 */
import type { DefineComponent } from 'vue';
import type { EventOf } from './jsx-elements.js';
${imports}

${interfaces}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    '${e.tagName}': DefineComponent<${e.name}VueProps>;`).join('\n')}
  }
}
`;
}

export function svelteTypes(elements) {
  return `${HEADER}/**
 * Svelte 5 typings for the film elements (svelte-check and the Svelte language server). Load once, e.g.
 * in a \`.d.ts\` of your app: \`import type {} from 'film-elements/svelte';\`
 *
 * The props are those of the JSX typings, because Svelte 5 treats them the same way: on a defined
 * element, \`film={film}\` sets the property, \`heading-level={2}\` the attribute, and
 * \`onfilm-error={…}\` listens to the \`film-error\` event. Register the elements before \`mount()\`: on
 * a tag not defined yet, Svelte sets only objects as properties (\`headingLevel={2}\` would be lost).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { FilmElementsJsx, FilmElementsTagMap } from './jsx-elements.js';

export type * from './jsx-elements.js';

type Props<K extends keyof FilmElementsJsx> = Omit<HTMLAttributes<FilmElementsTagMap[K]>, keyof FilmElementsJsx[K]> & FilmElementsJsx[K];

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `    '${e.tagName}': Props<'${e.tagName}'>;`).join('\n')}
  }
}
`;
}

const EMPTY_MODULE = `${HEADER}// Types only: see the .d.ts file of the same name.\nexport {};\n`;

/** Writes every editor support file into `dist`; returns their names. */
export function writeEditorSupport(dist = path.join(root, 'dist')) {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const elements = elementsOf(manifest);
  if (!elements.length) throw new Error('custom-elements.json lists no custom element');
  const files = {
    'vscode.html-custom-data.json': `${JSON.stringify(vscodeData(elements), null, 2)}\n`,
    'web-types.json': `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`,
    'jsx-elements.d.ts': jsxElements(elements),
    'jsx.d.ts': reactJsx(elements),
    'jsx.js': EMPTY_MODULE,
    'preact.d.ts': preactJsx(elements),
    'preact.js': EMPTY_MODULE,
    'vue.d.ts': vueTypes(elements),
    'vue.js': EMPTY_MODULE,
    'svelte.d.ts': svelteTypes(elements),
    'svelte.js': EMPTY_MODULE,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  return Object.keys(files);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = writeEditorSupport(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`editor support: ${files.join(', ')}`);
}
