/*
 * The film format's rules that are not shapes: what a date, a score, a currency or a track's duration
 * must be. Written once here, without valibot, for the schema (schema.ts) and for the hand check the
 * elements load instead of it (validate-by-hand.ts).
 */
import { durationSeconds } from './duration.js';
import { KINDS } from './enums.js';

/** The kinds accepted on input: version 0.1 spelled a score's kind `critics`, normalised to `critic` until 0.3. */
export const KIND_INPUTS = [...KINDS, 'critics'] as const;

/** A review's thumbs up or down (Rotten Tomatoes' fresh and rotten): a verdict, not a score. */
export const VERDICTS = ['positive', 'negative'] as const;

/** ISO 8601 calendar date, full or reduced precision: "1995", "1995-10" or "1995-10-27". */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Whether a date that matches `ISO_DATE` exists: the regex lets 1995-02-31 through; a real date
 * survives the round trip through Date. Days up to 28 exist in every month: most dates skip the Date
 * (10,000 reviews are validated at first render).
 */
export function dateExists(iso: string): boolean {
  const day = iso.length === 10 ? Number(iso.slice(8)) : 1;
  return day <= 28 || new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, day)).getUTCDate() === day;
}

/** A score on its own scale: 0 ≤ value ≤ max and max > 0. */
export const inScale = (s: { value: number; max: number }): boolean => s.max > 0 && s.value >= 0 && s.value <= s.max;

/** ISO 4217 currency code: three capitals. */
export const CURRENCY = /^[A-Z]{3}$/;

/** The longest track we believe: a day. */
export const MAX_TRACK_SECONDS = 86_400;

/** At most 24 hours in every form: "25:00:00" or "PT30H" is as impossible for a track as 90,000 seconds. */
export const trackDurationFits = (duration: number | string): boolean => (durationSeconds(duration) ?? 0) <= MAX_TRACK_SECONDS;
