import type { Award, Film, Rating } from '../../data/film.js';
import { formatDate, formatList, formatMoney, formatNumber, formatRegion, formatRuntime } from '../../data/format.js';
import type { BaseStrings } from '../../internal/base.strings.js';
import { around } from '../../internal/i18n.js';
import type { CardStrings } from './film-card.strings.js';

/*
 * What <film-card> says about a film, as text and choices: pure functions, kept out of the element so
 * the benchmark baselines (bench/views/card.ts) show the same card without a copy.
 */

/** Synopses longer than this many characters are clamped with a "Read more" button. */
export const SYNOPSIS_CLAMP = 320;

/** Cast members shown before "Show all" when `cast-limit` is not a number (`cast-limit="abc"`). */
export const DEFAULT_CAST_LIMIT = 6;

/** The scores the summary line shows: the first ones given. */
const SUMMARY_SCORES = 3;

/** How many cast members show while collapsed: at least one, and the default for anything but a number. */
export const shownCastLimit = (limit: number): number => (Number.isFinite(limit) ? Math.max(1, limit) : DEFAULT_CAST_LIMIT);

/** The poster's box before it loads, so the card does not jump: its own proportions, else a film poster's 2:3. */
export const posterAspectRatio = (poster: Film['poster']): string =>
  poster?.width && poster.height ? `${poster.width} / ${poster.height}` : '2 / 3';

/** A rating as short text: "82/100", "90%", "7.5/10". */
export function shortScore(rating: Rating, locale: string): string {
  const value = formatNumber(rating.value, locale);
  return rating.unit === '%'
    ? formatNumber(rating.value / 100, locale, { style: 'percent' })
    : `${value}/${formatNumber(rating.max, locale)}`;
}

/** The award the summary names: an Academy Award won, else the first win. */
export const headlineAward = (wins: readonly Award[]): Award | undefined =>
  wins.find((a) => /academy award|oscar/i.test(a.name)) ?? wins[0];

/** Everything the card shows that takes formatting or a search through the film: see `textFor`. */
export interface CardText {
  runtime?: string;
  genres?: string;
  /** The first three ratings: short score and its spoken form. */
  scores: { rating: Rating; short: string; spoken: string }[];
  headline?: Award;
  /** "17 wins · 14 nominations"; undefined when the film has no awards (empty when none is a win or nomination). */
  awardsSummary?: string;
  releases: { date: string; formatted: string; details: string }[];
  /** The source work's kind and year ("novel, 1990"), in parentheses; empty when neither is known. */
  basedOnDetails: string;
  /** The words around a character's name ("as " before it in English), read out, not shown. */
  asCharacter: [before: string, after: string];
  distributors?: string;
  boxOffice?: string;
  budget?: string;
  /** The UI's messages about this film ("Rated R", "Show all 18 cast members"): filled once, not per card. */
  posterAlt?: string;
  rated?: string;
  wonAward?: string;
  showAllCast: string;
}

/**
 * Formatted text per film and wording, shared by every card that shows the same film: parse results
 * are shared (FilmElement), so a page of 1,000 cards fed the same JSON formats once instead of 1,000
 * times (about a third of their render time, measured in bench/). Weak keys: it goes with the film.
 * The strings object stands for the locale and its wording (a registered translation makes a new one).
 */
const texts = new WeakMap<Film, Map<CardStrings, CardText>>();

/** The card's text for `film` in `locale` (strings `s` of that locale), formatted once per film and wording. */
export function textFor(film: Film, locale: string, s: CardStrings, common: BaseStrings): CardText {
  let byWording = texts.get(film);
  if (!byWording) texts.set(film, (byWording = new Map()));
  let text = byWording.get(s);
  if (!text) byWording.set(s, (text = cardText(film, locale, s, common)));
  return text;
}

function cardText(film: Film, locale: string, s: CardStrings, common: BaseStrings): CardText {
  const aside = (items: unknown[]) => {
    const text = items.filter(Boolean).join(common.listSeparator);
    return text && common.parenthetical({ text });
  };
  const awards = film.awards ?? [];
  const wins = awards.filter((a) => a.result === 'won');
  const nominations = awards.filter((a) => a.result === 'nominated').length;
  const headline = headlineAward(wins);
  return {
    runtime: film.runtime ? formatRuntime(film.runtime, locale) : undefined,
    genres: film.genres?.length ? formatList(film.genres, locale, 'unit') : undefined,
    scores: (film.ratings ?? []).slice(0, SUMMARY_SCORES).map((rating) => ({
      rating,
      short: shortScore(rating, locale),
      spoken: s.scoreOutOf({ value: rating.value, max: rating.max }),
    })),
    headline,
    // Without a list of awards, the sentence a source gives (OMDb's "Won 1 Oscar. 17 wins & 17 nominations total").
    awardsSummary: awards.length
      ? [wins.length ? s.wins(wins.length) : '', nominations ? s.nominations(nominations) : ''].filter(Boolean).join(' · ')
      : film.awardsSummary,
    releases: (film.releases ?? []).map((release) => ({
      date: release.date,
      formatted: formatDate(release.date, locale),
      details: aside([
        release.region && formatRegion(release.region, locale),
        // The kind is free text from the data: only the table's own keys translate ("constructor" stays text).
        release.kind &&
          (Object.hasOwn(s.releaseKind, release.kind) ? s.releaseKind[release.kind as keyof CardStrings['releaseKind']] : release.kind),
      ]),
    })),
    basedOnDetails: aside([film.basedOn?.kind, film.basedOn?.year]),
    asCharacter: around(s.asCharacter, 'character'),
    distributors: film.distributors?.length ? formatList(film.distributors, locale, 'unit') : undefined,
    boxOffice: film.boxOffice && formatMoney(film.boxOffice, locale),
    budget: film.budget && formatMoney(film.budget, locale),
    posterAlt: film.poster && (film.poster.alt ?? s.posterOf({ title: film.title })),
    rated: film.contentRating && s.rated({ rating: film.contentRating }),
    wonAward: headline && s.wonAward({ award: `${headline.name} – ${headline.category}` }),
    showAllCast: s.showAllCast(film.cast?.length ?? 0),
  };
}
