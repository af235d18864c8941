import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

import '../src/film-soundtrack.js';

import type { FilmInput } from '../src/data/schema.js';
import { THEMES } from '../src/internal/film-element.js';
import sample from '../src/samples/leaving-las-vegas.json';

interface Args {
  film?: FilmInput | string;
  src?: string;
  theme?: 'light' | 'dark';
  headingLevel: number;
  trackLimit: number;
  highlight?: string;
  performer?: string;
  width?: string;
}

type Tracks = NonNullable<FilmInput['soundtrack']>['tracks'];

/** A film whose soundtrack album has these tracks (the other album fields are invented examples). */
const album = (title: string, tracks: Tracks, extra: Partial<NonNullable<FilmInput['soundtrack']>> = {}): FilmInput => ({
  title: 'Example Film',
  soundtrack: { title, label: 'Example Records', catalogNumber: 'EX-1001', released: '2004-03', composer: 'A. Composer', ...extra, tracks },
});

/** A score album where every duration is known, given in every accepted format. */
const timed = album(
  'Night Crossing (Original Score)',
  [
    { position: 1, title: 'Harbour Lights', duration: 142 },
    { position: 2, title: 'The Ferry at Dusk', duration: '3:07' },
    { position: 3, title: 'Fog Horn', duration: 'PT1M54S', performers: ['Mara Lind'], writers: ['A. Composer', 'Mara Lind'] },
    { position: 4, title: 'Crossing', duration: '12:40' },
    { position: 5, title: 'Night Crossing Suite', duration: '1:02:05', note: 'Previously unreleased' },
  ],
  { notes: ['Recorded live to picture in one evening.'] },
);

/** Two CDs: positions "1-1" … "2-4" give one heading per disc. */
const twoDiscs = album(
  'Long Road Home (Deluxe Edition)',
  [
    { position: '1-1', title: 'Departure', duration: '2:45' },
    { position: '1-2', title: 'Open Country', duration: '4:12', performers: ['The Wayfarers'], writers: ['J. Field'] },
    { position: '1-3', title: 'Motel Neon', duration: '3:30' },
    { position: '1-4', title: 'Mile Marker 90', duration: '5:01' },
    { position: '2-1', title: 'Departure (Demo)', duration: '2:58' },
    { position: '2-2', title: 'Open Country (Acoustic)', duration: '4:40', performers: ['The Wayfarers'] },
    { position: '2-3', title: 'Rain on the Windshield', performers: ['Ada Quinn', 'The Wayfarers'] },
    { position: '2-4', title: 'Home', duration: '6:22' },
  ],
  { label: 'Example Records', catalogNumber: 'EX-2CD-77' },
);

/** An LP: positions "A1" … "B4" give one heading per side. */
const vinyl = album(
  'Saturday Night at the Palladium',
  [
    { position: 'A1', title: 'Opening Credits', duration: '1:58' },
    { position: 'A2', title: 'Dance Floor', duration: '3:41', performers: ['The Velvet Hours'], writers: ['R. Stone', 'P. Gray'] },
    { position: 'A3', title: 'Cigarette Break', duration: '2:12' },
    { position: 'A4', title: 'Last Bus', duration: '4:05', performers: ['Lou Marchetti'] },
    { position: 'B1', title: 'Morning After', duration: '3:33' },
    { position: 'B2', title: 'Palladium (Reprise)', duration: '2:47', performers: ['The Velvet Hours'] },
    { position: 'B3', title: 'Goodbye, Saturday', duration: '5:15' },
    { position: 'B4', title: 'End Titles', duration: '2:20' },
  ],
  { label: 'Example Records', catalogNumber: 'EXLP 4410', released: '1979-06-01' },
);

/** A box set of 500 cues: only the first ones render until "Show all". */
const boxSet = album(
  'The Complete Television Scores (Box Set)',
  Array.from({ length: 500 }, (_, i) => ({
    position: `${Math.floor(i / 25) + 1}-${(i % 25) + 1}`,
    title: `Cue ${i + 1}`,
    duration: 45 + ((i * 37) % 240),
    ...(i % 40 === 7 ? { performers: ['Studio Orchestra Chorus'] } : {}),
  })),
);

const meta: Meta<Args> = {
  title: 'Elements/film-soundtrack',
  component: 'film-soundtrack',
  tags: ['autodocs'],
  args: { film: sample as FilmInput, headingLevel: 3, trackLimit: 15 },
  argTypes: {
    film: { control: 'object', description: 'The film (property `film`, or JSON text in the `film` attribute).' },
    src: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, ...THEMES] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    trackLimit: { name: 'track-limit', control: { type: 'number', min: 0, max: 100 } },
    highlight: { control: 'text' },
    performer: { control: 'text' },
    width: { control: 'text', description: 'Width of the container around the element (story only).' },
  },
  render: ({ film, src, theme, headingLevel, trackLimit, highlight, performer, width }) => html`<div style="max-width: ${width ?? '44rem'}">
    <film-soundtrack
      .film=${film}
      src=${ifDefined(src)}
      theme=${ifDefined(theme)}
      heading-level=${headingLevel}
      track-limit=${trackLimit}
      highlight=${ifDefined(highlight)}
      performer=${ifDefined(performer)}
    ></film-soundtrack>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'The soundtrack album of a film: header, tracklist (sides and discs when the positions say so), durations when known, featured performers. Feed it the film as a property, as JSON in the `film` attribute, in a child `<script type="application/json">`, or by URL with `src`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The sample film's album: 25 tracks, no durations (unknown durations are normal), four featured performers. */
export const Sample: Story = {};

/** Every duration known (seconds, m:ss, h:mm:ss and ISO 8601 in the data): a duration column and the total running time. */
export const WithDurations: Story = { args: { film: timed } };

/** A two-disc set: a heading per disc. One duration is unknown, so the total gives way to the count. */
export const TwoDiscs: Story = { args: { film: twoDiscs } };

/** A vinyl LP: a heading per side. */
export const VinylSides: Story = { args: { film: vinyl } };

/** 500 tracks over 20 discs: the first 15 show, "Show all 500 tracks" reveals the rest. */
export const BoxSet500Tracks: Story = { args: { film: boxSet } };

/** `highlight="Sting"`: his three tracks are marked with a bar, a star and a highlighted name. */
export const Highlighted: Story = { args: { highlight: 'Sting', trackLimit: 0 } };

/** `performer="Sting"`: only his tracks, and the summary says how many are hidden. */
export const FilteredByPerformer: Story = { args: { performer: 'Sting' } };

/** A film without a soundtrack: the element renders nothing at all (no empty box on the page). */
export const NoSoundtrack: Story = { tags: ['empty'], args: { film: { title: 'Leaving Las Vegas' } } };

/** Malformed tracks (no title, an impossible duration) are dropped and reported; the rest renders. */
export const BadTracks: Story = {
  args: {
    film: album('Partly Broken Album', [
      { title: 'Good Track', duration: '3:00' },
      { title: '', duration: '2:00' },
      { title: 'Impossible Duration', duration: '3:75' },
      { title: 'Another Good Track', duration: 'PT4M' },
    ] as Tracks),
  },
};

/** Forced dark theme, whatever the page prefers. */
export const Dark: Story = { args: { theme: 'dark', highlight: 'Sting' }, globals: { theme: 'dark' } };

/** French: dates, durations, counts and UI strings follow the nearest `lang`. */
export const French: Story = { args: { film: vinyl }, globals: { locale: 'fr' } };

/** In a 280 px sidebar: facts stack, long titles wrap. */
export const Narrow: Story = { args: { width: '280px', film: twoDiscs } };
