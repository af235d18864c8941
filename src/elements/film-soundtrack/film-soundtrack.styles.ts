import { css } from 'lit';

export const styles = css`
  .header {
    display: grid;
    gap: 0.5rem;
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.2;
  }
  /* Facts: label above value when narrow, side by side from 420 px. */
  .facts {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    font-size: 0.925em;
  }
  .facts > div {
    display: grid;
  }
  @container (min-width: 420px) {
    .facts > div {
      grid-template-columns: minmax(7.5rem, max-content) 1fr;
      gap: 0.75rem;
    }
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .section-heading {
    margin: 0;
    font-weight: 700;
    font-size: 1em;
  }
  .tracklist {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .tracklist > * {
    justify-self: stretch;
  }
  .tracklist > button {
    justify-self: start;
  }
  /* Lists whose items are separated by a middle dot that comes from CSS: no stray "·". */
  .separated {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.925em;
  }
  .separated li + li::before {
    content: '·';
    padding-inline: 0.5em;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .group-heading {
    margin: 0.5rem 0 0.25rem;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  /* One grid per list; rows share its columns (subgrid), so positions and durations line up. */
  ol {
    display: grid;
    grid-template-columns: minmax(2ch, max-content) 1fr;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timed ol {
    grid-template-columns: minmax(2ch, max-content) 1fr max-content;
  }
  li.track {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    column-gap: 0.75rem;
    align-items: baseline;
    padding: 0.4rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
  }
  li.track:last-child {
    border-block-end: 0;
  }
  .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .main {
    display: grid;
    min-width: 0;
  }
  .track-title {
    font-weight: 500;
  }
  .writers,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    font-style: italic;
  }
  .duration {
    font-variant-numeric: tabular-nums;
    text-align: end;
    color: var(--_muted);
  }
  /* Songs stand out from the score: tinted row, bold title, the performer in the accent colour with
     a microphone (shape, not only colour). */
  li.featured {
    background: var(--_surface-alt);
  }
  .featured .track-title {
    font-weight: 700;
  }
  .performers,
  .facts .performer {
    color: var(--_accent);
    font-weight: 600;
  }
  svg {
    width: 1em;
    height: 1em;
    margin-inline-end: 0.3em;
    vertical-align: -0.12em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The highlighted performer: a thick bar, a star and a mark on the name, not a colour alone. */
  li.highlighted {
    border-inline-start-color: var(--_accent);
  }
  .star {
    fill: currentColor;
    color: var(--_accent);
  }
  mark {
    padding: 0 0.15em;
    border-radius: 0.2em;
    background: var(--_accent);
    color: var(--_surface);
  }
  .notes ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25em;
    color: var(--_muted);
    font-size: 0.925em;
  }
  @media (forced-colors: active) {
    li.highlighted {
      border-inline-start-color: Highlight;
    }
    mark {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
