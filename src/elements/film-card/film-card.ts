import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import type { Film } from '../../data/film.js';
import { baseStrings } from '../../internal/base.strings.js';
import { FilmElement } from '../../internal/film-element.js';
import { layoutByWidth } from '../../internal/styles.js';
import { disclosure, externalLink, heading, slots } from '../../internal/templates.js';
import { posterAspectRatio, shownCastLimit, SYNOPSIS_CLAMP, textFor, type CardText } from './card-text.js';
import { cardStrings } from './film-card.strings.js';
import { styles } from './film-card.styles.js';

/**
 * A film at a glance: poster, title, year, rating, runtime, genres, credits, cast, synopsis, releases,
 * distributor, box office, and a compact line with the headline scores and awards. Lays itself out by
 * its own width: stacked below 480 px, poster beside the text above.
 *
 * @summary A card showing one film.
 *
 * @csspart card - The card's outer box, an `article` (also `base`).
 * @csspart poster - The poster image, or the placeholder shown when there is none or it fails to load.
 * @csspart title - The film's title (a heading of level `heading-level`).
 * @csspart meta - The line with year, content rating, runtime and genres.
 * @csspart tagline - The tagline.
 * @csspart summary - The compact line of headline scores and awards.
 * @csspart credits - Directors, writers and source work.
 * @csspart synopsis - The synopsis and its "Read more" button.
 * @csspart cast - The cast list and its "Show all" button.
 * @csspart facts - Releases, distributor, box office and budget.
 * @csspart disclosure - The disclosure buttons ("Read more", "Show all 18 cast members").
 * @csspart button - Deprecated: the same buttons as `disclosure` (kept until 0.3).
 *
 * @cssprop --film-card-poster-width - Poster width in the wide layout (default 34%).
 */
