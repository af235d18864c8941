import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';

import type { Award, Film } from '../../data/film.js';
import { formatList } from '../../data/format.js';
import { baseStrings } from '../../internal/base.strings.js';
import { FilmElement } from '../../internal/film-element.js';
import { layoutByWidth } from '../../internal/styles.js';
import { disclosure, heading } from '../../internal/templates.js';
import { byCeremony, byPerson, ceremonyDetail, count, countsText, type Counts, type Group, type Result } from './award-groups.js';
import { awardsStrings } from './film-awards-list.strings.js';
import { styles } from './film-awards-list.styles.js';

/** Values of `filter`. */
export const AWARDS_FILTERS = ['all', 'wins'] as const;
/** Values of `group-by`. */
export const AWARDS_GROUPINGS = ['ceremony', 'person'] as const;

/* Result icons: three different shapes (trophy, ring, medal), so the result never rests on colour. */
const ICONS: Record<Result, unknown> = {
  won: svg`<path d="M7 4h10v4a5 5 0 0 1-10 0zM7 6H4v1a3 3 0 0 0 3 3M17 6h3v1a3 3 0 0 1-3 3M12 13v4M8 21h8M9.5 17h5" />`,
  nominated: svg`<circle cx="12" cy="12" r="7" /><circle cx="12" cy="12" r="2.5" />`,
  'runner-up': svg`<circle cx="12" cy="9" r="5.5" /><path d="M9 14l-2 7 5-2.5 5 2.5-2-7" />`,
};

/**
 * A film's awards and nominations, grouped by ceremony (or by person) the way a reader scans an awards
 * record: a summary of the counts, then one collapsible group per ceremony in chronological order — the
 * ceremony of an Oscar win first — each entry with its result as a word and an icon.
 *
 * Groups are disclosures (a button with `aria-expanded` inside a heading of level `heading-level`): the
 * first `open-groups` start open, and a "Show all" button opens the rest. Entries the data layer drops
 * (no category, unknown result) are listed in `problems` and in the `film-load` event. A film with no
 * awards renders nothing.
 *
 * @summary Awards and nominations, grouped by ceremony or person, with counts.
 *
 * @csspart awards - The outer box around the summary and the groups (also `base`).
 * @csspart summary - The line of counts: "17 wins · 14 nominations · 3 runner-up".
 * @csspart filter-note - With `filter="wins"`: what the filter hides.
 * @csspart groups - The list of groups.
 * @csspart group - One group (a ceremony or a person).
 * @csspart group-heading - The heading of a group, which holds its toggle button.
 * @csspart group-toggle - The button that opens and closes a group.
 * @csspart group-counts - The counts of a group, inside its toggle button.
 * @csspart entries - The list of entries of a group.
 * @csspart entry - One award entry.
 * @csspart result - The result of an entry: icon and word.
 * @csspart disclosure - The "Show all" / "Show fewer" button, which opens or closes every group.
 * @csspart show-all - Deprecated: the same button as `disclosure` (kept until 0.3).
 *
 */
