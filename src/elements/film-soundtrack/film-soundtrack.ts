import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';

import { closeDirectionControls } from '../../data/bidi.js';
import type { Soundtrack } from '../../data/film.js';
import { formatClock, formatDate, formatList, formatSpokenDuration } from '../../data/format.js';
import { baseStrings } from '../../internal/base.strings.js';
import { FilmElement } from '../../internal/film-element.js';
import { around } from '../../internal/i18n.js';
import { layoutByWidth } from '../../internal/styles.js';
import { disclosure, heading } from '../../internal/templates.js';
import { soundtrackStrings } from './film-soundtrack.strings.js';
import { styles } from './film-soundtrack.styles.js';
import { FEATURED_LIMIT, nameKey, tracklistView, type Row, type View } from './tracklist.js';

/**
 * The film's soundtrack album as a record collector reads it: title, label and catalogue number,
 * release date, composer, featured performers and notes, then the tracklist (positions, titles,
 * performers, writers, durations when known) with a heading per side or disc when the positions name
 * them ("A1", "2-3"). Long tracklists show their first `track-limit` tracks and a "Show all" button.
 *
 * Unknown durations are normal: no duration column appears unless a track has one, and the total
 * running time appears only when every track has a duration (the track count always does).
 *
 * Renders nothing when the film has no soundtrack.
 *
 * @summary A soundtrack album and its tracklist.
 *
 * @csspart album - The album's outer box, a `section` (also `base`).
 * @csspart header - The album header: title and facts.
 * @csspart title - The album title (a heading of level `heading-level`).
 * @csspart facts - Label, catalogue number, release date, composer and featured performers.
 * @csspart tracklist - The tracklist section: heading, summary, lists and button.
 * @csspart summary - The line with the track count, total time and what the performer filter hides.
 * @csspart group-heading - The heading of a side or disc ("Side A", "Disc 2").
 * @csspart track - One track (an `li`). Featured tracks also have the part `featured`, highlighted ones `highlighted`.
 * @csspart featured - A track with performers (a song), as opposed to a score cue.
 * @csspart highlighted - A track by the `highlight` performer.
 * @csspart position - A track's position ("3", "A1", "2-3").
 * @csspart track-title - A track's title.
 * @csspart performers - A track's performers.
 * @csspart writers - A track's writers.
 * @csspart duration - A track's duration (m:ss or h:mm:ss), only when known.
 * @csspart disclosure - The "Show all tracks" / "Show fewer tracks" button.
 * @csspart button - Deprecated: the same button as `disclosure` (kept until 0.3).
 * @csspart notes - The album notes.
 *
 */
