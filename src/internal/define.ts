/**
 * Registers a tag unless something already did: two bundles of film-elements on one page (a CDN copy
 * and an npm build) must not throw "name already used".
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
