/**
 * UI strings in many languages, each loaded when a page first needs it.
 *
 * English is built in: each element keeps its English table beside it (`<name>.strings.ts`), so a page
 * loads only the strings of the elements it shows, and an English page downloads nothing more. Every
 * other language is one module, `src/locales/<locale>.ts`, with every element's strings in that
 * language, loaded the first time an element needs it; FilmElement waits for it before it renders,
 * so nothing shows in the wrong language.
 *
 * A message is text with named placeholders (`'Poster of {title}'`; `{band:lower}` lower-cases the
 * value the locale's way), or plural forms named by the categories of Intl.PluralRules
 * (`{ one: '{count} win', other: '{count} wins' }`), or a small map of words (`{ won: 'Won', … }`).
 * Numbers given as values are formatted with Intl, in the locale's own digits.
 */
import { formatNumber, pluralCategory } from '../data/format.js';
import { localeLoaders, type LocaleTables } from '../locales/index.js';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** Plural forms: `other` always, then whichever categories the language has (Arabic has all six). */
export type PluralMessage = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };
/** An English table: declared `as const`, so the types know each message's placeholders. */
export type Messages = { readonly [key: string]: string | PluralMessage | { readonly [word: string]: string } };
type Value = string | number;

/** Placeholder names in a message: `'{value} out of {max}'` → `'value' | 'max'`. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${infer Base}:${string}` ? Base : Name) | Placeholders<Rest>
  : never;

/** What an element gets for a table: strings, functions for messages with values or plural forms, word maps. */
export type Strings<T extends Messages> = {
  readonly [K in keyof T]: T[K] extends PluralMessage
    ? (count: number, values?: Partial<Record<Placeholders<T[K]['other']>, Value>>) => string
    : T[K] extends string
      ? [Placeholders<T[K]>] extends [never]
        ? string
        : (values: Record<Placeholders<T[K]>, Value>) => string
      : { readonly [W in keyof T[K]]: string };
};

/** What a language gives for an English table: the same keys, its own plural categories. */
export type Translated<T extends Messages> = {
  readonly [K in keyof T]: T[K] extends PluralMessage
    ? PluralMessage
    : T[K] extends string
      ? string
      : { readonly [W in keyof T[K]]: string };
};

/** Some of a language's tables (`registerTranslation`): any section, any key, any word. */
export type PartialTables = {
  readonly [S in keyof LocaleTables]?: {
    readonly [K in keyof LocaleTables[S]]?: LocaleTables[S][K] extends PluralMessage ? PluralMessage : Partial<LocaleTables[S][K]>;
  };
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlural = (value: unknown): value is PluralMessage => isObject(value) && typeof value.other === 'string';

// --- which tables a locale reads ------------------------------------------------------------------

/**
 * A `lang` value that is a BCP 47 tag, else undefined. Anything else (`lang="__proto__"`) is skipped:
 * locales key string tables, and such a key would find Object's prototype instead of a table.
 */
export function languageOf(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang).length === 1 ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where a locale finds its strings, most specific first, English left out (it is always last):
 * `de-AT` → `de-AT`, `de`; `zh-TW` → `zh-TW`, `zh-Hant`, `zh`; `zh` and `zh-CN` → …, `zh-Hans`;
 * `pt-BR` → `pt-BR`, `pt`; `no`, `nn` → …, `nb`.
 */
export function fallbackChain(locale: string): string[] {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale);
  } catch {
    return [];
  }
  const chain = [tag.toString()];
  // Chinese is written in two scripts; the region decides which (maximize: zh-TW → zh-Hant-TW).
  const script = tag.script ?? (tag.language === 'zh' ? tag.maximize().script : undefined);
  if (script) chain.push(`${tag.language}-${script}`);
  chain.push(tag.language);
  if (tag.language === 'no' || tag.language === 'nn') chain.push('nb');
  return chain.filter((name, i) => name !== 'en' && chain.indexOf(name) === i);
}

const shipped = new Map<string, Partial<LocaleTables>>();
const loads = new Map<string, Promise<void>>();
const failed = new Set<string>();
const registered = new Map<string, PartialTables>();

const shippedIn = (locale: string) => fallbackChain(locale).filter((name) => Object.hasOwn(localeLoaders, name));

/** True when the tables `locale` reads are here (or could not be loaded): it renders now. */
export function isLocaleReady(locale: string): boolean {
  return shippedIn(locale).every((name) => shipped.has(name) || failed.has(name));
}

/**
 * Loads the shipped tables `locale` reads (German for `de-AT`). Resolves when they are here, or have
 * failed to load: that language then falls back to English, with one warning. Never rejects.
 */
export function loadLocale(locale: string): Promise<void> {
  const pending = shippedIn(locale).map((name) => {
    let load = loads.get(name);
    if (!load) {
      load = localeLoaders[name]!().then(
        (module) => {
          shipped.set(name, module.default);
          compiled.clear();
        },
        (error: unknown) => {
          failed.add(name);
          console.warn(`film-elements: the "${name}" strings could not be loaded; English is shown instead.`, error);
        },
      );
      loads.set(name, load);
    }
    return load;
  });
  return Promise.all(pending).then(() => undefined);
}

/** Called when a registration changes what some locale says (FilmElement re-renders). */
export const translationListeners = new Set<() => void>();

