/**
 * The baselines' views are plain functions of (h, data) → tree, written once and run two ways:
 * `bench/vanilla/dom.ts` passes an `h` that creates DOM nodes on the spot (what a hand-written custom
 * element does), `bench/react/h.ts` passes one that calls React's `jsx()` (what compiled JSX does).
 * So the two baselines cannot drift apart, and `test/bench-smoke.test.ts` checks that both produce the
 * same DOM as our elements.
 *
 * Props use DOM attribute names (`class`, `tabindex`, `datetime`, `viewBox`); `on<event>` are
 * listeners, `style` is an object (camelCase or `--custom`), `.value` sets the property, `key` is for
 * React only. `undefined`, `null` and `false` leave an attribute out; `true` sets it empty.
 */
import { clampLevel } from '../../src/internal/templates.js';

export type Props = Record<string, unknown>;
export type Child<N> = N | string | number | null | undefined | false | readonly Child<N>[];

export interface H<N> {
  (tag: string, props?: Props | null, ...children: Child<N>[]): N;
  /** An element in the SVG namespace (React infers it from the `<svg>` parent; the DOM needs telling). */
  svg(tag: string, props?: Props | null, ...children: Child<N>[]): N;
}

/** src/internal/templates.ts#heading */
export function heading<N>(h: H<N>, level: number, content: Child<N>, options: { id?: string; part?: string; className?: string } = {}): N {
  return h(
    'div',
    { role: 'heading', 'aria-level': clampLevel(level), dir: 'auto', id: options.id, part: options.part, class: options.className },
    content,
  );
}

/** src/internal/templates.ts#externalLink */
export function externalLink<N>(h: H<N>, url: string | undefined, content: Child<N>): Child<N> {
  return url ? h('a', { href: url, rel: 'noopener noreferrer' }, content) : content;
}

/** src/internal/templates.ts#disclosure */
export function disclosure<N>(
  h: H<N>,
  // `hidden`: a baseline renders it from its measurement, where ours sets it after layout (the carousel).
  options: { expanded: boolean; controls: string; label: Child<N>; onToggle?: () => void; oldPart: string; hidden?: boolean },
): N {
  return h(
    'button',
    {
      type: 'button',
      part: `disclosure ${options.oldPart}`,
      class: 'text-button',
      'aria-expanded': options.expanded ? 'true' : 'false',
      'aria-controls': options.controls,
      onclick: options.onToggle,
      hidden: options.hidden,
    },
    options.label,
  );
}
