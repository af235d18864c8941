/**
 * The React baselines' `h`: React's `jsx()`, which is what compiled JSX calls (see bench/views/h.ts).
 * It only translates DOM attribute names to React's (`class` → `className`, `onclick` → `onClick`).
 */
import type { JSX, ReactElement, ReactNode } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';

import type { Child, H, Props } from '../views/h.js';

const names: Record<string, string> = {
  class: 'className',
  tabindex: 'tabIndex',
  datetime: 'dateTime',
  for: 'htmlFor',
  onclick: 'onClick',
  oninput: 'onInput',
  onerror: 'onError',
  onkeydown: 'onKeyDown',
};

function toReact(tag: keyof JSX.IntrinsicElements, props: Props | null | undefined, children: Child<ReactElement>[]): ReactElement {
  const out: Record<string, unknown> = {};
  let key: string | undefined;
  if (props) {
    for (const name in props) {
      const value = props[name];
      if (value === undefined || value === null) continue;
      if (name === 'key') key = String(value);
      else if (name === '.value') {
        // A property, not an attribute (React would also write a `value` attribute): set it on the node.
        out.ref = (node: HTMLInputElement | null) => {
          if (node) node.value = value as string;
        };
      } else out[names[name] ?? name] = value;
    }
  }
  if (children.length === 1) {
    out.children = children[0] as ReactNode;
    return jsx(tag, out, key);
  }
  if (children.length > 1) {
    out.children = children as ReactNode[];
    return jsxs(tag, out, key);
  }
  return jsx(tag, out, key);
}

export const h = ((tag: string, props?: Props | null, ...children: Child<ReactElement>[]) =>
  toReact(tag as keyof JSX.IntrinsicElements, props, children)) as unknown as H<ReactElement>;
h.svg = (tag: string, props?: Props | null, ...children: Child<ReactElement>[]) =>
  toReact(tag as keyof JSX.IntrinsicElements, props, children);