export class FilmSoundtrack extends FilmElement {
  static override styles = [...FilmElement.styles, layoutByWidth, styles];
  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      trackLimit: { type: Number, attribute: 'track-limit' },
      highlight: {},
      performer: {},
      expanded: { state: true },
    };
  }

  /** UI strings in the element's language (its own table: a page loads only the strings it shows). */
  private get strings() {
    return soundtrackStrings(this.locale);
  }

  /** Level (1–6) of the album title heading. "Tracklist" and "Notes" use the next level, sides and discs the one after. */
  headingLevel = 3;

  /** How many tracks show before "Show all"; longer tracklists are cut to this many until expanded. `0` shows every track. */
  trackLimit = 15;

  /** A performer whose tracks are marked (bar, icon, `<mark>` on the name and a spoken "highlighted"). Case and accents are ignored. */
  declare highlight?: string;

  /** Shows only the tracks of this performer; the summary says how many are hidden. Case and accents are ignored. */
  declare performer?: string;

  private expanded = false;

  /** Derived in willUpdate so that render stays cheap for thousand-track box sets. */
  private view?: View;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new film starts collapsed.
    if (changed.has('filmData')) this.expanded = false;
    if (changed.has('filmData') || changed.has('performer') || changed.has('highlight') || changed.has('locale' as keyof FilmSoundtrack)) {
      const soundtrack = this.filmData?.soundtrack;
      this.view = soundtrack && tracklistView(soundtrack, this.strings, this);
    }
  }

  protected renderFilm(): unknown {
    const view = this.view;
    if (!view) return nothing;
    const { soundtrack } = view;
    return html`<section part="base album" class="album surface" aria-labelledby="title">
      <header part="header" class="header">
        ${heading(this.headingLevel, soundtrack.title, { id: 'title', part: 'title', className: 'title' })} ${this.renderFacts(view)}
      </header>
      ${this.renderTracklist(view)} ${this.renderNotes(soundtrack)}
    </section>`;
  }

  private renderFacts({ soundtrack, performers }: View) {
    const s = this.strings;
    const locale = this.locale;
    const featured =
      performers.length > FEATURED_LIMIT + 1
        ? formatList([...performers.slice(0, FEATURED_LIMIT), s.otherPerformers(performers.length - FEATURED_LIMIT)], locale)
        : formatList(performers, locale);
    const rows: [string, unknown][] = [];
    if (soundtrack.label) rows.push([s.albumLabel, soundtrack.label]);
    if (soundtrack.catalogNumber) rows.push([s.catalogNumber, soundtrack.catalogNumber]);
    if (soundtrack.released) {
      rows.push([s.albumReleased, html`<time datetime=${soundtrack.released}>${formatDate(soundtrack.released, locale)}</time>`]);
    }
    if (soundtrack.composer) rows.push([s.musicBy, soundtrack.composer]);
    if (performers.length) rows.push([s.featuring, html`<span class="performer">${featured}</span>`]);
    if (!rows.length) return nothing;
    return html`<dl part="facts" class="facts">
      ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  private renderTracklist(view: View) {
    const s = this.strings;
    const locale = this.locale;
    const { rows, groups, total, totalSeconds } = view;
    const limit = this.trackLimit >= 1 ? Math.floor(this.trackLimit) : Infinity;
    const long = rows.length > limit;
    // Only the visible slice is rendered: a 2,000-track box set costs what 15 tracks cost until expanded.
    const visible = long && !this.expanded ? limit : rows.length;
    const level = this.headingLevel + 1;
    // The words read out around a track's performers ("performed by …"): split once, not per track.
    const performedBy = around(s.performedBy, 'names');
    const summary = [
      html`<li>${s.trackCount(total)}</li>`,
      totalSeconds
        ? html`<li>
            <span aria-hidden="true">${s.totalTime({ time: formatClock(totalSeconds, locale) })}</span>
            <span class="visually-hidden">${s.totalTime({ time: formatSpokenDuration(totalSeconds, locale) })}</span>
          </li>`
        : nothing,
      // The attribute's text is shown: its direction controls must not reorder the sentence around it.
      this.performer?.trim()
        ? html`<li>${s.performerFilter({
            performer: closeDirectionControls(this.performer.trim()),
            shown: s.performerShown(rows.length, { total }),
            hidden: s.performerHidden(total - rows.length),
          })}</li>`
        : nothing,
    ];
    return html`<div part="tracklist" class="tracklist">
      ${heading(level, s.tracklist, { id: 'tracklist-heading', className: 'section-heading' })}
      <ul part="summary" class="summary separated">
        ${summary}
      </ul>
      ${total ? nothing : html`<p class="empty">${s.noTracks}</p>`}
      <div id="tracks" class=${view.hasDurations ? 'tracks timed' : 'tracks'}>
        ${groups
          .filter((group) => group.start < visible)
          .map((group, g) =>
            group.label === undefined
              ? html`<ol aria-labelledby="tracklist-heading">
                  ${rows.slice(group.start, Math.min(group.end, visible)).map((row) => this.renderTrack(row, view, performedBy))}
                </ol>`
              : html`${heading(level + 1, group.label, { id: `group-${g}`, part: 'group-heading', className: 'group-heading' })}
                  <ol aria-labelledby="group-${g}">
                    ${rows.slice(group.start, Math.min(group.end, visible)).map((row) => this.renderTrack(row, view, performedBy))}
                  </ol>`,
          )}
      </div>
      ${
        long
          ? disclosure({
              expanded: this.expanded,
              controls: 'tracks',
              label: this.expanded ? s.showFewerTracks : s.showAllTracks(rows.length),
              onToggle: this.toggle,
              oldPart: 'button',
            })
          : nothing
      }
    </div>`;
  }

  private renderTrack({ track, position, seconds, highlighted }: Row, view: View, performedBy: [string, string]) {
    const s = this.strings;
    const locale = this.locale;
    const performers = track.performers ?? [];
    const featured = performers.length > 0;
    const parts = ['track', featured && 'featured', highlighted && 'highlighted'].filter(Boolean).join(' ');
    return html`<li part=${parts} class=${parts}>
      <span part="position" class="position">${position}</span>
      <span class="main">
        <span part="track-title" class="track-title"
          >${
            highlighted
              ? html`<svg class="star" viewBox="0 0 24 24" aria-hidden="true"><path d="m12 3 2.8 5.9 6.2.8-4.6 4.3 1.2 6.2L12 17.2 6.4 20.2l1.2-6.2L3 9.7l6.2-.8z" /></svg>`
              : nothing
          }${track.title}</span
        >${
          featured
            ? html`<span part="performers" class="performers"
              ><svg class="mic" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM6 11a6 6 0 0 0 12 0M12 17v4M9 21h6" /></svg
              ><span class="visually-hidden">${performedBy[0]}</span>${this.renderPerformers(performers, highlighted)}<span
                class="visually-hidden"
                >${performedBy[1]}</span
              ></span
            >`
            : nothing
        }${
          track.writers?.length
            ? html`<span part="writers" class="writers">${s.songWriters({ names: formatList(track.writers, locale) })}</span>`
            : nothing
        }${track.note ? html`<span class="note">${track.note}</span>` : nothing}
      </span>
      ${
        seconds !== undefined
          ? html`<span part="duration" class="duration"
            ><time datetime="PT${Math.round(seconds)}S" aria-hidden="true">${formatClock(seconds, this.locale)}</time
            ><span class="visually-hidden">${formatSpokenDuration(seconds, locale)}</span></span
          >`
          : view.hasDurations
            ? html`<span class="duration" aria-hidden="true">–</span>`
            : nothing
      }
    </li>`;
  }

  /**
   * "A, B and C" in the locale's words, with the highlighted performer in a `<mark>`: the list is
   * formatted with numbered stand-ins that are then swapped for the names.
   */
  private renderPerformers(performers: string[], highlighted: boolean) {
    if (!highlighted) return formatList(performers, this.locale);
    const key = nameKey(this.highlight!);
    const formatted = formatList(
      performers.map((_, i) => `\uE000${i}\uE000`),
      this.locale,
    );
    return formatted.split(/\uE000(\d+)\uE000/).map((piece, i) => {
      if (i % 2 === 0) return piece;
      const name = performers[Number(piece)]!;
      return nameKey(name) === key
        ? html`<mark
            >${name}<span class="visually-hidden">${baseStrings(this.locale).parenthetical({ text: this.strings.highlightedTrack })}</span></mark
          >`
        : name;
    });
  }

  private renderNotes(soundtrack: Soundtrack) {
    if (!soundtrack.notes?.length) return nothing;
    return html`<div part="notes" class="notes">
      ${heading(this.headingLevel + 1, this.strings.albumNotes, { className: 'section-heading' })}
      <ul>
        ${soundtrack.notes.map((note) => html`<li>${note}</li>`)}
      </ul>
    </div>`;
  }

  private toggle = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    this.expanded = !this.expanded;
    // Collapsing pulls the button up past hundreds of tracks: bring it (and the keyboard focus on it) back into view.
    if (!this.expanded) {
      await this.updateComplete;
      button.scrollIntoView({ block: 'nearest' });
    }
  };
}
