import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import '../src/film-review-carousel.js';

import type { FilmInput } from '../src/data/schema.js';
import { CAROUSEL_KINDS, CAROUSEL_SORTS } from '../src/elements/film-review-carousel/film-review-carousel.js';
import { THEMES } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';

interface Args {
  film?: FilmInput | string;
  src?: string;
  theme?: (typeof THEMES)[number];
  label?: string;
  kind: (typeof CAROUSEL_KINDS)[number];
  sort: (typeof CAROUSEL_SORTS)[number];
  autoplay: boolean;
  interval: number;
  slidesPerView?: number;
  maxTabs: number;
  width?: string;
}

type Review = NonNullable<FilmInput['reviews']>[number];

const sampleFilm = sample as FilmInput;
const sampleReviews = sampleFilm.reviews ?? [];

/**
 * 10,000 reviews made from the sample's (authors, dates and scores varied), as a popular film has them.
 * Built on first use, so the other stories don't pay for it.
 */
let generated: FilmInput | undefined;
function tenThousand(): FilmInput {
  generated ??= {
    title: 'Leaving Las Vegas',
    reviews: Array.from({ length: 10_000 }, (_, i): Review => {
      const base = sampleReviews[i % sampleReviews.length]!;
      return {
        ...base,
        author: `${base.author} #${i + 1}`,
        kind: i % 5 === 0 ? 'critic' : 'audience',
        date: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        ...(i % 3 === 0
          ? { rating: { value: 1 + (i % 10), max: 10 } }
          : i % 3 === 1
            ? { rating: { value: 0.5 + (i % 5) * 0.5 + 2 * ((i >> 3) % 2), max: 5 } }
            : {}),
      };
    }),
  };
  return generated;
}

/** One review of 40,000 characters, an unbroken 300-character "word" among them, and a long title. */
const veryLong: FilmInput = {
  title: 'Leaving Las Vegas',
  reviews: [
    {
      author: 'A Very Thorough Reviewer With An Unusually Long Name That Keeps Going',
      outlet: 'The Extremely Long Outlet Name Quarterly Review of Film, Television and Related Arts',
      kind: 'critic',
      date: '1995-11-10',
      rating: { value: 3.5, max: 4 },
      title: 'On drinking, dying and Las Vegas: a review that never quite ends '.repeat(3).trim(),
      text: `${'Nicolas Cage plays Ben Sanderson, a screenwriter who has decided to drink himself to death. '.repeat(200)}https://example.com/${'x'.repeat(300)}\n\n${'Elisabeth Shue is Sera. '.repeat(800)}`,
      url: 'https://example.com/reviews/leaving-las-vegas',
    },
    sampleReviews[1]!,
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/film-review-carousel',
  component: 'film-review-carousel',
  tags: ['autodocs'],
  args: { film: sampleFilm, kind: 'all', sort: 'data', autoplay: false, interval: 6000, maxTabs: 16 },
  argTypes: {
    film: { control: 'object', description: 'The film (property `film`, or JSON text in the `film` attribute).' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, ...THEMES] },
    label: { control: 'text' },
    kind: { control: 'inline-radio', options: CAROUSEL_KINDS },
    sort: { control: 'inline-radio', options: CAROUSEL_SORTS },
    autoplay: { control: 'boolean' },
    interval: { control: { type: 'number', min: 1000, step: 500 } },
    slidesPerView: { name: 'slides-per-view', control: { type: 'number', min: 1, max: 4 } },
    maxTabs: { name: 'max-tabs', control: { type: 'number', min: 0, max: 40 } },
    width: { control: 'text', description: 'Width of the container around the element (story only).' },
  },
  render: ({
    film,
    src,
    theme,
    label,
    kind,
    sort,
    autoplay,
    interval,
    slidesPerView,
    maxTabs,
    width,
  }) => html`<div style="max-width: ${width ?? '100%'}">
    <film-review-carousel
      .film=${film}
      src=${ifDefined(src)}
      theme=${ifDefined(theme)}
      label=${ifDefined(label)}
      kind=${kind}
      sort=${sort}
      ?autoplay=${autoplay}
      interval=${interval}
      slides-per-view=${ifDefined(slidesPerView)}
      max-tabs=${maxTabs}
    ></film-review-carousel>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'Critic and audience reviews as an accessible carousel (WAI-ARIA APG): previous/next, a picker (tabs, or a readout and a slider for many), optional rotation with a stop/start button, swipe and mouse drag with scroll snap. Only the shown slides and two on each side are in the DOM, so 10,000 reviews cost what 10 do. Feed it the film as a property, as JSON in the `film` attribute, in a child `<script type="application/json">`, or by URL with `src`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The sample film's 16 reviews: 2 critics, 14 audience, some thousands of characters long, two with scores. Slides per view follow the width. */
export const Sample: Story = {};

/** Only the critics (`kind="critic"`). */
export const Critics: Story = { args: { kind: 'critic' } };

/** Audience reviews, best score first (`sort="rating"`; unrated ones last). */
export const AudienceByRating: Story = { args: { kind: 'audience', sort: 'rating' } };

/**
 * `autoplay`, every 4 s: the stop button comes first; hovering pauses, keyboard focus inside stops it
 * for good, and with reduced motion it starts stopped.
 */
export const Autoplay: Story = { args: { autoplay: true, interval: 4000, slidesPerView: 1 } };

/** One review: no controls, just the slide. */
export const SingleReview: Story = { args: { film: { title: 'Leaving Las Vegas', reviews: [sampleReviews[0]!] } } };

/** No reviews: the element renders nothing at all (no empty box on the page). */
export const NoReviews: Story = { tags: ['empty'], args: { film: { title: 'Leaving Las Vegas' } } };

/** 10,000 reviews: a "1 / 10,000" readout and a slider instead of tabs; the DOM holds at most 7 slides. */
export const TenThousandReviews: Story = {
  args: { film: undefined },
  loaders: [async () => ({ film: tenThousand() })],
  render: (args, { loaded }) => meta.render!({ ...args, film: loaded.film as FilmInput }, {} as never),
};

/** A 40,000-character review with an unbroken 300-character word: clamped, "Read more" expands it in place. */
export const VeryLongReview: Story = { args: { film: veryLong, slidesPerView: 1 } };

/** Forced dark theme, whatever the page prefers. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** Right to left: arrows, keys and swipes mirror. */
export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** French: dates, scores ("2,75 / 5"), labels ("3 sur 16") follow the nearest `lang`. */
export const French: Story = { globals: { locale: 'fr' } };

/** In a 300 px sidebar: one slide per view, and the picker becomes a readout and a slider. */
export const Narrow: Story = { args: { width: '300px' } };
