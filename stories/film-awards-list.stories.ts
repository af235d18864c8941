import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import '../src/film-awards-list.js';

import type { FilmInput } from '../src/data/schema.js';
import { AWARDS_FILTERS, AWARDS_GROUPINGS } from '../src/elements/film-awards-list/film-awards-list.js';
import { THEMES } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';

interface Args {
  film?: FilmInput | string;
  src?: string;
  theme?: 'light' | 'dark';
  filter: 'all' | 'wins';
  groupBy: 'ceremony' | 'person';
  openGroups: number;
  headingLevel: number;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/film-awards-list',
  component: 'film-awards-list',
  tags: ['autodocs'],
  args: { film: sample as FilmInput, filter: 'all', groupBy: 'ceremony', openGroups: 3, headingLevel: 3 },
  argTypes: {
    film: { control: 'object', description: 'The film (property `film`, or JSON text in the `film` attribute).' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, ...THEMES] },
    filter: { control: 'inline-radio', options: AWARDS_FILTERS },
    groupBy: { name: 'group-by', control: 'inline-radio', options: AWARDS_GROUPINGS },
    openGroups: { name: 'open-groups', control: { type: 'number', min: 0, max: 20 } },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'text', description: 'Width of the container around the list (story only).' },
  },
  render: ({ film, src, theme, filter, groupBy, openGroups, headingLevel, width }) => html`<div style="max-width: ${width ?? '48rem'}">
    <film-awards-list
      .film=${film}
      src=${ifDefined(src)}
      theme=${ifDefined(theme)}
      filter=${filter}
      group-by=${groupBy}
      open-groups=${openGroups}
      heading-level=${headingLevel}
    ></film-awards-list>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'A film’s awards and nominations, grouped by ceremony (or by person) with counts. Each group is a disclosure; the first `open-groups` start open. Feed it the film as a property, as JSON in the `film` attribute, in a child `<script type="application/json">`, or by URL with `src`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The sample's full record: 34 entries at 11 ceremonies, the Oscar win first, then chronological. */
export const FullRecord: Story = {};

/** `filter="wins"`: wins only; the summary and each group say what the filter hides. */
export const WinsOnly: Story = { args: { filter: 'wins' } };

/** `group-by="person"`: the same entries by nominee; awards to the film itself come first. */
export const ByPerson: Story = { args: { groupBy: 'person' } };

/** A film with a single award: one open group, no "Show all". */
export const SingleAward: Story = {
  args: {
    film: {
      title: 'Leaving Las Vegas',
      year: 1995,
      awards: [{ name: 'National Board of Review', year: 1995, category: 'Best Actor', nominees: ['Nicolas Cage'], result: 'won' }],
    },
  },
};

/** No awards in the data: the element renders nothing visible. */
export const NoAwards: Story = { tags: ['empty'], args: { film: { title: 'Leaving Las Vegas', year: 1995, awards: [] } } };

/**
 * Malformed entries (no category, an unknown result, not an object) are dropped and reported in
 * `problems` and in the `film-load` event, with one console warning; the rest renders.
 */
export const MalformedEntries: Story = {
  args: {
    film: {
      title: 'Leaving Las Vegas',
      awards: [
        { name: 'Academy Awards', edition: '68th', year: 1996, category: 'Best Actor', nominees: ['Nicolas Cage'], result: 'won' },
        { name: 'Academy Awards', edition: '68th', year: 1996, nominees: ['Elisabeth Shue'], result: 'nominated' },
        { name: 'Golden Globe Awards', edition: '53rd', year: 1996, category: 'Best Director', nominees: ['Mike Figgis'], result: 'lost' },
        'Best Picture',
        {
          name: 'Golden Globe Awards',
          edition: '53rd',
          year: 1996,
          category: 'Best Actor – Motion Picture Drama',
          nominees: ['Nicolas Cage'],
          result: 'won',
        },
      ],
    } as unknown as FilmInput,
  },
};

/** Forced dark theme, whatever the page prefers. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** French: counts, results and buttons follow the nearest `lang`. */
export const French: Story = { args: { filter: 'wins' }, globals: { locale: 'fr' } };

/** In a 280 px sidebar: results stack above their category. */
export const NarrowContainer: Story = { args: { width: '280px' } };

/** `heading-level="2"` and every group open: fits a page whose section headings are level 1. */
export const AllOpenLevel2: Story = { args: { headingLevel: 2, openGroups: 20 } };
