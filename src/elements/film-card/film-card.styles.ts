import { css } from 'lit';

export const styles = css`
  /* Narrow (stacked): a modest poster above the text. */
  .poster {
    display: block;
    width: min(100%, 14rem);
    height: auto;
    margin-inline: auto;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-alt);
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.5rem;
    color: var(--_muted);
    font-size: 0.875em;
    background: repeating-linear-gradient(-45deg, var(--_surface-alt) 0 12px, transparent 12px 24px), var(--_surface-alt);
    border: 1px dashed var(--_border);
  }
  .placeholder svg,
  .award svg {
    width: 2.5rem;
    height: 2.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .award svg {
    width: 1.1em;
    height: 1.1em;
    vertical-align: -0.15em;
  }
  /* Wide: poster beside the text. */
  @container (min-width: 480px) {
    .card {
      grid-template-columns: var(--film-card-poster-width, 34%) 1fr;
      align-items: start;
      padding: calc(var(--_space) * 1.25);
      column-gap: calc(var(--_space) * 1.5);
    }
    .poster {
      width: 100%;
      margin: 0;
    }
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  header {
    display: grid;
    gap: 0.25rem;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.15;
  }
  .original-title,
  .tagline {
    margin: 0;
    color: var(--_muted);
  }
  .tagline {
    font-style: italic;
  }
  /* Every list of the card is a plain column or line of items (the error state's list is not in .card). */
  .card ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Lists whose items are separated by a middle dot. Separators come from CSS, so a missing value never
     leaves a stray "·"; each item's dot sits in the gap before it, so the first item of every wrapped line
     has its dot outside the list, clipped away, instead of starting the line with it. */
  .separated {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25em;
    overflow: hidden;
  }
  .separated li {
    position: relative;
  }
  .separated li::before {
    content: '·';
    position: absolute;
    inset-inline-start: -1.25em;
    width: 1.25em;
    text-align: center;
    color: var(--_muted);
  }
  .rating {
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    font-size: 0.85em;
    text-decoration: none;
  }
  .summary-box {
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-alt);
    font-size: 0.925em;
  }
  dl {
    display: grid;
    gap: 0.35rem;
    margin: 0;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(6.5rem, max-content) 1fr;
    gap: 0.75rem;
  }
  dd {
    margin: 0;
  }
  /* Secondary text: the meta line, score sources, labels, roles, characters. */
  .meta,
  .summary .source,
  dt,
  .role,
  .character {
    color: var(--_muted);
  }
  .synopsis p {
    margin: 0;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }
  .section-heading {
    margin: 0 0 0.35rem;
    font-weight: 700;
    font-size: 1em;
  }
  .cast ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.35rem 1rem;
    margin-bottom: 0.25rem;
  }
  .cast li {
    display: grid;
  }
  .character {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .summary,
    .placeholder {
      border: 1px solid CanvasText;
    }
  }
`;
