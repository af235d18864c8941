/** ISO 8601 duration such as "PT1H52M" or "PT3M12S" (at least one number: "P" and "PT" are not durations). */
export const ISO_DURATION = /^P(?=\d|T\d)(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Clock durations: "m:ss" (any minutes) or "h:mm:ss" (minutes below 60). */
export const CLOCK_DURATION = /^(?:(\d+):([0-5]\d)|(\d+)):([0-5]\d)$/;

/**
 * Seconds in a duration given as seconds, "m:ss", "h:mm:ss" or ISO 8601 ("PT3M12S").
 * Returns undefined for anything else (the schema has already rejected those).
 */
export function durationSeconds(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const clock = CLOCK_DURATION.exec(value);
  if (clock) {
    const [, hours = 0, minutesAfterHours, minutes = minutesAfterHours, seconds] = clock;
    return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  const iso = ISO_DURATION.exec(value);
  if (iso) {
    const [, d = 0, h = 0, m = 0, s = 0] = iso;
    return Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
  }
  return undefined;
}
