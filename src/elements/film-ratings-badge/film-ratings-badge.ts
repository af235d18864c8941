import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { Film, Rating } from '../../data/film.js';
import { FilmElement } from '../../internal/film-element.js';
import { externalLink } from '../../internal/templates.js';
import { TooltipController, tooltipStyles } from '../../internal/tooltip.js';
import { badgeStrings } from './film-ratings-badge.strings.js';
import { styles } from './film-ratings-badge.styles.js';
import { ratingText } from './rating-text.js';

/** Values of `variant`. */
export const BADGE_VARIANTS = ['full', 'compact'] as const;

/**
 * Five stars filled to `fraction` (0–1). A width attribute, not an inline style: nothing for a
 * Content-Security-Policy to block, and server rendering gets it right. The star shapes are a CSS clip-path.
 */
const stars = (fraction: number) =>
  html`<svg part="stars" class="stars" viewBox="0 0 5 1" preserveAspectRatio="none">
    <rect class="track" width="5" height="1" />
    <rect class="fill" width=${(fraction * 5).toFixed(3)} height="1" />
  </svg>`;

/**
 * Every score a film has — critics and audience, percentages, /100, /10 and /5 — each with its source,
 * its band in words (Metacritic's bands on /100, fresh or rotten at 60 %), a star meter for /10 and /5,
 * and, in a tooltip on hover or focus, the kind of score, the count behind it, the average, the
 * consensus and a link to the source. Each score is one focusable image whose accessible name says it
 * all ("Metacritic: 82 out of 100, universal acclaim"); the tooltip is its description.
 *
 * A film without ratings (or without one from `source`) renders nothing: the element takes no space
 * and announces nothing. Ratings the data layer rejects (value above max, negative, max 0, NaN) are
 * left out and listed in `problems` and in the `film-load` event; the rest still show.
 *
 * @summary A film's scores with their sources and bands, details in a tooltip.
 *
 * @csspart list - The list of scores, a `ul` (also `base`).
 * @csspart item - One score (`li`): the focusable score and its tooltip.
 * @csspart score - The score itself: a coloured box for /100 and percentages, the number otherwise.
 * @csspart source-name - The name of the source ("Metacritic").
 * @csspart band - The band in words ("Universal acclaim", "Fresh"); `full` variant.
 * @csspart stars - The five-star meter of /10 and /5 scores; `full` variant.
 * @csspart meta - Count and average ("51 reviews · avg. 7.7/10"); `full` variant.
 * @csspart tooltip - The tooltip with the details of a score.
 *
 * @cssprop --film-color-star - Filled part of the star meter.
 */
export class FilmRatingsBadge extends FilmElement {
  static override styles = [...FilmElement.styles, tooltipStyles, styles];
  protected static override enumerated = { ...FilmElement.enumerated, variant: BADGE_VARIANTS };
  static override get properties(): PropertyDeclarations {
    return {
      source: {},
      variant: { reflect: true },
    };
  }

  /** UI strings in the element's language (its own table: a page loads only the strings it shows). */
  private get strings() {
    return badgeStrings(this.locale);
  }

  /** Shows only the scores from this source (case-insensitive, e.g. `metacritic`); all of them when unset. */
  declare source?: string;

  /** `full`: score, source, band, count and average. `compact`: score and source on one line (the rest in the tooltip). */
  variant: (typeof BADGE_VARIANTS)[number] = 'full';

  constructor() {
    super();
    // Hover and focus on any trigger in the shadow root open its tooltip; see src/internal/tooltip.ts.
    new TooltipController(this);
  }

  protected renderFilm(film: Film) {
    const wanted = this.source?.trim().toLowerCase();
    const ratings = (film.ratings ?? []).filter((rating) => !wanted || rating.source.toLowerCase() === wanted);
    if (!ratings.length) return nothing;
    return html`<ul part="base list" class="list" aria-label=${this.strings.ratingsOf({ title: film.title })}>
      ${ratings.map((rating, i) => this.renderRating(rating, i))}
    </ul>`;
  }

  private renderRating(rating: Rating, i: number) {
    const s = this.strings;
    const full = this.variant !== 'compact';
    const { scale, tone, fraction, shown, bandWord, name, meta, count, average } = ratingText(rating, s, this.locale);

    // The tooltip adds what the score does not say; a score with nothing to add gets no tooltip (and no tab stop).
    const details = [
      !full && bandWord ? html`<strong>${bandWord}</strong>` : undefined,
      rating.kind && html`<span class="tip-kind">${s.ratingKind[rating.kind]}</span>`,
      count,
      average,
      rating.summary && html`<q>${rating.summary}</q>`,
      rating.url && externalLink(rating.url, s.ratingLink({ source: rating.source })),
    ].filter(Boolean);
    const tip = details.length ? `tip-${i}` : undefined;

    // Each tooltip line ends with a space: it keeps the lines apart in the description read out.

    return html`<li part="item" class="item ${tone ?? 'neutral'}">
      <span
        class="trigger"
        role="img"
        aria-label=${name}
        aria-describedby=${ifDefined(tip)}
        tabindex=${ifDefined(tip ? 0 : undefined)}
      >
        <span class="visual" aria-hidden="true">
          <span part="score" class="score is-${scale}">${shown}</span>
          <span class="text">
            <span part="source-name" class="source">${rating.source}</span>
            ${full && bandWord ? html`<span part="band" class="band">${bandWord}</span>` : nothing}
            ${full && scale === 'stars' ? stars(fraction) : nothing}
            ${full && meta.length ? html`<span part="meta" class="meta">${meta.join(' · ')}</span>` : nothing}
          </span>
        </span>
      </span>
      ${
        tip
          ? html`<div role="tooltip" id=${tip} part="tooltip" class="tip">
            ${details.map((detail) => html`<div>${detail} </div>`)}
            <span data-arrow></span>
          </div>`
          : nothing
      }
    </li>`;
  }
}
