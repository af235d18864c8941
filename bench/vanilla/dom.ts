/**
 * The vanilla baselines' `h`: creates real DOM nodes right away (see bench/views/h.ts). This is what a
 * hand-written element does with `document.createElement`, only shorter to write.
 */
import type { Child, H, Props } from '../views/h.js';

const SVG = 'http://www.w3.org/2000/svg';

function setProps(element: Element, props: Props | null | undefined) {
  if (!props) return;
  for (const name in props) {
    const value = props[name];
    if (value === undefined || value === null || value === false || name === 'key') continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value as EventListener);
    else if (name === 'style') {
      const style = (element as HTMLElement).style;
      for (const [property, v] of Object.entries(value as Record<string, string>)) {
        if (property.startsWith('--')) style.setProperty(property, v);
        else (style as unknown as Record<string, string>)[property] = v;
      }
    } else if (name === '.value') (element as HTMLInputElement).value = value as string;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(element: Element | DocumentFragment, children: readonly Child<Node>[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === '') continue;
    if (Array.isArray(child)) append(element, child);
    else if (typeof child === 'object') element.appendChild(child as Node);
    else element.appendChild(document.createTextNode(String(child)));
  }
}

export const h = ((tag: string, props?: Props | null, ...children: Child<Node>[]) => {
  const element = document.createElement(tag);
  setProps(element, props);
  append(element, children);
  return element;
}) as unknown as H<Node>;

h.svg = (tag: string, props?: Props | null, ...children: Child<Node>[]) => {
  const element = document.createElementNS(SVG, tag);
  setProps(element, props);
  append(element, children);
  return element;
};
