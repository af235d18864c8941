import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

import '../src/film-card.js';

import type { FilmInput } from '../src/data/schema.js';
import { LOCALES } from '../src/locales/index.js';
import sample from '../src/samples/leaving-las-vegas.json';

/** The languages written right to left: their pages say so with `dir="rtl"`. */
const RTL = new Set(['ar', 'he', 'fa']);

const meta: Meta = {
  title: 'Languages/All languages',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

/**
 * `<film-card>` in every shipped language, side by side: the same film, each card under its own `lang`
 * (and `dir` for Arabic, Hebrew and Persian). Each language's strings load when its first card needs
 * them; dates, numbers and runtimes are `Intl`'s, in the language's own digits.
 */
export const AllLanguages: StoryObj = {
  name: 'Every language',
  render: () => html`<div
    style="display: grid; gap: 1rem; padding: 1rem; align-items: start; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr))"
  >
    ${LOCALES.map(
      (locale) =>
        html`<figure lang=${locale} dir=${RTL.has(locale) ? 'rtl' : 'ltr'} style="margin: 0; display: grid; gap: 0.25rem">
          <figcaption style="font: 600 0.875rem system-ui, sans-serif">
            ${new Intl.DisplayNames([locale], { type: 'language' }).of(locale)} <code>${locale}</code>
          </figcaption>
          <film-card .film=${sample as FilmInput} cast-limit="3" heading-level="2"></film-card>
        </figure>`,
    )}
  </div>`,
};