export class FilmCard extends FilmElement {
  static override styles = [...FilmElement.styles, layoutByWidth, styles];
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      castLimit: { type: Number, attribute: 'cast-limit' },
      castExpanded: { state: true },
      synopsisExpanded: { state: true },
      posterFailed: { state: true },
    };
  }

  /** UI strings in the element's language (its own table: a page loads only the strings it shows). */
  private get strings() {
    return cardStrings(this.locale);
  }

  /** Level (1–6) of the title heading, so the card fits the page's outline. Section headings use the next level. */
  headingLevel = 3;

  /** How many cast members show before "Show all". */
  castLimit = 6;

  private castExpanded = false;
  private synopsisExpanded = false;
  private posterFailed = false;
  /** The film's formatted text in the card's language; derived when either changes. */
  private text?: CardText;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new film, from any input, starts collapsed and gets a fresh chance to load its poster.
    if (changed.has('filmData')) {
      this.castExpanded = false;
      this.synopsisExpanded = false;
      this.posterFailed = false;
    }
    // Every update: the text is cached per film and wording, and a registered translation rewords it.
    this.text = this.filmData && textFor(this.filmData, this.locale, this.strings, baseStrings(this.locale));
  }

  protected renderFilm(film: Film) {
    const text = this.text!;
    return html`<article part="base card" class="card surface" aria-labelledby="title">
      ${this.renderPoster(film, text)}
      <div class="body">
        <header>
          ${heading(this.headingLevel, film.title, { id: 'title', part: 'title', className: 'title' })}
          ${
            film.originalTitle && film.originalTitle !== film.title
              ? html`<p class="original-title" dir="auto">${film.originalTitle}</p>`
              : nothing
          }
          ${this.renderMeta(film, text)}
          ${film.tagline ? html`<p part="tagline" class="tagline" dir="auto">${film.tagline}</p>` : nothing}
        </header>
        ${this.renderSummary(text)} ${this.renderCredits(film, text)} ${this.renderSynopsis(film)} ${this.renderCast(film, text)}
        ${this.renderFacts(text)}
      </div>
    </article>`;
  }

  private renderPoster(film: Film, text: CardText) {
    const { poster } = film;
    // On a server, what `updated()` sets in a browser, written as a browser writes it: taking the server's
    // render over then changes nothing. In a browser, no attribute (see `updated()`).
    const serverStyle = isServer ? `aspect-ratio: ${posterAspectRatio(poster)};` : undefined;
    if (!poster || this.posterFailed) {
      return html`<div part="poster" class="poster placeholder" style=${ifDefined(serverStyle)}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v14H4zM4 9h16M4 15h16M8 5v4M12 5v4M16 5v4M8 15v4M12 15v4M16 15v4" /></svg>
        <span>${this.strings.noPoster}</span>
      </div>`;
    }
    return html`<img
      part="poster"
      class="poster"
      src=${poster.src}
      alt=${text.posterAlt!}
      width=${poster.width ?? 300}
      height=${poster.height ?? 450}
      style=${ifDefined(serverStyle)}
      loading="lazy"
      decoding="async"
      @error=${() => (this.posterFailed = true)}
    />`;
  }

  /**
   * The poster's box keeps the poster's proportions before the image loads and after it fails (the
   * placeholder then), so the card does not move. Set through the CSSOM after each render: a `style`
   * attribute breaks under a strict Content-Security-Policy, and a directive for this one value cost
   * the card 0.3 kB of its first load. A server writes the same style as an attribute (`serverStyle`).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const poster = this.renderRoot.querySelector<HTMLElement>('.poster');
    if (poster) poster.style.aspectRatio = posterAspectRatio(this.filmData?.poster);
  }

  private renderMeta(film: Film, text: CardText) {
    const { year, contentRating } = film;
    const { runtime, genres } = text;
    if (year === undefined && !contentRating && !runtime && !genres) return nothing;
    // A slot per item, not a mapped list: the line has at most these four, and a list item costs a
    // template instance more and two marker comments (bench/, case 1). Each item is one whole template.
    return html`<ul part="meta" class="meta separated">
      ${year === undefined ? nothing : html`<li dir="auto">${year}</li>`}${
        contentRating ? html`<li dir="auto"><abbr title=${text.rated!} class="rating">${contentRating}</abbr></li>` : nothing
      }${runtime ? html`<li dir="auto"><span title=${this.strings.runtime}>${runtime}</span></li>` : nothing}${
        genres ? html`<li dir="auto">${genres}</li>` : nothing
      }
    </ul>`;
  }

  /** The headline scores and awards: at most three scores, the top award, the win/nomination count. */
  private renderSummary({ scores, wonAward, awardsSummary }: CardText) {
    const s = this.strings;
    if (!scores.length && awardsSummary === undefined) return nothing;
    return html`<div part="summary" class="summary-box"><ul class="summary separated" aria-label=${s.ratingsAndAwards}>
      ${scores.map(
        ({ rating, short, spoken }) => html`<li dir="auto">
          <span class="source">${rating.source}</span>
          <strong aria-hidden="true">${short}</strong>
          <span class="visually-hidden">${spoken}</span>
        </li>`,
      )}
      ${
        wonAward
          ? html`<li class="award">
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 3h8v5a4 4 0 0 1-8 0zM12 12v5M8 21h8M9 17h6" /></svg>
            ${wonAward}
          </li>`
          : nothing
      }
      ${awardsSummary !== undefined ? html`<li>${awardsSummary}</li>` : nothing}
    </ul></div>`;
  }

  private renderCredits(film: Film, text: CardText) {
    const s = this.strings;
    const { listSeparator: separator, parenthetical } = baseStrings(this.locale);
    // Names with neither link nor role are one text, not a template each: template instances (and
    // their marker comments) are most of a card's first-render cost (bench/, case 1).
    const names = (people: { name: string; url?: string; role?: string }[]) =>
      people.every((person) => !person.url && !person.role)
        ? people.map((person) => person.name).join(separator)
        : people.map((person, i) =>
            // Two whole templates rather than a nested one for the role: one template instance per person.
            person.role
              ? html`${i ? separator : ''}${externalLink(person.url, person.name)}<span class="role">${parenthetical({ text: person.role })}</span>`
              : html`${i ? separator : ''}${externalLink(person.url, person.name)}`,
          );
    const { directors, writers, basedOn } = film;
    if (!directors?.length && !writers?.length && !basedOn) return nothing;
    // A slot per row, not a mapped list (see renderMeta).
    return html`<dl part="credits" class="credits">
      ${directors?.length ? row(s.directedBy, names(directors)) : nothing}${writers?.length ? row(s.writtenBy, names(writers)) : nothing}${
        basedOn ? row(s.basedOn, this.renderSource(basedOn, text)) : nothing
      }
    </dl>`;
  }

  /** "<cite>Leaving Las Vegas</cite> (novel, 1990) by John O'Brien", in the order the language says it. */
  private renderSource(source: NonNullable<Film['basedOn']>, text: CardText) {
    const work = text.basedOnDetails
      ? html`<cite>${source.title}</cite><span class="role">${text.basedOnDetails}</span>`
      : html`<cite>${source.title}</cite>`;
    return source.author ? slots(this.strings.sourceBy, { work, author: source.author }) : work;
  }

  private renderSynopsis(film: Film) {
    if (!film.synopsis) return nothing;
    const long = film.synopsis.length > SYNOPSIS_CLAMP;
    const clamped = long && !this.synopsisExpanded;
    return html`<div part="synopsis" class="synopsis">
      <p id="synopsis-text" class=${clamped ? 'clamped' : ''} dir="auto">${film.synopsis}</p>
      ${
        long
          ? disclosure({
              expanded: this.synopsisExpanded,
              controls: 'synopsis-text',
              label: this.synopsisExpanded ? this.strings.readLess : this.strings.readMore,
              onToggle: () => (this.synopsisExpanded = !this.synopsisExpanded),
              oldPart: 'button',
            })
          : nothing
      }
    </div>`;
  }

  private renderCast(film: Film, { asCharacter, showAllCast }: CardText) {
    const cast = film.cast ?? [];
    if (!cast.length) return nothing;
    const s = this.strings;
    // A limit that is not a number (cast-limit="abc") falls back to the default instead of hiding the cast.
    const limit = shownCastLimit(this.castLimit);
    const shown = this.castExpanded ? cast : cast.slice(0, limit);
    // A plain container, not a named section: a page with several cards would otherwise hold several
    // "Cast" regions that a screen reader's landmark list cannot tell apart.
    return html`<div part="cast" class="cast">
      ${heading(this.headingLevel + 1, s.cast, { id: 'cast-heading', className: 'section-heading' })}
      <ul id="cast-list">
        ${shown.map((member) =>
          // Two whole templates rather than a nested one for the character: one template instance per member.
          member.character
            ? html`<li dir="auto">
                <span class="name">${externalLink(member.url, member.name)}</span>
                <span class="character"
                  ><span class="visually-hidden">${asCharacter[0]}</span>${member.character}<span class="visually-hidden"
                    >${asCharacter[1]}</span
                  ></span
                >
              </li>`
            : html`<li dir="auto">
                <span class="name">${externalLink(member.url, member.name)}</span>
              </li>`,
        )}
      </ul>
      ${
        cast.length > limit
          ? disclosure({
              expanded: this.castExpanded,
              controls: 'cast-list',
              label: this.castExpanded ? s.showFewerCast : showAllCast,
              onToggle: () => (this.castExpanded = !this.castExpanded),
              oldPart: 'button',
            })
          : nothing
      }
    </div>`;
  }

  private renderFacts(text: CardText) {
    const s = this.strings;
    const { releases, distributors, boxOffice, budget } = text;
    if (!releases.length && !distributors && !boxOffice && !budget) return nothing;
    // A slot per row, not a mapped list (see renderMeta); the releases' row is one template with its list.
    return html`<dl part="facts" class="facts">
      ${
        releases.length
          ? html`<div><dt>${s.released}</dt><dd dir="auto"><ul class="releases">
          ${releases.map((release) =>
            release.details
              ? html`<li><time datetime=${release.date}>${release.formatted}</time><span class="role">${release.details}</span></li>`
              : html`<li><time datetime=${release.date}>${release.formatted}</time></li>`,
          )}
        </ul></dd></div>`
          : nothing
      }${distributors ? row(s.distributor, distributors) : nothing}${boxOffice ? row(s.boxOffice, boxOffice) : nothing}${
        budget ? row(s.budget, budget) : nothing
      }
    </dl>`;
  }
}

/** A row of the credits or the facts: a label and its value. */
const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd dir="auto">${value}</dd></div>`;
