/**
 * The languages we ship, one module each (`<locale>.ts`, every element's strings in that language),
 * and the shape every one of them has: the English tables' keys, each language's own plural forms.
 * English is not here: each element carries its English table (`<name>.strings.ts`).
 *
 * One explicit `import()` per locale, so that bundlers make one file per language and a page
 * downloads only the languages it shows. To add a language: write `<locale>.ts` (copy `de.ts` and
 * translate it; the types say when a key is missing or extra) and add one line here.
 */
import type { awardsMessages } from '../elements/film-awards-list/film-awards-list.strings.js';
import type { cardMessages } from '../elements/film-card/film-card.strings.js';
import type { badgeMessages } from '../elements/film-ratings-badge/film-ratings-badge.strings.js';
import type { carouselMessages } from '../elements/film-review-carousel/film-review-carousel.strings.js';
import type { soundtrackMessages } from '../elements/film-soundtrack/film-soundtrack.strings.js';
import type { baseMessages } from '../internal/base.strings.js';
import type { Translated } from '../internal/i18n.js';

/** One language's strings, by table. */
export interface LocaleTables {
  base: Translated<typeof baseMessages>;
  card: Translated<typeof cardMessages>;
  badge: Translated<typeof badgeMessages>;
  awards: Translated<typeof awardsMessages>;
  carousel: Translated<typeof carouselMessages>;
  soundtrack: Translated<typeof soundtrackMessages>;
}

export const localeLoaders: Record<string, () => Promise<{ default: LocaleTables }>> = {
  ar: () => import('./ar.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  fa: () => import('./fa.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  hi: () => import('./hi.js'),
  hu: () => import('./hu.js'),
  id: () => import('./id.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ro: () => import('./ro.js'),
  ru: () => import('./ru.js'),
  sv: () => import('./sv.js'),
  th: () => import('./th.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  vi: () => import('./vi.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
};

/**
 * Every shipped language, English included. Built in a call marked pure: a bundle that does not use it
 * (every element's) drops it; a spread at the top level would stay, as bundlers cannot prove it harmless.
 */
export const LOCALES = /* @__PURE__ */ (() => ['en', ...Object.keys(localeLoaders)] as const)();
