/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

import { LOCALES } from '../src/locales/index.js';

/*
 * ── Docs tables ────────────────────────────────────────────────────────────────────────────────────
 * Autodocs reads the custom elements manifest, `dist/custom-elements.json`, written by `cem analyze`
 * (custom-elements-manifest.config.mjs). `npm start` and `npm run build-storybook` generate it first
 * (`prestart` / `prebuild-storybook`), so a fresh clone works after `npm install && npm start`.
 * The glob import does not fail when the file is missing (e.g. `npx storybook dev` run directly, or
 * while `npm run build` is rewriting dist/): the tables are then empty until it is there again.
 */
interface ManifestItem {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  [key: string]: unknown;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  cssParts?: ManifestItem[];
  [key: string]: unknown;
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ManifestDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const manifestFiles = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifestFiles)[0];

/** `FilmRatingsBadge` → `film-ratings-badge`. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());

/**
 * The manifest as the docs tables should see it:
 * - tags: our classes are registered in `src/<tag>.ts` through `defineElement()`, which the analyzer
 *   cannot follow, so a `Film*` class without a `tagName` gets the one its name spells;
 * - public API only: private, protected, `#private`, `_internal` and static members are left out (the
 *   cem config already removes them and `@state()` fields; this is a second line for older manifests);
 * - Storybook keys every table row by name, so a CSS part named like an attribute or property would
 *   hide that row: such a part is listed as `name (part)`.
 */
function forDocs(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      if (!declaration.tagName && /^Film[A-Z]/.test(declaration.name) && declaration.name !== 'FilmElement') {
        declaration.tagName = kebab(declaration.name);
        declaration.customElement = true;
      }
      declaration.members = declaration.members?.filter(
        (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !/^[#_]/.test(member.name),
      );
      const taken = new Set([...(declaration.members ?? []), ...(declaration.attributes ?? [])].map((item) => item.name));
      declaration.cssParts = declaration.cssParts?.map((part) => (taken.has(part.name) ? { ...part, name: `${part.name} (part)` } : part));
    }
  }
  return copy;
}

if (manifest) setCustomElementsManifest(forDocs(manifest));
else console.warn('film-elements: dist/custom-elements.json is missing; run `npx cem analyze` for the docs tables.');

/*
 * ── Toolbar switches ───────────────────────────────────────────────────────────────────────────────
 * Every story is wrapped in `<div class="film-story" lang dir>`. The elements read the nearest `lang`
 * when they connect, so the wrapper is re-created (lit `keyed`) whenever a switch changes, and the
 * story's elements connect again under the new `lang` and `dir`.
 * The theme is set as the `theme` attribute on every `film-*` element in the story (also on ones added
 * later), except where the story itself sets `theme` (attribute or property): those keep theirs.
 */
type Theme = 'light' | 'dark';
const canvas: Record<Theme, { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1d1b20' },
  dark: { background: '#141218', color: '#ece6f0' },
};
/** Marks a `theme` attribute that the toolbar set (as opposed to the story). */
const FROM_TOOLBAR = 'data-toolbar-theme';

function applyTheme(root: Element, theme: Theme) {
  for (const element of root.querySelectorAll('*')) {
    if (!element.localName.startsWith('film-')) continue;
    const ownTheme = element.hasAttribute('theme') || (element as Element & { theme?: string }).theme !== undefined;
    if (ownTheme && !element.hasAttribute(FROM_TOOLBAR)) continue;
    element.setAttribute(FROM_TOOLBAR, '');
    element.setAttribute('theme', theme);
  }
}

/** The wrapper: sets the theme on the story's film elements while it is in the page. */
class StoryGlobals extends HTMLElement {
  private observer?: MutationObserver;

  connectedCallback() {
    const theme = (this.getAttribute('data-theme') === 'dark' ? 'dark' : 'light') satisfies Theme;
    applyTheme(this, theme);
    this.observer = new MutationObserver(() => applyTheme(this, theme));
    this.observer.observe(this, { childList: true, subtree: true });
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
if (!customElements.get('sb-story-globals')) customElements.define('sb-story-globals', StoryGlobals);

/** Right to left for the languages written so (`Intl.Locale#getTextInfo` is not in every engine yet). */
const directionOf = (locale: string) => (['ar', 'he', 'fa'].includes(locale.split('-')[0]!) ? 'rtl' : 'ltr');

/** Each shipped language in its own words: "Deutsch", "日本語", "العربية". */
const languageItems = LOCALES.map((locale) => ({
  value: locale,
  title: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
  right: locale,
}));

const withFilmGlobals: Decorator = (story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = String(context.globals.locale ?? 'en');
  // `auto`: the language's own direction (right to left for Arabic, Hebrew and Persian).
  const dir = context.globals.dir === 'auto' ? directionOf(locale) : context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const docs = context.viewMode === 'docs';
  if (!docs) {
    // The story canvas is the whole iframe: paint it.
    document.documentElement.style.colorScheme = theme;
    document.body.style.background = canvas[theme].background;
    document.body.style.color = canvas[theme].color;
  }
  const style = `display: block; color-scheme: ${theme}; background: ${canvas[theme].background}; color: ${canvas[theme].color};${
    docs ? ' padding: 1rem; border-radius: 4px;' : ''
  }`;
  // (The renderer wants a TemplateResult, not a bare directive: hence the outer html``.)
  return html`${keyed(
    `${theme} ${locale} ${dir}`,
    html`<sb-story-globals class="film-story" data-theme=${theme} lang=${locale} dir=${dir} style=${style}>${story()}</sb-story-globals>`,
  )}`;
};

const preview: Preview = {
  decorators: [withFilmGlobals],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the film elements (their `theme` attribute) and of the canvas',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the story (the `lang` attribute around it): formats and UI strings',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languageItems,
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction of the story (the `dir` attribute around it)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: "The language's own" },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'auto' },
  parameters: {
    // Accessibility checks run on every story; violations count as failures, not to-dos.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'The film format',
          'Theming',
          'Languages',
          'Where the data comes from',
          'Server-side rendering',
          'Accessibility',
          'Elements',
          ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack', '*'],
          'film-card',
          'film-ratings-badge',
          'film-awards-list',
          'film-review-carousel',
          'film-soundtrack',
          '*',
        ],
      },
    },
  },
};

export default preview;
