import { css } from 'lit';

export const styles = css`
  .carousel {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  /* Measured for slides-per-view: as wide as the element, never taller. */
  .sizer {
    height: 0;
    margin-bottom: calc(var(--_space) * -0.5);
  }

  /* Controls: rotation, previous, picker, next. They come before the slides in the DOM (APG), so the
     rotation button is the first thing Tab reaches. */
  .controls {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface-alt);
  }
  .icon-button:hover {
    border-color: var(--_accent);
  }
  .icon {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon.play,
  .icon.pause {
    fill: currentColor;
    stroke: none;
  }
  /* Arrows point the way the slides go: mirrored in right-to-left text. */
  .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .tabs,
  .jump {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    min-width: 0;
  }
  /* 24 px targets (WCAG 2.2 target size) around a small dot; the selected one is filled and wider, so
     it differs by shape as well as colour. */
  .tab {
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    background: none;
  }
  .tab::before {
    content: '';
    width: 10px;
    height: 10px;
    border: 2px solid var(--_muted);
    border-radius: 5px;
    box-sizing: border-box;
  }
  .tab[aria-selected='true']::before {
    width: 18px;
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .jump {
    gap: 0.75rem;
    flex-wrap: nowrap;
  }
  .position {
    flex: none;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  input[type='range'] {
    flex: 1;
    min-width: 4rem;
    max-width: 24rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* The strip: native scrolling with snap (touch, trackpad, and the mouse drag that scrolls it by hand). */
  /* Slides side by side share one height (the tallest in the strip); their boxes fill it. */
  .slides {
    display: flex;
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: none;
    border-radius: var(--_radius);
  }
  .slides::-webkit-scrollbar {
    display: none;
  }
  .slides:focus-visible {
    outline-offset: -2px;
  }
  .slides[data-dragging] {
    scroll-snap-type: none;
    cursor: grabbing;
    user-select: none;
  }
  /* overflow: clip keeps the slide-in movement of the box from adding to the strip's scroll width
     (which would make the strip re-snap at its end) without making the slide a scroll container. */
  .slide {
    display: flex;
    flex: 0 0 calc(100% / var(--_per-view, min(var(--_auto-per-view), var(--_count, 3))));
    min-width: 0;
    overflow: clip;
    padding: 2px calc(var(--_space) * 0.25);
    scroll-snap-align: start;
    scroll-snap-stop: always;
  }
  .slide:first-child {
    padding-inline-start: 2px;
  }
  .slide:last-child {
    padding-inline-end: 2px;
  }
  .review {
    display: grid;
    flex: 1;
    align-content: start;
    gap: 0.5rem;
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .byline {
    display: grid;
    gap: 0.125rem;
  }
  .author {
    font-weight: 700;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .kind {
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
  }
  .score {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-variant-numeric: tabular-nums;
  }
  /* A verdict in words with a thumb that says the same: colour is never the only signal. */
  .verdict.positive {
    color: var(--_positive);
  }
  .verdict.negative {
    color: var(--_negative);
  }
  .stars {
    position: relative;
    display: inline-block;
    width: 6rem;
    height: 1.2rem;
    flex: none;
  }
  .stars svg {
    display: block;
    width: 6rem;
    height: 1.2rem;
  }
  .stars .empty {
    fill: var(--_surface-alt);
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  /* The fill grows from the inline start: in RTL the (wider) row of stars sits at the right edge and
     overflows to the left, where it is clipped. */
  .filled {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    overflow: hidden;
  }
  .filled svg {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .review-title {
    margin: 0;
    font-weight: 700;
  }
  .text {
    margin: 0;
    white-space: pre-line;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--film-review-carousel-lines, 6);
    line-clamp: var(--film-review-carousel-lines, 6);
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1.25rem;
  }
  /* "Read more" is hidden after layout where the text fits: no empty row (and gap) is left behind. */
  .actions:has(> [hidden]:only-child) {
    display: none;
  }

  /* Slides per view picked by the element's width (no slides-per-view): here, not measured by script,
     so that a server-rendered carousel is laid out right before (or without) any JavaScript. The
     thresholds are the element's own (perView). hidden-at-N marks what only fewer per view need. */
  .slides {
    --_auto-per-view: 1;
  }
  @container (min-width: 640px) {
    .slides {
      --_auto-per-view: 2;
    }
    .hidden-at-2 {
      display: none;
    }
  }
  @container (min-width: 1000px) {
    .slides {
      --_auto-per-view: 3;
    }
    .hidden-at-3 {
      display: none;
    }
  }

  @container (max-width: 360px) {
    .controls {
      gap: 0.25rem;
    }
    .review {
      padding: calc(var(--_space) * 0.75);
    }
  }
  @media (forced-colors: active) {
    .icon-button,
    .review {
      border-color: CanvasText;
    }
    .tab::before {
      border-color: ButtonText;
    }
    .tab[aria-selected='true']::before {
      border-color: Highlight;
      background: Highlight;
    }
    .filled svg {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
