/**
 * Hand-written custom elements, no framework: the practical lower bound for the DOM our elements make.
 * Each renders synchronously when it gets a film (attribute `film` with JSON text, or property `film`
 * with an object) and is connected; a state change re-renders its shadow root from scratch. They
 * share our stylesheets (adopted, like Lit does) and our formatting helpers and UI strings, so the
 * only difference left is how the DOM gets made and updated.
 */
import type { CSSResult } from 'lit';

import type { Film, Review } from '../../src/data/film.js';
import { awardsStrings } from '../../src/elements/film-awards-list/film-awards-list.strings.js';
import { styles as awardsStyles } from '../../src/elements/film-awards-list/film-awards-list.styles.js';
import { cardStrings } from '../../src/elements/film-card/film-card.strings.js';
import { styles as cardStyles } from '../../src/elements/film-card/film-card.styles.js';
import { badgeStrings } from '../../src/elements/film-ratings-badge/film-ratings-badge.strings.js';
import { styles as badgeStyles } from '../../src/elements/film-ratings-badge/film-ratings-badge.styles.js';
import { carouselStrings } from '../../src/elements/film-review-carousel/film-review-carousel.strings.js';
import { styles as carouselStyles } from '../../src/elements/film-review-carousel/film-review-carousel.styles.js';
import { soundtrackStrings } from '../../src/elements/film-soundtrack/film-soundtrack.strings.js';
import { styles as soundtrackStyles } from '../../src/elements/film-soundtrack/film-soundtrack.styles.js';
import { baseStyles } from '../../src/internal/styles.js';
import { tooltipStyles } from '../../src/internal/tooltip.js';
import { awardsListView, groupAwards } from '../views/awards-list.js';
import { cardView, initialCardState, type CardState } from '../views/card.js';
import { carouselView, positions, type CarouselState } from '../views/carousel.js';
import { filmFromJson, normalizeFilm } from '../views/film-data.js';
import { ratingsBadgeView } from '../views/ratings-badge.js';
import { deriveSoundtrack, initialSoundtrackState, soundtrackView, type SoundtrackView } from '../views/soundtrack.js';
import { h } from './dom.js';

const sheets = (...styles: CSSResult[]) => styles.map((style) => style.styleSheet!);

export abstract class VanillaFilmElement extends HTMLElement {
  static observedAttributes = ['film'];
  protected readonly root: ShadowRoot;
  protected data?: Film;
  protected locale = 'en';

  constructor(styles: CSSStyleSheet[]) {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = styles;
  }

  get film(): Film | undefined {
    return this.data;
  }

  set film(value: Record<string, unknown>) {
    this.accept(normalizeFilm(value));
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null) {
    if (value !== null) this.accept(filmFromJson(value));
  }

  connectedCallback() {
    this.locale = this.closest('[lang]')?.getAttribute('lang') ?? 'en';
    this.render();
  }

  private accept(film: Film) {
    this.data = film;
    this.filmChanged(film);
    if (this.isConnected) this.render();
  }

  /** A new film: reset per-film state. */
  protected filmChanged(_film: Film): void {}

  protected render() {
    if (!this.data) return;
    const view = this.view(this.data);
    if (view) this.root.replaceChildren(view);
    else this.root.replaceChildren();
  }

  protected abstract view(film: Film): Node | null;
}

export class VanillaFilmCard extends VanillaFilmElement {
  private state: CardState = initialCardState();
  private actions = {
    posterError: () => this.set({ posterFailed: true }),
    toggleCast: () => this.set({ castExpanded: !this.state.castExpanded }),
    toggleSynopsis: () => this.set({ synopsisExpanded: !this.state.synopsisExpanded }),
  };

  constructor() {
    super(cardSheets);
  }

  private set(change: Partial<CardState>) {
    this.state = { ...this.state, ...change };
    this.render();
  }

  protected override filmChanged() {
    this.state = initialCardState();
  }

  protected view(film: Film) {
    return cardView(h, film, this.state, this.actions, cardStrings(this.locale), this.locale);
  }
}

export class VanillaFilmSoundtrack extends VanillaFilmElement {
  private expanded = false;
  private derived?: SoundtrackView;
  private toggle = () => {
    this.expanded = !this.expanded;
    this.render();
  };

  constructor() {
    super(soundtrackSheets);
  }

