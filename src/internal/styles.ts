import { css } from 'lit';

/**
 * Shared tokens and states for every element. Public tokens are `--film-*` (documented once, on
 * FilmElement's JSDoc, and on the Theming page); `light-dark()` picks the value for the element's colour
 * scheme, which follows the page (`prefers-color-scheme`) unless the `theme` attribute forces one.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
    font: inherit;
    font-family: var(--film-font-family, inherit);
    line-height: 1.45;
    color: var(--film-color-text, light-dark(#1d1b20, #ece6f0));
    --_muted: var(--film-color-muted, light-dark(#57525e, #bdb6c6));
    --_surface: var(--film-color-surface, light-dark(#ffffff, #1d1b22));
    --_surface-alt: var(--film-color-surface-alt, light-dark(#f3f0f6, #2a2730));
    --_border: var(--film-color-border, light-dark(#d6d1dc, #49444f));
    --_accent: var(--film-color-accent, light-dark(#6b2fb3, #d3b6ff));
    --_positive: var(--film-color-positive, light-dark(#1b7f3b, #6fd68f));
    --_mixed: var(--film-color-mixed, light-dark(#8a6100, #f5c84c));
    --_negative: var(--film-color-negative, light-dark(#b3261e, #ff8f86));
    --_radius: var(--film-radius, 0.75rem);
    --_space: var(--film-space, 1rem);
    --_focus: var(--film-focus-ring, 2px solid var(--_accent));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* The panel the elements draw: a bordered surface (the badge and the carousel draw their own). */
  .surface {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  [part='error'] {
    padding: var(--_space);
    border: 2px solid var(--_negative);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='error'] strong {
    display: block;
    color: var(--_negative);
  }
  [part='error'] ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='loading'] {
    padding: var(--_space);
    color: var(--_muted);
  }
  /* A plain button that looks like a link: "Read more", "Show all". */
  .text-button {
    padding: 0.125em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  @media (forced-colors: active) {
    .surface,
    [part='error'] {
      border-color: CanvasText;
    }
    .text-button {
      color: LinkText;
    }
  }
`;

/**
 * For elements that lay themselves out by their own width (container queries on `inline-size`), never
 * wider than their container. The badge is not one of them: its compact variant sits inline.
 */
export const layoutByWidth = css`
  :host {
    container-type: inline-size;
    max-width: 100%;
  }
`;
