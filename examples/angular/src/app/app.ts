import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { FilmErrorDetail, FilmInput } from 'film-elements';

import sample from '../leaving-las-vegas.json';

type FilmValue = FilmInput | Record<string, unknown>;

@Component({
  selector: 'app-root',
  // film-* tags are custom elements, not Angular components: the schema lets their properties and
  // events through (and turns off Angular's check of their names: a misspelt one is not an error).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>film-elements in Angular</h1>
      <p>
        <button type="button" (click)="toggle()">
          {{ film() === sample ? 'Load a film without a title' : 'Load the sample film' }}
        </button>
      </p>
      <p id="film-status" role="status">{{ error() }}</p>

      <!-- [film] sets the element's film property (the object); (film-error) listens to the event. -->
      <film-card [film]="film()" [headingLevel]="2" (film-error)="onError($event)" (film-load)="error.set('')"></film-card>
      <film-ratings-badge [film]="film()" (film-error)="onError($event)"></film-ratings-badge>
      <film-awards-list [film]="film()" heading-level="2" filter="all" (film-error)="onError($event)"></film-awards-list>
      <film-review-carousel [film]="film()" label="Reviews" (film-error)="onError($event)"></film-review-carousel>
      <film-soundtrack [film]="film()" heading-level="2" (film-error)="onError($event)"></film-soundtrack>
    </main>
  `,
})
export class App {
  protected readonly sample = sample;
  protected readonly film = signal<FilmValue>(sample);
  protected readonly error = signal('');

  protected toggle() {
    this.film.update((film) => (film === sample ? { year: 1995 } : sample));
  }

  /** `$event` is a CustomEvent<FilmErrorDetail> to the template checker (the package's event map). */
  protected onError(event: CustomEvent<FilmErrorDetail>) {
    this.error.set(`${(event.currentTarget as Element).localName}: ${event.detail.message}`);
  }
}
