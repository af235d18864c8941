/**
 * The part of @floating-ui/dom the tooltip uses, as one module to load lazily. Importing the package
 * itself dynamically would keep every export of it in a bundle that inlines the import (the CDN file).
 */
export { arrow, autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
