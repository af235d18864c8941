import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import '../src/film-card.js';

import { FORMATS, type Format } from '../src/data/read.js';
import type { FilmInput } from '../src/data/schema.js';
import { THEMES } from '../src/internal/film-element.js';
import imdbJsonLd from '../src/samples/leaving-las-vegas.imdb-jsonld.json';
import sample from '../src/samples/leaving-las-vegas.json';
import omdb from '../src/samples/leaving-las-vegas.omdb.json';
import tmdb from '../src/samples/leaving-las-vegas.tmdb.json';

interface Args {
  film?: FilmInput | string | unknown[];
  src?: string;
  format?: Format;
  tmdbImageBase?: string;
  structuredData?: boolean;
  theme?: 'light' | 'dark';
  headingLevel: number;
  castLimit: number;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/film-card',
  component: 'film-card',
  tags: ['autodocs'],
  args: { film: sample as FilmInput, headingLevel: 3, castLimit: 6 },
  argTypes: {
    film: { control: 'object', description: 'The film (property `film`, or JSON text in the `film` attribute).' },
    src: { control: 'text' },
    format: { control: 'inline-radio', options: [undefined, ...FORMATS] },
    tmdbImageBase: { name: 'tmdb-image-base', control: 'text' },
    structuredData: { name: 'structured-data', control: 'boolean' },
    theme: { control: 'inline-radio', options: [undefined, ...THEMES] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    castLimit: { name: 'cast-limit', control: { type: 'number', min: 1, max: 30 } },
    width: { control: 'text', description: 'Width of the container around the card (story only).' },
  },
  render: ({ film, src, format, tmdbImageBase, structuredData, theme, headingLevel, castLimit, width }) => html`<div
    style="max-width: ${width ?? '56rem'}"
  >
    <film-card
      .film=${film}
      src=${ifDefined(src)}
      format=${ifDefined(format)}
      tmdb-image-base=${ifDefined(tmdbImageBase)}
      ?structured-data=${structuredData}
      theme=${ifDefined(theme)}
      heading-level=${headingLevel}
      cast-limit=${castLimit}
    ></film-card>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'A film at a glance. Feed it the film as a property, as JSON in the `film` attribute, in a child `<script type="application/json">`, or by URL with `src`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The sample film, Leaving Las Vegas (1995), with every field the format has. */
export const Sample: Story = {};

/** Only the required field: no empty headings, no stray separators. */
export const TitleOnly: Story = { args: { film: { title: 'Leaving Las Vegas' } } };

const long = 'Extraordinarily '.repeat(6);
/** Long values everywhere: the card wraps and clamps instead of overflowing. */
export const LongEverything: Story = {
  args: {
    film: {
      ...(sample as FilmInput),
      title: `${long}Long Title of a Film That Goes On and On`,
      tagline: `${long}long tagline`,
      synopsis: `${sample.synopsis} `.repeat(8),
      genres: ['Drama', 'Romance', 'Psychological thriller', 'Neo-noir', 'Tragicomedy', 'Road movie'],
      cast: Array.from({ length: 40 }, (_, i) => ({
        name: `Performer With A Very Long Name Number ${i + 1}`,
        character: `A character whose name is also long ${i + 1}`,
      })),
    },
  },
};

/** No poster in the data: a designed placeholder keeps the layout. */
export const NoPoster: Story = { args: { film: { ...(sample as FilmInput), poster: undefined } } };

/** The poster URL fails to load: the same placeholder replaces the broken image. */
export const BrokenPosterUrl: Story = {
  tags: ['broken-url'],
  args: { film: { ...(sample as FilmInput), poster: 'posters/does-not-exist.jpg' } },
};

/** JSON text that does not parse: an accessible error state and a `film-error` event. */
export const InvalidJson: Story = { tags: ['error'], args: { film: '{"title": "Leaving Las Vegas", "year": 1995,,}' } };

/** schema.org `Movie` JSON-LD, as film sites publish it (entities such as `&apos;` are decoded). */
export const SchemaOrgInput: Story = {
  args: {
    film: {
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Leaving Las Vegas',
      image: 'posters/leaving-las-vegas.svg',
      datePublished: '1995-10-27',
      duration: 'PT1H52M',
      contentRating: 'R',
      genre: ['Drama', 'Romance'],
      director: { '@type': 'Person', name: 'Mike Figgis' },
      author: [
        { '@type': 'Person', name: 'John O&apos;Brien' },
        { '@type': 'Person', name: 'Mike Figgis' },
      ],
      actor: [
        { '@type': 'PerformanceRole', actor: { '@type': 'Person', name: 'Nicolas Cage' }, characterName: 'Ben Sanderson' },
        { '@type': 'PerformanceRole', actor: { '@type': 'Person', name: 'Elisabeth Shue' }, characterName: 'Sera' },
      ],
      aggregateRating: { '@type': 'AggregateRating', ratingValue: '7.5', bestRating: '10', ratingCount: 142000, author: 'IMDb' },
      award: 'Academy Award for Best Actor',
      description:
        'Ben Sanderson, a Hollywood screenwriter who has lost everything to drink, arrives in Las Vegas to drink himself to death.',
    } as unknown as FilmInput,
  },
};

/**
 * The sample film as a TMDB v3 response (`/movie/{id}?append_to_response=credits,release_dates,reviews,videos,images`),
 * detected by its shape. `tmdb-image-base` points the poster paths at a copy of the images (here, the
 * Storybook's own folder); by default they are TMDB's.
 */
export const FromTmdb: Story = { args: { film: tmdb as unknown as FilmInput, tmdbImageBase: 'posters' } };

/** The sample film as an OMDb response (`?i=…&plot=full`): three scores, the cast in one string, the awards as a sentence. */
export const FromOmdb: Story = { args: { film: omdb as unknown as FilmInput } };

/**
 * The sample film as the JSON-LD an IMDb title page publishes. Relative URLs in JSON-LD resolve
 * against the film's own `url` (IMDb's page), so the poster here is made absolute to Storybook's copy.
 */
export const FromImdbJsonLd: Story = {
  args: {
    film: { ...imdbJsonLd, image: new URL('posters/leaving-las-vegas.svg', location.href).href } as unknown as FilmInput,
  },
};

/**
 * TMDB and OMDb for one film, given together (`film` is a list): TMDB's credits, releases and
 * reviews, OMDb's IMDb, Rotten Tomatoes and Metacritic scores. The first input wins where both say
 * something (here TMDB); lists are merged without duplicates.
 */
export const TmdbAndOmdbMerged: Story = { args: { film: [tmdb, omdb] as unknown as FilmInput, tmdbImageBase: 'posters' } };

/** Loaded from a URL with `src` (the sample JSON served beside Storybook). */
export const FromSrc: Story = { args: { film: undefined, src: 'leaving-las-vegas.json' } };

/** Forced dark theme, whatever the page prefers. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** In a 300 px sidebar: the card stacks the poster above the text. */
export const NarrowContainer: Story = { args: { width: '300px' } };

/** French: dates, runtime, money and UI strings follow the nearest `lang`. */
export const French: Story = { globals: { locale: 'fr' } };

/** Restyled through `--film-*` custom properties and `::part()`. */
export const Restyled: Story = {
  render: () => html`<style>
      .restyled film-card {
        --film-color-accent: light-dark(#0b6e4f, #7fdcb8);
        --film-radius: 0;
        --film-card-poster-width: 28%;
        font-family: Georgia, serif;
      }
      .restyled film-card::part(title) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
    </style>
    <div class="restyled" style="max-width: 56rem"><film-card .film=${sample}></film-card></div>`,
};
