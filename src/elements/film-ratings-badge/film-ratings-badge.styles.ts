import { css, unsafeCSS } from 'lit';

/**
 * Five stars as one CSS polygon over the meter (a 5 : 1 box): each star's outline, joined by edges
 * along their top points that are walked there and back, so they enclose nothing. A clip-path, not
 * a mask image: a `data:` image is an `img-src` load that a strict Content-Security-Policy blocks,
 * and the meter would then show no stars at all.
 */
const STAR: [number, number][] = [
  [12, 1.5],
  [15.1, 8.4],
  [22.5, 9.1],
  [16.9, 14.1],
  [18.6, 21.5],
  [12, 17.6],
  [5.4, 21.5],
  [7.1, 14.1],
  [1.5, 9.1],
  [8.9, 8.4],
];
const point = (x: number, y: number) => `${+(x / 1.2).toFixed(3)}% ${+(y / 0.24).toFixed(3)}%`;
const STARS_CLIP = unsafeCSS(
  `polygon(${[
    ...[0, 1, 2, 3, 4].flatMap((i) => [...STAR, STAR[0]!].map(([x, y]) => point(x + 24 * i, y))),
    ...[3, 2, 1].map((i) => point(12 + 24 * i, 1.5)),
  ].join(', ')})`,
);

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
    clip-path: ${STARS_CLIP};
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
