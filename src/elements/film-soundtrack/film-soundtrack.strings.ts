/** UI strings of <film-soundtrack>, one table per language; English is the reference (the type keeps them in step). */
import { formatNumber } from '../../data/format.js';
import { plural, type Translations } from '../../internal/i18n.js';

const en = {
  albumLabel: 'Label',
  catalogNumber: 'Catalogue number',
  albumReleased: 'Released',
  musicBy: 'Music by',
  featuring: 'Featuring',
  otherPerformers: (n: number) => plural('en', n, { one: '# other', other: '# others' }),
  tracklist: 'Tracklist',
  albumNotes: 'Notes',
  side: (side: string) => `Side ${side}`,
  disc: (disc: string) => `Disc ${disc}`,
  trackCount: (n: number) => plural('en', n, { one: '# track', other: '# tracks' }),
  totalTime: 'total time',
  performedBy: 'performed by',
  songWriters: (names: string) => `written by ${names}`,
  highlightedTrack: 'highlighted',
  performerFilter: (performer: string, shown: number, total: number) =>
    `Tracks performed by ${performer}: ${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} shown, ${formatNumber(total - shown, 'en')} hidden`,
  showAllTracks: (n: number) => plural('en', n, { one: 'Show all # track', other: 'Show all # tracks' }),
  showFewerTracks: 'Show fewer tracks',
  noTracks: 'No tracks listed.',
};

export type Strings = typeof en;

const fr: Strings = {
  albumLabel: 'Label',
  catalogNumber: 'Référence',
  albumReleased: 'Parution',
  musicBy: 'Musique',
  featuring: 'Avec',
  otherPerformers: (n) => plural('fr', n, { one: '# autre', other: '# autres' }),
  tracklist: 'Liste des titres',
  albumNotes: 'Notes',
  side: (side) => `Face ${side}`,
  disc: (disc) => `Disque ${disc}`,
  trackCount: (n) => plural('fr', n, { one: '# titre', other: '# titres' }),
  totalTime: 'durée totale',
  performedBy: 'interprété par',
  songWriters: (names) => `écrit par ${names}`,
  highlightedTrack: 'mis en évidence',
  performerFilter: (performer, shown, total) =>
    `Titres interprétés par ${performer} : ${plural('fr', shown, { one: '# sur ' + formatNumber(total, 'fr') + ' affiché', other: '# sur ' + formatNumber(total, 'fr') + ' affichés' })}, ${plural('fr', total - shown, { one: '# masqué', other: '# masqués' })}`,
  showAllTracks: (n) => plural('fr', n, { one: 'Afficher # titre', other: 'Afficher les # titres' }),
  showFewerTracks: 'Afficher moins de titres',
  noTracks: 'Aucun titre répertorié.',
};

export const translations: Translations<Strings> = { en, fr };
