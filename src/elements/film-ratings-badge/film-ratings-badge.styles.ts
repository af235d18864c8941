import { css, unsafeCSS } from 'lit';

/** A five-point star, used as a mask: the meter's gradient shows through it. */
const STAR = unsafeCSS(`url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 1.5l3.1 6.9 7.4.7-5.6 5 1.7 7.4L12 17.6l-6.6 3.9 1.7-7.4-5.6-5 7.4-.7z'/%3E%3C/svg%3E")`);

export const styles = css`
  :host {
    --_star: var(--film-color-star, var(--_mixed));
  }
  /* Only the full variant adapts to its width; compact stays usable as an inline-block (no containment). */
  :host([variant='full']) {
    container-type: inline-size;
  }
  /* Its own surface, like the other elements: the colours are chosen against it, whatever the page's. */
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    width: fit-content;
    max-width: 100%;
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .trigger {
    display: block;
    border-radius: calc(var(--_radius) * 0.4);
    cursor: default;
  }
  .visual {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .score {
    flex: none;
    min-width: 2.4em;
    padding: 0.2em 0.4em;
    /* Transparent, so the box keeps an outline when forced colours drop the background. */
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.4);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: center;
    line-height: 1.2;
  }
  .is-hundred,
  .is-percent {
    background: var(--_tone);
    color: var(--_surface);
  }
  .is-stars,
  .is-plain {
    border-color: var(--_border);
  }
  .positive {
    --_tone: var(--_positive);
  }
  .mixed {
    --_tone: var(--_mixed);
  }
  .negative {
    --_tone: var(--_negative);
  }
  .text {
    display: flex;
    flex-direction: column;
    line-height: 1.3;
  }
  .source {
    font-weight: 600;
  }
  .band {
    color: var(--_tone);
    font-size: 0.875em;
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .stars {
    display: block;
    width: 5.5em;
    height: 1.1em;
    mask: ${STAR} 0 0 / 1.1em 1.1em repeat-x;
  }
  .stars .fill {
    fill: var(--_star);
  }
  .stars .track {
    fill: var(--_border);
  }
  /* Right to left: the meter fills from the right, like the text reads. */
  .stars:dir(rtl) {
    scale: -1 1;
  }
  /* Compact: score and source on one line. */
  :host([variant='compact']) .list {
    gap: 0.35em 1em;
    padding: 0.35em 0.6em;
    border-radius: calc(var(--_radius) * 0.6);
  }
  :host([variant='compact']) .text {
    flex-direction: row;
  }
  :host([variant='compact']) .score {
    min-width: 0;
    padding: 0.05em 0.35em;
  }
  /* Narrow: one score per line, so long source names do not squeeze the boxes. */
  @container (max-width: 18rem) {
    :host([variant='full']) .item {
      flex-basis: 100%;
    }
  }
  .tip > div + div {
    margin-top: 0.25em;
  }
  .tip-kind {
    color: var(--_muted);
  }
  .tip q {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .stars {
      forced-color-adjust: none;
    }
    .stars .fill {
      fill: CanvasText;
    }
    .stars .track {
      fill: GrayText;
    }
    .band {
      color: CanvasText;
    }
  }
`;
