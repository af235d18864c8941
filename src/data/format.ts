/**
 * Formatting through Intl, in the element's locale. Pure functions of (value, locale): no DOM, so
 * they run in render() and on a server alike. Formatters are cached: Intl constructors are costly and
 * a page may render a thousand cards.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules | Intl.DisplayNames>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules | Intl.DisplayNames>(
  kind: string,
  locale: string,
  options: object,
  make: (locales: string[]) => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    // An unknown or malformed lang falls back to English instead of throwing a RangeError.
    try {
      formatter = make([locale, 'en']);
    } catch {
      formatter = make(['en']);
    }
    cache.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', locale, options, (l) => new Intl.NumberFormat(l, options));

export const formatNumber = (value: number, locale: string, options?: Intl.NumberFormatOptions) =>
  numberFormat(locale, options).format(value);

/** 112 → "1 hr 52 min" (en), "1 h 52 min" (fr). */
export function formatRuntime(minutes: number, locale: string, unitDisplay: 'short' | 'long' = 'short'): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  const parts: string[] = [];
  if (hours) parts.push(formatNumber(hours, locale, { style: 'unit', unit: 'hour', unitDisplay }));
  if (rest || !hours) parts.push(formatNumber(rest, locale, { style: 'unit', unit: 'minute', unitDisplay }));
  return parts.join(' ');
}

/** 225 → "3:45"; 3725 → "1:02:05". */
export function formatClock(seconds: number, locale = 'en'): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  // Digits in the locale's own numbering system (Persian ۳:۴۵), no grouping: a clock, not an amount.
  const two = (n: number) => formatNumber(n, locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = (n: number) => formatNumber(n, locale, { useGrouping: false });
  return h ? `${one(h)}:${two(m)}:${two(total % 60)}` : `${one(m)}:${two(total % 60)}`;
}

/** 225 → "3 minutes, 45 seconds": what a screen reader should say for "3:45". */
export function formatSpokenDuration(seconds: number, locale: string): string {
  const total = Math.round(seconds);
  const units: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  const parts = units
    .filter(([amount], i) => amount > 0 || (total === 0 && i === 2))
    .map(([amount, unit]) => formatNumber(amount, locale, { style: 'unit', unit, unitDisplay: 'long' }));
  return formatList(parts, locale, 'unit');
}

/** ISO dates of any precision: "1995" → "1995", "1995-10" → "October 1995", "1995-10-27" → "October 27, 1995". */
export function formatDate(iso: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: style, timeZone: 'UTC' }
    : month
      ? { year: 'numeric', month: style === 'long' ? 'long' : 'short', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return cached('d', locale, options, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

/** { amount: 32029928, currency: "USD" } → "$32,029,928" */
export function formatMoney(money: { amount: number; currency: string }, locale: string): string {
  try {
    return formatNumber(money.amount, locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 0 });
  } catch {
    return `${formatNumber(money.amount, locale)} ${money.currency}`;
  }
}

/** ["Drama", "Romance"] → "Drama and Romance" (conjunction) or "Drama, Romance" (unit). */
export function formatList(items: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  const options = { style: 'long', type } as const;
  return cached('l', locale, options, (l) => new Intl.ListFormat(l, options)).format(items);
}

/** Chooses the plural category ("one", "other", …) for a count in a locale. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached('p', locale, {}, (l) => new Intl.PluralRules(l)).select(count);
}

const REGION = { type: 'region' } as const;

/** "US" → "United States"; anything that is not a region code is returned as it is. */
export function formatRegion(region: string, locale: string): string {
  if (!/^[A-Z]{2}$|^\d{3}$/.test(region)) return region;
  try {
    // Cached like the other formatters: a new DisplayNames per call cost ~60 ms on a page of 1,000 cards (bench/).
    return cached('r', locale, REGION, (l) => new Intl.DisplayNames(l, REGION)).of(region) ?? region;
  } catch {
    return region;
  }
}
