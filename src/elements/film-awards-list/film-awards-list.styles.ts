import { css } from 'lit';

export const styles = css`
  .awards {
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }
  .summary {
    font-weight: 600;
  }
  .note,
  .detail,
  .counts,
  .nominees {
    color: var(--_muted);
  }
  .note {
    font-size: 0.925em;
  }
  /* role="list" on these: Safari drops list semantics from lists without bullets. */
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .groups {
    display: grid;
    gap: 0.5rem;
  }
  .group-heading {
    margin: 0;
    font-size: 1em;
    font-weight: inherit;
  }
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 0.5rem;
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface-alt);
    text-align: start;
  }
  .toggle:hover {
    border-color: var(--_accent);
  }
  .label {
    flex: 1 1 12rem;
  }
  .name {
    font-weight: 700;
  }
  .counts {
    font-size: 0.925em;
  }
  .chevron,
  .result svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .chevron {
    align-self: center;
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) [aria-expanded='false'] > .chevron {
    transform: scaleX(-1);
  }
  .entries {
    display: grid;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem 0.25rem;
  }
  .entries[hidden] {
    display: none;
  }
  /* Narrow: the result above the category; wide (below): three columns. */
  .entry {
    display: grid;
    gap: 0.125rem;
  }
  .result {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .won .result {
    color: var(--_positive);
  }
  .nominated .result {
    color: var(--_muted);
  }
  .runner-up .result {
    color: var(--_mixed);
  }
  .text {
    display: grid;
  }
  .awards > [part~='disclosure'] {
    justify-self: start;
  }
  @container (min-width: 34rem) {
    .entry {
      grid-template-columns: 8.5rem 1fr;
      align-items: baseline;
      gap: 0.75rem;
    }
    .text {
      display: flex;
      flex-wrap: wrap;
      column-gap: 0.75rem;
    }
    .category {
      flex: 1 1 14rem;
    }
    .nominees {
      flex: 1 1 10rem;
    }
    .counts {
      margin-inline-start: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: CanvasText;
    }
    .result {
      color: CanvasText;
    }
  }
`;
