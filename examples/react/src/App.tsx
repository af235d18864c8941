import type { FilmErrorDetail, FilmInput } from 'film-elements';
import { useState } from 'react';

// JSX typings for the film-* tags: properties, attributes and `onfilm-*` events are checked.
import type {} from 'film-elements/jsx';

import sample from './leaving-las-vegas.json';

type FilmValue = FilmInput | Record<string, unknown>;

export function App() {
  const [film, setFilm] = useState<FilmValue>(sample);
  const [error, setError] = useState('');

  // React 19 passes `onfilm-error` to addEventListener('film-error', …) on custom elements.
  const onError = (event: CustomEvent<FilmErrorDetail>) =>
    setError(`${(event.currentTarget as Element).localName}: ${event.detail.message}`);
  const onLoad = () => setError('');

  return (
    <main>
      <h1>film-elements in React 19</h1>
      <p>
        <button type="button" onClick={() => setFilm(film === sample ? { year: 1995 } : sample)}>
          {film === sample ? 'Load a film without a title' : 'Load the sample film'}
        </button>
      </p>
      <p role="status" id="film-status">
        {error}
      </p>

      {/* `film` is an object: React 19 sets it as the element's property, no JSON text involved. */}
      <film-card film={film} heading-level={2} onfilm-error={onError} onfilm-load={onLoad} />
      <film-ratings-badge film={film} onfilm-error={onError} />
      <film-awards-list film={film} heading-level={2} filter="all" onfilm-error={onError} />
      <film-review-carousel film={film} label="Reviews" onfilm-error={onError} />
      <film-soundtrack film={film} heading-level={2} onfilm-error={onError} />
    </main>
  );
}
