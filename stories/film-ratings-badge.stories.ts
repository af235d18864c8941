import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import '../src/film-ratings-badge.js';

import type { FilmInput } from '../src/data/schema.js';
import { BADGE_VARIANTS } from '../src/elements/film-ratings-badge/film-ratings-badge.js';
import { THEMES } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';

interface Args {
  film?: FilmInput | string;
  src?: string;
  theme?: 'light' | 'dark';
  source?: string;
  variant: 'full' | 'compact';
}

/**
 * Opens a score's tooltip the way a keyboard user does: by focusing it. (A story cannot hover; focus
 * opens the same tooltip at once.)
 */
async function focusScore(canvas: HTMLElement, source: string) {
  const element = canvas.querySelector('film-ratings-badge');
  if (!element) return;
  await element.updateComplete;
  const trigger = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[aria-describedby]')].find((t) =>
    t.getAttribute('aria-label')?.startsWith(source),
  );
  trigger?.focus();
}

const badge = ({ film, src, theme, source, variant }: Args) => html`<film-ratings-badge
  .film=${film}
  src=${ifDefined(src)}
  theme=${ifDefined(theme)}
  source=${ifDefined(source)}
  variant=${variant}
></film-ratings-badge>`;

const meta: Meta<Args> = {
  title: 'Elements/film-ratings-badge',
  component: 'film-ratings-badge',
  tags: ['autodocs'],
  args: { film: sample as FilmInput, variant: 'full' },
  argTypes: {
    film: { control: 'object', description: 'The film (property `film`, or JSON text in the `film` attribute).' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, ...THEMES] },
    source: { control: 'select', options: [undefined, 'Metacritic', 'Rotten Tomatoes', 'User score', 'IMDb', 'TMDB'] },
    variant: { control: 'inline-radio', options: BADGE_VARIANTS },
  },
  render: (args) => badge(args),
  parameters: {
    docs: {
      description: {
        component:
          'Every score the film has, with its source and its band in words. Hover or focus a score for the details (count, average, consensus, link) in a tooltip; Escape dismisses it. A film without ratings renders nothing.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** All of the sample's scores, in data order: Metacritic, Rotten Tomatoes, the user score, IMDb, TMDB. */
export const AllSources: Story = {};

/** One source, chosen with `source` (case-insensitive). */
export const OneSource: Story = { args: { source: 'Rotten Tomatoes' } };

/** `variant="compact"`: score and source on one line; the band and the rest are in the tooltip. */
export const Compact: Story = { args: { variant: 'compact' } };

/** `variant="full"` (the default) with every kind of scale and every band. */
export const Full: Story = {
  args: {
    film: {
      title: 'Every band',
      ratings: [
        { source: 'Acclaim', value: 92, max: 100, kind: 'critic', count: 40 },
        { source: 'Favourable', value: 70, max: 100, kind: 'critic' },
        { source: 'Mixed', value: 50, max: 100, kind: 'critic' },
        { source: 'Unfavourable', value: 30, max: 100, kind: 'critic' },
        { source: 'Dislike', value: 10, max: 100, kind: 'critic' },
        { source: 'Fresh', value: 90, max: 100, unit: '%', kind: 'critic', count: 51, average: { value: 7.7, max: 10 } },
        { source: 'Rotten', value: 35, max: 100, unit: '%', kind: 'critic', count: 88 },
        { source: 'Audience', value: 55, max: 100, unit: '%', kind: 'audience', count: 2500 },
        { source: 'Out of ten', value: 7.5, max: 10, kind: 'audience', count: 142000 },
        { source: 'Out of five', value: 3.5, max: 5, kind: 'audience', count: 12 },
        { source: 'Out of twenty', value: 14, max: 20 },
      ],
    },
  },
};

/**
 * A film with no ratings renders nothing at all: no empty box, nothing announced. The element is
 * still there (and fires `film-load`), so it shows up as soon as the film has scores.
 */
export const NoRatings: Story = { tags: ['empty'], args: { film: { title: 'Leaving Las Vegas', ratings: [] } } };

/**
 * Nonsense scores (value above max, negative, max 0) are left out, reported in `problems` and the
 * `film-load` event (and warned about once in the console); the valid ones still show.
 */
export const BadValues: Story = {
  args: {
    film: {
      title: 'Bad values',
      ratings: [
        { source: 'Metacritic', value: 82, max: 100, kind: 'critic' },
        { source: 'Above max', value: 11, max: 10 },
        { source: 'Negative', value: -3, max: 10 },
        { source: 'Max zero', value: 0, max: 0 },
        { source: 'IMDb', value: 7.5, max: 10, kind: 'audience', count: 142000 },
      ],
    },
  },
};

/** The Rotten Tomatoes tooltip open (focused): kind, count, average and the critics consensus. */
export const TooltipOpen: Story = {
  render: (args) => html`<div style="padding-block: 12rem 2rem">${badge(args)}</div>`,
  play: async ({ canvasElement }) => focusScore(canvasElement, 'Rotten Tomatoes'),
};

/**
 * Inside a small `overflow: hidden` box: the tooltip renders in the top layer, so it shows whole
 * instead of being cut off by the box.
 */
export const InClippedContainer: Story = {
  args: { variant: 'compact', source: 'Rotten Tomatoes' },
  render: (args) => html`<div style="padding-block: 12rem 2rem">
    <div style="width: 12rem; height: 3rem; overflow: hidden; border: 1px dashed currentColor; padding: 0.5rem">
      ${badge(args)}
    </div>
  </div>`,
  play: async ({ canvasElement }) => focusScore(canvasElement, 'Rotten Tomatoes'),
};

/** Forced dark theme, whatever the page prefers. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** French: numbers ("7,25", "90 %"), bands and words follow the nearest `lang`. */
export const French: Story = { globals: { locale: 'fr' } };
