/** UI strings of <film-soundtrack> in English: the reference every language in src/locales/ translates. */
import { defineStrings } from '../../internal/i18n.js';

export const soundtrackMessages = {
  /** The record label. */
  albumLabel: 'Label',
  catalogNumber: 'Catalogue number',
  albumReleased: 'Released',
  musicBy: 'Music by',
  featuring: 'Featuring',
  /** At the end of a long list of featured performers: "…, Sting and 4 others". */
  otherPerformers: { one: '{count} other', other: '{count} others' },
  tracklist: 'Tracklist',
  albumNotes: 'Notes',
  side: 'Side {side}',
  disc: 'Disc {disc}',
  trackCount: { one: '{count} track', other: '{count} tracks' },
  /** The album's running time, shown as "71:33 total time" and read out as "1 hour, 11 minutes, 33 seconds total time". */
  totalTime: '{time} total time',
  /** A track's performers: "performed by Nicolas Cage and Sting". Only the names are shown; the words are read out. */
  performedBy: 'performed by {names}',
  songWriters: 'written by {names}',
  /** Read out after the name of the `highlight` performer on a track (shown in parentheses): "Sting (highlighted)". */
  highlightedTrack: 'highlighted',
  /** With performer="…": "Tracks performed by Sting: 3 of 25 shown, 22 hidden". */
  performerFilter: 'Tracks performed by {performer}: {shown}, {hidden}',
  performerShown: { one: '{count} of {total} shown', other: '{count} of {total} shown' },
  performerHidden: { one: '{count} hidden', other: '{count} hidden' },
  showAllTracks: { one: 'Show all {count} track', other: 'Show all {count} tracks' },
  showFewerTracks: 'Show fewer tracks',
  noTracks: 'No tracks listed.',
} as const;

export const soundtrackStrings = defineStrings('soundtrack', soundtrackMessages);
export type SoundtrackStrings = ReturnType<typeof soundtrackStrings>;
