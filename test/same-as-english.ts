/**
 * The English tables every language translates, and the strings each language rightly keeps as in
 * English (test/locales.test.ts, test/i18n.test.ts).
 */
import { awardsMessages } from '../src/elements/film-awards-list/film-awards-list.strings.js';
import { cardMessages } from '../src/elements/film-card/film-card.strings.js';
import { badgeMessages } from '../src/elements/film-ratings-badge/film-ratings-badge.strings.js';
import { carouselMessages } from '../src/elements/film-review-carousel/film-review-carousel.strings.js';
import { soundtrackMessages } from '../src/elements/film-soundtrack/film-soundtrack.strings.js';
import { baseMessages } from '../src/internal/base.strings.js';
import type { Messages } from '../src/internal/i18n.js';
import type { LocaleTables } from '../src/locales/index.js';

/** Each section of a locale's tables, in English: the reference. */
export const ENGLISH: Record<keyof LocaleTables, Messages> = {
  base: baseMessages,
  card: cardMessages,
  badge: badgeMessages,
  awards: awardsMessages,
  carousel: carouselMessages,
  soundtrack: soundtrackMessages,
};

/**
 * Strings that are rightly the same as English in a language: `*` for every language (abbreviations
 * and formats), else per locale, as `table.key` or `table.key.word`. Keep it short: a string here is
 * one a reader of that language would write exactly so.
 */
export const SAME_AS_ENGLISH: Record<string, string[]> = {
  // Abbreviations, formats and punctuation: "{source}: {score}", ", " and "({text})" are how most
  // languages write them (those that do otherwise, such as Arabic's "،" or CJK's "（）", say so).
  '*': [
    'card.releaseKind.dvd',
    'card.releaseKind.vhs',
    'carousel.slidePosition',
    'badge.ratingName',
    'base.listSeparator',
    'base.parenthetical',
  ],
  fr: [
    'card.budget',
    'card.nominations',
    'card.releaseKind.festival',
    'card.releaseKind.streaming',
    'awards.countNominated',
    'soundtrack.albumLabel',
    'soundtrack.albumNotes',
  ],
  // de, nl, da, sv, nb, fi, cs, pl: "{source}: {score}" (and ", {band:lower}") is these languages' own
  // punctuation. "Budget" is the word in German, Dutch, Danish and Swedish; "Disc 1" is how German
  // packaging numbers discs; "streaming" is the Dutch, Danish and Polish word; Danish and Norwegian
  // say "premiere" and number a record's sides "Side A".
  de: ['badge.ratingNameWithBand', 'card.budget', 'soundtrack.disc'],
  nl: ['badge.ratingNameWithBand', 'card.budget', 'card.releaseKind.streaming'],
  da: ['badge.ratingNameWithBand', 'card.budget', 'card.releaseKind.premiere', 'card.releaseKind.streaming', 'soundtrack.side'],
  sv: ['badge.ratingNameWithBand', 'card.budget'],
  nb: ['badge.ratingNameWithBand', 'card.releaseKind.premiere', 'soundtrack.side'],
  fi: ['badge.ratingNameWithBand'],
  cs: ['badge.ratingNameWithBand'],
  pl: ['badge.ratingNameWithBand', 'card.releaseKind.streaming'],
  // "{source}: {score}": a colon with a space is these languages' own punctuation too.
  vi: ['badge.ratingNameWithBand'],
  // "Distributor" is the Indonesian word (KBBI; the film infobox's own label).
  id: ['badge.ratingNameWithBand', 'card.distributor'],
  // "{source}: {score}": the colon and space are these languages' own punctuation; Russian and Ukrainian
  // also write the band after a comma and lower-case it ("Metacritic: 82 из 100, всеобщее признание").
  ru: ['badge.ratingNameWithBand'],
  uk: ['badge.ratingNameWithBand'],
  // es, it, pt, pt-BR, ro, el, hu, tr: "{source}: {score}" (and ", {band:lower}") is these languages' own
  // punctuation. "festival" is the same word in Spanish, Italian, Portuguese, Romanian and Turkish, and
  // "streaming" is what film sites in Spain, Italy, Portugal, Brazil, Romania, Greece and Hungary say.
  // Italian film journalism says "budget"; Brazilian Portuguese says "slide" (not "diapositivo").
  es: ['badge.ratingNameWithBand', 'card.releaseKind.festival', 'card.releaseKind.streaming'],
  it: ['badge.ratingNameWithBand', 'card.budget', 'card.releaseKind.festival', 'card.releaseKind.streaming'],
  pt: ['badge.ratingNameWithBand', 'card.releaseKind.festival', 'card.releaseKind.streaming'],
  'pt-BR': ['badge.ratingNameWithBand', 'card.releaseKind.festival', 'card.releaseKind.streaming', 'carousel.slide'],
  ro: ['badge.ratingNameWithBand', 'card.releaseKind.festival', 'card.releaseKind.streaming'],
  el: ['badge.ratingNameWithBand', 'card.releaseKind.streaming'],
  hu: ['badge.ratingNameWithBand', 'card.releaseKind.streaming'],
  tr: ['badge.ratingNameWithBand', 'card.releaseKind.festival'],
};
