/**
 * UI strings. Each element keeps its own table per language in `<name>.strings.ts` beside it, so a page
 * that loads one element loads only that element's strings; this module holds the machinery and the
 * strings of the base element. English is the reference: every other language has the same keys (the
 * types say so). To add a language, add its table to every `translations` object.
 */
import { formatNumber, pluralCategory } from '../data/format.js';

/** "# wins" with the plural form and number format of the locale. */
export const plural = (locale: string, n: number, forms: { one: string; other: string }): string =>
  (pluralCategory(n, locale) === 'one' ? forms.one : forms.other).replace('#', formatNumber(n, locale));

/** One table per language; `en` is required and is the fallback. */
export type Translations<T> = { en: T; [language: string]: T | undefined };

/** The table for a BCP 47 locale ("fr-CA" → French), English when the language has none. */
export function localize<T>(translations: Translations<T>, locale: string): T {
  // Own keys only: a locale such as "constructor" must not find Object's prototype.
  const language = locale.toLowerCase().split('-')[0]!;
  return (Object.hasOwn(translations, language) ? translations[language] : undefined) ?? translations.en;
}

const en = {
  loading: 'Loading film…',
  errorHeading: 'This film could not be shown',
  moreProblems: (n: number) => plural('en', n, { one: 'and # more problem', other: 'and # more problems' }),
};

const fr: typeof en = {
  loading: 'Chargement du film…',
  errorHeading: 'Impossible d’afficher ce film',
  moreProblems: (n) => plural('fr', n, { one: 'et # autre problème', other: 'et # autres problèmes' }),
};

/** Strings of the base element (loading and error states). */
export const baseTranslations: Translations<typeof en> = { en, fr };
