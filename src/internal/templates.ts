import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Small template pieces every element uses. Text goes in through Lit bindings, so it is always text;
 * URLs reaching here were checked by the data layer (http(s) or relative only).
 */

/** A link to somewhere else; the page we link to gets no handle on ours (`noopener`) nor our URL. */
export const externalLink = (url: string | undefined, content: unknown): unknown =>
  url ? html`<a href=${url} rel="noopener noreferrer">${content}</a>` : content;

/**
 * A heading whose level fits the host page's outline (`heading-level`): `role="heading"` keeps the
 * level dynamic without building tag names at run time. `dir="auto"`: a heading usually holds data
 * (a title in any script), laid out by its own direction whatever the page's.
 */
export const heading = (
  level: number,
  content: unknown,
  options: { id?: string; part?: string; className?: string } = {},
): TemplateResult =>
  html`<div role="heading" aria-level=${clampLevel(level)} dir="auto" id=${ifDefined(options.id)} part=${ifDefined(options.part)} class=${ifDefined(options.className)}>${content}</div>`;

/** Heading levels run from 1 to 6; anything else falls back to the nearest. */
export const clampLevel = (level: number): number => (Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 3);

/**
 * A disclosure button (WAI-ARIA APG): shows or hides the content it controls ("Show all 18 cast
 * members", "Read more"). One look (`.text-button`), one behaviour and one part name in every element:
 * `disclosure`, plus the element's own older name for it (`button`, `show-all`, `read-more`), kept
 * until 0.3 so that existing `::part()` rules go on working.
 */
export const disclosure = (options: {
  expanded: boolean;
  controls: string;
  label: unknown;
  onToggle: (event: Event) => unknown;
  oldPart: string;
}) =>
  html`<button
    type="button"
    part="disclosure ${options.oldPart}"
    class="text-button"
    aria-expanded=${options.expanded ? 'true' : 'false'}
    aria-controls=${options.controls}
    @click=${options.onToggle}
  >
    ${options.label}
  </button>`;

/**
 * A message whose values are markup, not text (`'{work} by {author}'` with a `<cite>` as the work):
 * the message is filled with markers, and each marker is then swapped for its value, so that the
 * translation decides the order of the pieces. `text` wraps the message's own words (e.g. in a
 * visually hidden span when only the values are shown); empty pieces are left out.
 */
export function slots<K extends string>(
  message: (values: Record<K, string>) => string,
  values: Record<K, unknown>,
  text: (words: string) => unknown = (words) => words,
): unknown[] {
  const names = Object.keys(values) as K[];
  const markers = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`])) as Record<K, string>;
  return message(markers)
    .split(/\uE000(\d+)\uE001/)
    .map((piece, i) => (i % 2 ? values[names[Number(piece)]!] : piece && text(piece)))
    .filter((piece) => piece !== '');
}
