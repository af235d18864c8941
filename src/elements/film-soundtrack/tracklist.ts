import type { Soundtrack, Track } from '../../data/film.js';
import type { SoundtrackStrings } from './film-soundtrack.strings.js';

/*
 * How <film-soundtrack> reads an album: pure functions, kept out of the element so the benchmark
 * baselines (bench/views/soundtrack.ts) derive the same rows without a copy.
 */

/** One track as the list shows it: its place in the album and how it relates to `highlight`. */
export interface Row {
  track: Track;
  /** What the position column says: the given position, or the track's number when none has one. */
  position: string;
  /** Seconds, only when known and positive (a zero duration is a placeholder, never "0:00"). */
  seconds?: number;
  highlighted: boolean;
}

/** A run of consecutive shown rows on the same side or disc; `label` is undefined when ungrouped. */
export interface Group {
  label?: string;
  start: number;
  end: number;
}

/** Everything `render()` needs, derived once per film, filter or highlight change (see willUpdate). */
export interface View {
  soundtrack: Soundtrack;
  rows: Row[];
  groups: Group[];
  /** Tracks on the album (before the performer filter). */
  total: number;
  /** Sum of all durations, only when every track has one. */
  totalSeconds?: number;
  hasDurations: boolean;
  /** Featured performers in order of first appearance. */
  performers: string[];
}

/** Side positions: "A1", "B12" (vinyl, cassette). */
const SIDE = /^([A-Z])\s*\d+$/i;
/** Disc positions: "2-3", "1.04", "CD2-3". */
const DISC = /^(?:CD|Disc|D)?\s*(\d+)\s*[-–./]\s*\d+$/i;

/** How many featured performers the header names before "and N others". */
export const FEATURED_LIMIT = 5;

/** Names compared the way a reader would: case, accents and outer spaces don't matter. */
export const nameKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/**
 * Side or disc of every track when the positions say so: all positioned tracks use the same scheme
 * ("A1"… or "1-1"…). Tracks without a position stay with the previous one. Otherwise undefined.
 */
function sidesOrDiscs(tracks: Track[], side: (s: string) => string, disc: (d: string) => string): (string | undefined)[] | undefined {
  const positions = tracks.map((track) => (track.position === undefined ? undefined : String(track.position).trim()));
  const given = positions.filter((p): p is string => !!p);
  if (!given.length) return undefined;
  const kind = given.every((p) => SIDE.test(p)) ? 'side' : given.every((p) => DISC.test(p)) ? 'disc' : undefined;
  if (!kind) return undefined;
  let current: string | undefined;
  return positions.map((p) => {
    if (p) current = kind === 'side' ? side(SIDE.exec(p)![1]!.toUpperCase()) : disc(String(Number(DISC.exec(p)![1])));
    return current;
  });
}

/**
 * What the element shows of an album, derived once per film, filter or highlight change: rows with
 * their positions, side or disc groups, the total time (only when every track has one) and the
 * featured performers. `performer` keeps only that performer's tracks; `highlight` marks them.
 */
export function tracklistView(
  soundtrack: Soundtrack,
  s: SoundtrackStrings,
  { performer, highlight: marked }: { performer?: string; highlight?: string } = {},
): View {
  const { tracks } = soundtrack;
  const numbered = tracks.every((track) => track.position === undefined);
  const groupOf = sidesOrDiscs(
    tracks,
    (side) => s.side({ side }),
    (disc) => s.disc({ disc }),
  );
  const filter = performer?.trim() ? nameKey(performer) : undefined;
  const highlight = marked?.trim() ? nameKey(marked) : undefined;
  const performers = new Map<string, string>();
  const rows: Row[] = [];
  const groups: Group[] = [];
  let totalSeconds: number | undefined = 0;
  let hasDurations = false;
  tracks.forEach((track, i) => {
    const keys = (track.performers ?? []).map(nameKey);
    track.performers?.forEach((name, j) => performers.has(keys[j]!) || performers.set(keys[j]!, name));
    const seconds = track.duration && track.duration > 0 ? track.duration : undefined;
    if (seconds === undefined) totalSeconds = undefined;
    else if (totalSeconds !== undefined) totalSeconds += seconds;
    if (filter !== undefined && !keys.includes(filter)) return;
    hasDurations ||= seconds !== undefined;
    const label = groupOf?.[i];
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.end++;
    else groups.push({ label, start: rows.length, end: rows.length + 1 });
    rows.push({
      track,
      position: numbered ? String(i + 1) : String(track.position ?? ''),
      seconds,
      highlighted: highlight !== undefined && keys.includes(highlight),
    });
  });
  return {
    soundtrack,
    rows,
    groups,
    total: tracks.length,
    totalSeconds: tracks.length ? totalSeconds : undefined,
    hasDurations,
    performers: [...performers.values()],
  };
}