  protected override filmChanged() {
    this.expanded = false;
    this.derived = undefined;
  }

  protected view(film: Film) {
    if (!film.soundtrack) return null;
    const s = soundtrackStrings(this.locale);
    this.derived ??= deriveSoundtrack(film.soundtrack, s);
    return soundtrackView(h, this.derived, { ...initialSoundtrackState(), expanded: this.expanded }, this.toggle, s, this.locale);
  }
}

export class VanillaFilmReviewCarousel extends VanillaFilmElement {
  private state: CarouselState = { index: 0, width: 0, overflows: new Map<Review, boolean>() };
  private actions = { move: (index: number) => this.goTo(index) };

  constructor() {
    super(carouselSheets);
  }

  get count(): number {
    return this.data?.reviews?.length ?? 0;
  }

  next(): void {
    const last = positions(this.state.width, this.count) - 1;
    this.goTo(this.state.index >= last ? 0 : this.state.index + 1);
  }

  previous(): void {
    const last = positions(this.state.width, this.count) - 1;
    this.goTo(this.state.index === 0 ? last : this.state.index - 1);
  }

  goTo(index: number): void {
    const last = positions(this.state.width, this.count) - 1;
    const target = Math.max(0, Math.min(Math.round(index) || 0, last));
    if (target === this.state.index) return;
    this.state.index = target;
    this.render();
  }

  protected override filmChanged() {
    this.state = { index: 0, width: this.state.width, overflows: new Map() };
  }

  override connectedCallback() {
    // Hand-written code can read its width before the first render (one forced layout) instead of
    // rendering once at width 0 and again when a ResizeObserver reports.
    this.state.width = Math.round(this.clientWidth);
    super.connectedCallback();
  }

  protected override render() {
    super.render();
    // Which clamped texts really overflow: a text that fits loses its "Read more" (as ours does).
    let changed = false;
    for (const text of this.root.querySelectorAll<HTMLElement>('.text.clamped')) {
      const review = this.data!.reviews![Number(text.id.slice('text-'.length))]!;
      const overflows = text.scrollHeight > text.clientHeight + 1;
      if (this.state.overflows.get(review) !== overflows) {
        this.state.overflows.set(review, overflows);
        changed = true;
      }
    }
    if (changed) super.render();
  }

  protected view(film: Film) {
    return carouselView(
      h,
      film.title,
      film.reviews ?? [],
      this.state,
      this.actions,
      carouselStrings(this.locale),
      this.locale,
    ) as Node | null;
  }
}

export class VanillaFilmRatingsBadge extends VanillaFilmElement {
  constructor() {
    super(badgeSheets);
  }

  override connectedCallback() {
    // Ours reflects `variant` to the host; the styles key on it.
    if (!this.hasAttribute('variant')) this.setAttribute('variant', 'full');
    super.connectedCallback();
  }

  protected view(film: Film) {
    return ratingsBadgeView(h, film.title, film.ratings ?? [], badgeStrings(this.locale), this.locale) as Node | null;
  }
}

export class VanillaFilmAwardsList extends VanillaFilmElement {
  private groups?: ReturnType<typeof groupAwards>;

  constructor() {
    super(awardsSheets);
  }

  protected override filmChanged() {
    this.groups = undefined;
  }

  protected view(film: Film) {
    this.groups ??= groupAwards(film.awards ?? []);
    return awardsListView(h, film.awards ?? [], this.groups, awardsStrings(this.locale), this.locale) as Node | null;
  }
}

const cardSheets = sheets(baseStyles, cardStyles);
const soundtrackSheets = sheets(baseStyles, soundtrackStyles);
const carouselSheets = sheets(baseStyles, carouselStyles);
const badgeSheets = sheets(baseStyles, tooltipStyles, badgeStyles);
const awardsSheets = sheets(baseStyles, awardsStyles);

const define = (tag: string, element: CustomElementConstructor) => customElements.get(tag) || customElements.define(tag, element);
define('vanilla-film-card', VanillaFilmCard);
define('vanilla-film-soundtrack', VanillaFilmSoundtrack);
define('vanilla-film-review-carousel', VanillaFilmReviewCarousel);
define('vanilla-film-ratings-badge', VanillaFilmRatingsBadge);
define('vanilla-film-awards-list', VanillaFilmAwardsList);