/**
 * Adds a language, or rewords some of one: `registerTranslation('de', { card: { directedBy: 'Regisseur' } })`.
 * What a table leaves out comes from the shipped language, then from English; a later call for the
 * same locale adds to the earlier ones. Elements on the page re-render.
 */
export function registerTranslation(locale: string, tables: PartialTables): void {
  let tag: string;
  try {
    tag = new Intl.Locale(locale).toString();
  } catch {
    throw new RangeError(`registerTranslation: "${locale}" is not a language tag`);
  }
  const merged: Record<string, Record<string, unknown>> = { ...(registered.get(tag) as Record<string, Record<string, unknown>>) };
  for (const [section, table] of Object.entries(tables)) {
    if (!isObject(table)) continue;
    const into = { ...merged[section] };
    for (const [key, message] of Object.entries(table)) {
      // Word maps merge word by word; messages replace.
      into[key] = isObject(message) && !isPlural(message) && isObject(into[key]) ? { ...(into[key] as object), ...message } : message;
    }
    merged[section] = into;
  }
  registered.set(tag, merged as PartialTables);
  compiled.clear();
  for (const listener of translationListeners) listener();
}

// --- formatting ------------------------------------------------------------------------------------

/** Fills `{name}` and `{name:lower}`; numbers are formatted in the locale. A value not given stays as written. */
export function fill(message: string, values: Readonly<Record<string, Value | undefined>>, locale: string): string {
  return message.replace(/\{(\w+)(:lower)?\}/g, (placeholder, name: string, lower?: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return placeholder;
    const text = typeof value === 'number' ? formatNumber(value, locale) : value;
    return lower ? text.toLocaleLowerCase(locale) : text;
  });
}

/** The plural form for `count`, filled: `{count}` is the count in the locale's digits unless `values` say otherwise. */
export function plural(message: PluralMessage, count: number, values: Readonly<Record<string, Value | undefined>>, locale: string): string {
  const form = message[pluralCategory(count, locale)] ?? message.other;
  return fill(form, { count, ...values }, locale);
}

// --- an element's strings ----------------------------------------------------------------------------

/** The first table along the chain that has `section.key`: registered before shipped, then English's registration. */
function lookup(section: string, key: string, chain: readonly string[]): unknown[] {
  const found: unknown[] = [];
  for (const name of chain) {
    for (const tables of [registered.get(name), shipped.get(name)] as (Record<string, Record<string, unknown>> | undefined)[]) {
      const table = tables?.[section];
      if (table && Object.hasOwn(table, key)) found.push(table[key]);
    }
  }
  return found;
}

const compiled = new Map<string, unknown>();
const missing = new Set<string>();
function warnMissing(what: string) {
  if (missing.has(what)) return;
  missing.add(what);
  console.warn(`film-elements: no string for ${what}; English is shown instead.`);
}

/**
 * The strings of one table (`section`) in `locale`: what a language lacks comes from the next one along
 * its chain, then from English. Cached until a language loads or a translation is registered, so the
 * object identifies the wording (a cache keyed on it follows a registration).
 */
export function localize<T extends Messages>(section: string, english: T, locale: string): Strings<T> {
  const id = `${section}\n${locale}`;
  let result = compiled.get(id) as Strings<T> | undefined;
  if (result) return result;
  const chain = [...fallbackChain(locale), 'en'];
  const language = chain.find((name) => shipped.has(name));
  const out: Record<string, unknown> = {};
  for (const [key, base] of Object.entries(english)) {
    const found = lookup(section, key, chain);
    // A shipped language is complete (its type says so): a gap is a bug worth one warning, not silence.
    if (language && !found.length) warnMissing(`${language}: ${section}.${key}`);
    if (typeof base === 'string') {
      const message = (found.find((m) => typeof m === 'string') as string | undefined) ?? base;
      out[key] = /\{\w+(:lower)?\}/.test(base) ? (values: Record<string, Value>) => fill(message, values, locale) : message;
    } else if (isPlural(base)) {
      const message = (found.find(isPlural) as PluralMessage | undefined) ?? base;
      out[key] = (count: number, values: Record<string, Value> = {}) => plural(message, count, values, locale);
    } else {
      // A word map: each word from the first table that has it.
      out[key] = Object.fromEntries(
        Object.entries(base).map(([word, text]) => [
          word,
          found.map((m) => isObject(m) && m[word]).find((w) => typeof w === 'string') ?? text,
        ]),
      );
    }
  }
  compiled.set(id, (result = out as Strings<T>));
  return result;
}

/**
 * An element's strings table: `export const cardStrings = defineStrings('card', { … } as const)` beside
 * the element, then `cardStrings(this.locale)` in it. `section` names the table in the locale modules.
 */
export const defineStrings =
  <T extends Messages>(section: keyof LocaleTables, english: T) =>
  (locale: string): Strings<T> =>
    localize(section, english, locale);

/**
 * The words of a one-value message before and after its value: `around(s.asCharacter, 'character')`
 * → `['as ', '']` in English, `['', ' 役']` in Japanese. For a value rendered between two pieces of
 * markup (a visible name between words only screen readers hear).
 */
export function around<K extends string>(message: (values: Record<K, string>) => string, name: K): [before: string, after: string] {
  const marker = '\uE000';
  const [before = '', after = ''] = message({ [name]: marker } as Record<K, string>).split(marker);
  return [before, after];
}