export class FilmAwardsList extends FilmElement {
  static override styles = [...FilmElement.styles, layoutByWidth, styles];
  protected static override enumerated = { ...FilmElement.enumerated, filter: AWARDS_FILTERS, groupBy: AWARDS_GROUPINGS };
  static override get properties(): PropertyDeclarations {
    return {
      filter: { reflect: true },
      groupBy: { reflect: true, attribute: 'group-by' },
      openGroups: { type: Number, attribute: 'open-groups' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      toggled: { state: true },
    };
  }

  /** UI strings in the element's language (its own table: a page loads only the strings it shows). */
  private get strings() {
    return awardsStrings(this.locale);
  }

  /** The strings every element shares (list separator, parentheses). */
  private get common() {
    return baseStrings(this.locale);
  }

  /** `all` shows every entry; `wins` shows wins only, and the counts say what is hidden. */
  filter: (typeof AWARDS_FILTERS)[number] = 'all';

  /**
   * `ceremony` groups entries by ceremony (name, edition, year); `person` by nominee, with entries that
   * name nobody under the film itself.
   */
  groupBy: (typeof AWARDS_GROUPINGS)[number] = 'ceremony';

  /** How many groups start open; the others start closed behind "Show all". */
  openGroups = 3;

  /** Level (1–6) of the group headings, so the list fits the page's outline. */
  headingLevel = 3;

  /** Groups the reader opened or closed, by key; the others follow `open-groups`. */
  private toggled = new Map<string, boolean>();

  /** The film's awards grouped by `group-by`; derived when the film or the grouping changes. */
  private groups: Group[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new film or a new grouping: the reader's open/closed choices no longer apply.
    const regroup = changed.has('filmData') || changed.has('groupBy');
    if (regroup) this.toggled = new Map();
    // A new language words the ceremonies' details its way (the groups stay the same).
    if (regroup || changed.has('locale' as keyof FilmAwardsList)) {
      const film = this.filmData;
      const awards = film?.awards ?? [];
      this.groups = film ? (this.groupBy === 'person' ? byPerson(awards, film.title) : byCeremony(awards, this.common.listSeparator)) : [];
    }
  }

  protected renderFilm(film: Film) {
    const awards = film.awards ?? [];
    if (!awards.length) return nothing;
    const s = this.strings;
    const winsOnly = this.filter === 'wins';
    const totals = count(awards);
    const shown = this.groups
      .map((group) => ({ group, entries: winsOnly ? group.entries.filter((entry) => entry.result === 'won') : group.entries }))
      .filter(({ entries }) => entries.length);
    const limit = Number.isFinite(this.openGroups) ? Math.max(0, Math.floor(this.openGroups)) : 3;
    const isOpen = (key: string, index: number) => this.toggled.get(key) ?? index < limit;
    const allOpen = shown.every(({ group }, i) => isOpen(group.key, i));
    const perPerson = this.groupBy === 'person';
    return html`<div part="base awards" class="awards surface">
      <p part="summary" class="summary">${this.countsText(totals, ' · ')}</p>
      ${winsOnly ? html`<p part="filter-note" class="note">${this.winsOnlyNote(totals)}</p>` : nothing}
      ${
        shown.length
          ? html`<ul part="groups" id="groups" class="groups" role="list" aria-label=${perPerson ? s.byPerson : s.byCeremony}>
              ${shown.map(({ group, entries }, i) => this.renderGroup(group, entries, i, isOpen(group.key, i)))}
            </ul>`
          : nothing
      }
      ${
        shown.length > limit
          ? disclosure({
              expanded: allOpen,
              controls: 'groups',
              label: allOpen ? s.showFewer : (perPerson ? s.showAllNominees : s.showAllCeremonies)(shown.length),
              onToggle: () => this.showAll(allOpen ? undefined : shown),
              oldPart: 'show-all',
            })
          : nothing
      }
    </div>`;
  }

  /** "Showing wins only; 14 nominations, 3 runner-up hidden." */
  private winsOnlyNote(totals: Counts): string {
    const hidden = this.countsText({ ...totals, won: 0 }, this.common.listSeparator);
    return hidden ? this.strings.winsOnlyHidden({ hidden }) : this.strings.winsOnly;
  }

  /** "1 win, 3 nominations"; zero counts are left out. */
  private countsText(counts: Counts, separator: string): string {
    return countsText(counts, separator, this.strings);
  }

  private renderGroup(group: Group, entries: Award[], index: number, open: boolean) {
    const s = this.strings;
    const counts = count(group.entries);
    // Filtered to wins, a group counts what it shows and says what it hides: "1 win (3 nominations hidden)".
    const filtered = entries.length < group.entries.length;
    const hidden = filtered ? this.countsText({ ...counts, won: 0 }, this.common.listSeparator) : '';
    const toggle = html`<button
      part="group-toggle"
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="entries-${index}"
      @click=${() => this.toggle(group.key, !open)}
    >
      <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l6 6-6 6" /></svg>
      <span class="label"
        ><span class="name">${group.label}</span>${group.detail ? html` <span class="detail">${group.detail}</span>` : nothing}${
          group.film ? html`<span class="detail">${this.common.parenthetical({ text: s.theFilm })}</span>` : nothing
        }</span
      ><span class="visually-hidden">: </span
      ><span part="group-counts" class="counts">${this.countsText(filtered ? { ...counts, nominated: 0, 'runner-up': 0 } : counts, this.common.listSeparator)}${
        hidden ? this.common.parenthetical({ text: s.hidden({ hidden }) }) : nothing
      }</span>
    </button>`;
    return html`<li part="group" class="group">
      ${heading(this.headingLevel, toggle, { part: 'group-heading', className: 'group-heading' })}
      <ul id="entries-${index}" part="entries" class="entries" role="list" ?hidden=${!open}>
        ${entries.map((entry) => this.renderEntry(entry, group))}
      </ul>
    </li>`;
  }

  private renderEntry(entry: Award, group: Group) {
    const s = this.strings;
    const word = s.awardResult[entry.result];
    const perPerson = this.groupBy === 'person';
    // By person, the group names the nominee: the entry names the ceremony and any co-nominees.
    const nominees = entry.nominees?.filter((name) => name.trim() && !(perPerson && name === group.label)) ?? [];
    const names = nominees.length ? formatList(nominees, this.locale) : '';
    const when = ceremonyDetail(entry, this.common.listSeparator);
    const detail = perPerson
      ? [when ? `${entry.name}${this.common.parenthetical({ text: when })}` : entry.name, names && s.withNames({ names })]
      : [names];
    return html`<li part="entry" class="entry ${entry.result}">
      <span part="result" class="result">
        <svg viewBox="0 0 24 24" role="img" aria-label=${word}>${ICONS[entry.result]}</svg>
        <span class="word" aria-hidden="true">${word}</span>
      </span>
      <span class="text"
        ><span class="category">${entry.category}</span>${detail
          .filter(Boolean)
          .map(
            (text) => html`<span class="visually-hidden">${this.common.listSeparator}</span><span class="nominees">${text}</span>`,
          )}</span
      >
    </li>`;
  }

  private toggle(key: string, open: boolean) {
    this.toggled = new Map(this.toggled).set(key, open);
  }

  /** Opens every group shown, or (with no list) goes back to the first `open-groups` open. */
  private showAll(groups?: { group: Group }[]) {
    this.toggled = new Map(groups?.map(({ group }) => [group.key, true]));
  }
}
