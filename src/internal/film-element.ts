import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  ReactiveElement,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type RenderOptions,
  type TemplateResult,
} from 'lit';

import { closeDirectionControls } from '../data/bidi.js';
import type { Film, ParseResult, Problem } from '../data/film.js';
import { FORMATS, unsafeFilmAddress, type Format, type ParseOptions } from '../data/read.js';
import type { FilmInput } from '../data/schema.js';
import { parseShared, type Parsed } from '../data/shared.js';
import { baseStrings } from './base.strings.js';
import { isLocaleReady, languageOf, loadLocale, translationListeners } from './i18n.js';
import { baseStyles } from './styles.js';

export interface FilmHydrationErrorDetail {
  /** Why Lit could not take the server's DOM over (a render that differs in structure). */
  error: unknown;
}

export interface FilmErrorDetail {
  /** What went wrong, in plain words. */
  message: string;
  /** Every problem found, each with the path of the bad value (`reviews[3].rating.max`). */
  problems: Problem[];
}

export interface FilmLoadDetail {
  /** The validated, normalised film the element renders. */
  film: Film;
  /** Values that were dropped because they were invalid; empty when the data was clean. */
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'film-error': CustomEvent<FilmErrorDetail>;
    'film-load': CustomEvent<FilmLoadDetail>;
    'film-hydration-error': CustomEvent<FilmHydrationErrorDetail>;
  }
}

/** Values of `theme`; without it the element follows the page's `prefers-color-scheme`. */
export const THEMES = ['light', 'dark'] as const;

const JSON_SCRIPT = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';

/** The JSON-LD publisher (`structured-data`), once an element has loaded it. */
let structuredData: typeof import('./structured-data.js') | undefined;
/** The code that fetches a `src`, once an element has loaded it. */
let fetchCode: typeof import('../data/fetch-film.js') | undefined;

/**
 * Whether a locale's strings are here, asked once per locale: loaded strings stay loaded, and asking
 * parses the tag (`Intl.Locale`), a few percent of a 1,000-card first render when done every update.
 */
const readyLocales = new Set<string>();
const localeReady = (locale: string) => readyLocales.has(locale) || (isLocaleReady(locale) && !!readyLocales.add(locale));

/**
 * The check of a server render against the page's film and language, and what an element does when
 * Lit cannot take the render over (server-render.ts), once an element taking one over has loaded it:
 * only pages with server-rendered elements need them. Its load never rejects: without it, an element
 * renders its own DOM instead of taking the server's over.
 */
let serverRender: typeof import('./server-render.js') | undefined;
let serverRenderCode: Promise<unknown> | undefined;
const loadServerRender = () =>
  (serverRenderCode ??= import('./server-render.js').then(
    (module) => (serverRender = module),
    () => (serverRenderCode = undefined),
  ));

/** Whether film-elements/hydrate.js (Lit's hydration support) was loaded before Lit. */
const hydrationSupported = () => typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';

/**
 * The nearest `lang` up the tree, crossing shadow roots; the document's, then English, otherwise.
 * A value that is no BCP 47 tag (`lang="__proto__"`, `lang="constructor"`) is skipped: locales key
 * string tables, and such a key would find Object's prototype instead of a table.
 */
function nearestLang(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const lang = node instanceof Element ? languageOf(node.getAttribute('lang')) : undefined;
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The base of every film element: gets the film (property, `film` attribute, child JSON script or
 * `src`), parses it once per change, and renders either the film (`renderFilm`), a loading state or an
 * accessible error state. Nothing thrown by bad data escapes into the host page.
 *
 * For subclasses, one rule for state that follows the film: the parsed film is the reactive property
 * `filmData` (undefined while there is no film: no input, loading, or an error), and it changes
 * whichever input brought the film. Derive per-film data and reset per-film UI state in `willUpdate`:
 *
 *     protected override willUpdate(changed: PropertyValues<this>) {
 *       super.willUpdate(changed); // parses the input first
 *       if (changed.has('filmData')) this.expanded = false; // a new film starts collapsed
 *       if (changed.has('filmData') || changed.has('groupBy')) this.groups = group(this.filmData, this.groupBy);
 *     }
 *
 * `renderFilm(film)` then only renders: no parsing, no searching, no DOM or `window` reads.
 *
 * @fires film-load - The film was parsed (detail: `{ film, problems }`); `problems` lists dropped values.
 * @fires film-error - The film could not be shown (detail: `{ message, problems }`).
 * @fires {CustomEvent} film-hydration-error - A server render could not be taken over; the element rendered its own (detail: `{ error }`).
 * @csspart base - The element's outer box around its film (every element has it, besides its own name for it).
 * @csspart error - The error state shown instead of the film when the data is unusable.
 * @csspart loading - The loading state while `src` is being fetched.
 *
 * @cssprop --film-color-text - Main text colour.
 * @cssprop --film-color-muted - Secondary text: labels, counts, dates, characters.
 * @cssprop --film-color-surface - Background of the element's box (card, album, slides, tooltip).
 * @cssprop --film-color-surface-alt - Background of inner boxes: placeholders, group headings, highlighted rows, buttons.
 * @cssprop --film-color-border - Borders and separators.
 * @cssprop --film-color-accent - Links, buttons, selected states.
 * @cssprop --film-color-positive - Good results and scores: wins, fresh, favourable bands.
 * @cssprop --film-color-mixed - Middle results and scores: runner-up, mixed bands.
 * @cssprop --film-color-negative - Bad scores: rotten, unfavourable bands.
 * @cssprop --film-radius - Corner radius of boxes (inner boxes use a fraction of it).
 * @cssprop --film-space - The base spacing unit.
 * @cssprop --film-focus-ring - The keyboard focus outline (default `2px solid` the accent colour).
 * @cssprop --film-font-family - Font; inherits the page's by default.
 */
export abstract class FilmElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Reactive properties, declared without decorators (Lit's decorator code costs every element's first
   * load); subclasses list only their own, Lit adds the base's. Each one's documentation is on its field.
   * A getter, not `static properties = {…}`: lit-analyzer reads attributes only from the getter.
   */
  static override get properties(): PropertyDeclarations {
    return {
      // The attribute's JSON stays text: parsed with the other inputs, bad JSON is reported (`type: Object` would make it null).
      film: { converter: (value) => value },
      src: {},
      timeout: { type: Number },
      format: {},
      region: {},
      tmdbImageBase: { attribute: 'tmdb-image-base' },
      structuredData: { type: Boolean, attribute: 'structured-data' },
      theme: { reflect: true },
      result: { state: true },
      loading: { state: true },
      scriptText: { state: true },
      locale: { state: true },
    };
  }

  /**
   * The film: an object in the film format (or schema.org `Movie` JSON-LD) as a property, or JSON text
   * as the `film` attribute. Takes precedence over a child JSON script and over `src`.
   */
  declare film?: FilmInput | Record<string, unknown> | string;

  /** URL of a JSON document with the film, fetched when no `film` or child JSON script is given. */
  declare src?: string;

  /**
   * Milliseconds to wait for `src` before giving up with an error. Anything but a positive number
   * (`"abc"`, `0`, `-1`) means the default, 10 s; the longest wait is 2³¹−1 ms (about 24.8 days).
   */
  timeout = 10_000;

  /**
   * The format of the film: `film` (ours), `schema.org` (JSON-LD), `tmdb` (TMDB v3 responses) or `omdb`.
   * Detected when not given; set it when detection could guess wrong.
   */
  declare format?: Format;

  /** ISO 3166-1 country whose certification (TMDB) becomes the content rating and whose releases are listed (default `US`). */
  declare region?: string;

  /**
   * Where TMDB posters and profile pictures are: TMDB's image base URL and a size (default
   * `https://image.tmdb.org/t/p/w500`), or a proxy or copy of them; each image's path is appended.
   */
  declare tmdbImageBase?: string;

  /**
   * Publishes the film as schema.org `Movie` JSON-LD for search engines: one
   * `<script type="application/ld+json">` in the page's `<head>` per film, however many elements show
   * it, kept current and removed with the last of them.
   */
  structuredData = false;

  /** Forces the colour scheme; by default the element follows the page's `prefers-color-scheme`. */
  declare theme?: (typeof THEMES)[number];

  /** The outcome of the last parse; undefined while there is no input (or it is being fetched). */
  declare private result?: ParseResult;
  private loading = false;
  /** Text of the child JSON script, if any (read on connect and when the children change). */
  declare private scriptText?: string;
  /** BCP 47 locale of the nearest `lang`; decides formats and UI strings. */
  protected locale = 'en';

  private request?: AbortController;
  /** A parse waiting for the schema.org mapping; a newer input replaces it (the last one wins). */
  private pending?: Promise<ParseResult>;
  private observer?: MutationObserver;
  private reloadOnConnect = false;
  /** Which input the current result (or request) comes from, and its value (`#`: subclasses have a `source`). */
  #source?: [from: string, value: unknown];

  /** The validated, normalised film being shown, or undefined (no input, loading or error). */
  get filmData(): Film | undefined {
    return this.result?.ok ? this.result.film : undefined;
  }

  /**
   * Shows a parse result (or nothing). The film it holds counts as a reactive property named
   * `filmData`, whichever input it came from: a subclass derives its per-film state in `willUpdate`
   * when `changed.has('filmData')`, like from any of its own properties (see the class comment).
   */
  private setResult(result: ParseResult | undefined) {
    const before = this.filmData;
    this.result = result;
    if (this.filmData !== before) this.requestUpdate('filmData', before);
  }

  /** Problems found in the last input: dropped values, or why it could not be shown. */
  get problems(): readonly Problem[] {
    return this.result?.problems ?? [];
  }

  /** Strings of the loading and error states; each element has its own table for the rest. */
  private get baseStrings() {
    return baseStrings(this.locale);
  }

  /**
   * An update waits for the strings of the element's language (one module per language, loaded the
   * first time a page needs it): until they are here the element keeps what it shows — nothing at
   * first — so no English flashes before German, and nothing moves twice. English is built in.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const parsing = this.#hydrating ? this.serverInputParse() : undefined;
    const checking = this.#hydrating && !serverRender ? loadServerRender() : undefined;
    if (localeReady(this.locale) && !parsing && !checking) return super.scheduleUpdate();
    return (async () => {
      // Taking over the server's DOM, the first render must show what the server did: the film, now,
      // and whether the server's render is the page's film at all (the check's code).
      await parsing;
      await checking;
      // The language may change again while it loads: wait for the one wanted when it is done.
      while (!isLocaleReady(this.locale)) await loadLocale(this.locale);
      return super.scheduleUpdate();
    })();
  }

  // --- server-rendered elements ------------------------------------------------------------------

  /** Taking over a server-rendered shadow root (src/ssr.ts): true until the first update has. */
  #hydrating = false;

  /**
   * True during the update that takes a server render over (until `update()`): its render must show
   * what the server's did. State the server cannot know (the user's motion preference) waits for the
   * next update.
   */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  /**
   * A server-rendered element comes with its shadow root (declarative shadow DOM). With
   * film-elements/hydrate.js loaded, Lit takes that DOM over instead of rendering its own. What the
   * browser decides anew — an error or a loading state: a `src` it fetches itself — is cleared first,
   * and so is the whole server render without hydrate.js (Lit would render beside it).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = this.shadowRoot?.hasChildNodes() ?? false;
    const root = super.createRenderRoot();
    if (!serverRendered || root !== this.shadowRoot) return root;
    // Lit's hydration keeps the server's <style> and adopts nothing; under a Content-Security-Policy
    // without 'unsafe-inline' that <style> does not apply. Adopted sheets do, and the same rules twice cost nothing.
    adoptStyles(root as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    // Taking it over, the first update loads the check of the server's render (scheduleUpdate).
    if (!hydrationSupported() || root.querySelector('[part~="error"], [part~="loading"]')) this.discardServerRender();
    else this.#hydrating = true;
    return root;
  }

  /** The text of the child JSON script, if any (read from the DOM: the observer may not have run yet). */
  private scriptInput(): string | undefined {
    return this.querySelector(JSON_SCRIPT)?.textContent ?? undefined;
  }

  /** The parse of the input the server rendered, when it is still to come (a format's mapping loading). */
  private serverInputParse(): Promise<unknown> | undefined {
    const input = this.film ?? this.scriptInput();
    if (input === undefined || input === null) return undefined;
    const parsed = parseShared(input, this.parseOptions);
    return parsed instanceof Promise ? parsed : undefined;
  }

  /**
   * Where the element renders its own DOM instead of the server's (see `discardServerRender`): before
   * a marker of its own, so that nothing of a failed take-over is reused.
   */
  #ownRender?: RenderOptions;

  /** Empties the server's DOM (its styles are adopted already); from now on the element renders its own. */
  private discardServerRender() {
    const root = this.shadowRoot!;
    root.replaceChildren();
    this.#ownRender = { ...this.renderOptions, renderBefore: root.appendChild(document.createComment('')) };
  }

  /**
   * Takes the server's render over, or renders the element's own DOM: when the film or the language
   * is not the server's (nothing is wrong: the page changed them), and when Lit cannot take it over
   * (the first render differs in structure from one that should match) — which would leave the
   * element broken, and is reported: a `film-hydration-error` event and a console error.
   */
  protected override update(changed: PropertyValues<this>): void {
    const hydrating = this.#hydrating;
    this.#hydrating = false;
    // The check's code came with the first update (scheduleUpdate); without it, nothing is taken over.
    if (hydrating && !serverRender?.showsServerRender(this.shadowRoot!, this.locale, this.film ?? this.scriptInput())) {
      this.discardServerRender();
    }
    if (this.#ownRender) {
      // Lit's hydration support would go on trying to take over the server's DOM: render past it.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      render(this.render(), this.shadowRoot!, this.#ownRender);
    } else if (hydrating) {
      serverRender!.takeOver(
        this,
        () => super.update(changed),
        () => {
          this.discardServerRender();
          render(this.render(), this.shadowRoot!, this.#ownRender);
        },
      );
    } else super.update(changed);
  }

  /** A registered translation may reword what the element shows. */
  private onTranslation = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    translationListeners.add(this.onTranslation);
    // Back in the page: publish again what removal withdrew.
    if (this.hasUpdated) this.publishStructuredData();
    this.locale = nearestLang(this);
    this.readScript();
    this.observer = new MutationObserver(() => {
      this.locale = nearestLang(this);
      this.readScript();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      this.#source = undefined;
      this.loadInput();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    translationListeners.delete(this.onTranslation);
    this.publishStructuredData();
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.request) {
      // A fetch cut short by removal starts again if the element comes back.
      this.cancelRequest();
      this.reloadOnConnect = true;
    }
  }

  private readScript() {
    this.scriptText = this.scriptInput();
  }

  /**
   * Enumerated properties and their values (`variant: ['full', 'compact']`). A value outside them is
   * treated as the default, and warns once per element and value: `variant="big"` is a typo that
   * would otherwise fail silently. Subclasses extend it: `{ ...FilmElement.enumerated, variant: VARIANTS }`.
   */
  protected static enumerated: Record<string, readonly string[]> = { theme: THEMES, format: FORMATS };
  #warnedValues?: Set<string>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On a server nothing connects: the language is the element's own `lang` (src/ssr.ts writes it).
    if (isServer) this.locale = languageOf(this.getAttribute('lang')) ?? 'en';
    // A new way of reading the input reads it again (a `src` is fetched again).
    if (changed.has('format') || changed.has('region') || changed.has('tmdbImageBase')) this.#source = undefined;
    if (
      changed.has('film') ||
      changed.has('src') ||
      changed.has('scriptText' as keyof FilmElement) ||
      changed.has('format') ||
      changed.has('region') ||
      changed.has('tmdbImageBase')
    ) {
      this.loadInput();
    }
    for (const [name, values] of Object.entries((this.constructor as typeof FilmElement).enumerated)) {
      if ((changed as Map<PropertyKey, unknown>).has(name)) this.checkEnumerated(name, values);
    }
  }

  private checkEnumerated(name: string, values: readonly string[]) {
    const value: unknown = this[name as keyof this];
    if (value === undefined || value === null || values.includes(value as string)) return;
    const key = `${name}=${String(value)}`;
    if (this.#warnedValues?.has(key)) return;
    (this.#warnedValues ??= new Set()).add(key);
    const attribute = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    console.warn(
      `<${this.localName}>: ${attribute}="${String(value)}" is not one of ${values.map((v) => `"${v}"`).join(', ')}; the default applies.`,
    );
  }

  /** How to read the input: the format (when not detected) and the options of the mappings. */
  private get parseOptions(): ParseOptions {
    return { format: this.format, region: this.region, tmdbImageBase: this.tmdbImageBase };
  }

  /** Takes the first input present: `film` (property or attribute), child JSON script, `src`. */
  private loadInput() {
    const hasFilm = this.film !== undefined && this.film !== null;
    const source: [string, unknown] = hasFilm
      ? ['film', this.film]
      : this.scriptText !== undefined
        ? ['script', this.scriptText]
        : ['src', this.src];
    // A change to an input that does not win (a script added under a `film` property) changes nothing:
    // no new parse, request or event.
    if (this.#source?.[0] === source[0] && this.#source[1] === source[1]) return;
    this.#source = source;
    this.reloadOnConnect = false;
    this.cancelRequest();
    this.pending = undefined;
    if (hasFilm) this.acceptParsed(parseShared(this.film, this.parseOptions));
    else if (this.scriptText !== undefined) this.acceptParsed(parseShared(this.scriptText, this.parseOptions));
    else if (this.src && !this.isConnected) {
      // Set while out of the page: fetch when it comes back, so no request or timer runs for an element that may never return.
      this.setResult(undefined);
      this.reloadOnConnect = true;
    } else if (this.src) void this.fetchFilm(this.src);
    else this.setResult(undefined);
  }

  private cancelRequest() {
    this.request?.abort();
    this.request = undefined;
    this.loading = false;
  }

  private async fetchFilm(src: string) {
    // Never requested: the error at once, with no loading state in between.
    const unsafe = unsafeFilmAddress(src);
    if (unsafe) return this.accept(unsafe);
    const request = new AbortController();
    this.request = request;
    this.loading = true;
    this.setResult(undefined);
    // The code that fetches loads with the first `src` (most pages give their films inline); once
    // loaded, the request starts at once, as it did when the code was always there.
    if (!fetchCode) {
      fetchCode = await import('../data/fetch-film.js');
      if (request !== this.request) return; // superseded or cancelled while it loaded: nothing was requested
    }
    const fetched = await fetchCode.fetchFilmText(src, { base: document.baseURI, timeout: this.timeout, signal: request.signal });
    if (request !== this.request) return; // superseded or cancelled: the newer input decides
    this.request = undefined;
    this.loading = false;
    if (fetched.ok) this.acceptParsed(parseShared(fetched.text, this.parseOptions));
    else this.accept(fetched);
  }

  /** Accepts a result now, or when the schema.org mapping has loaded, unless a newer input came first. */
  private acceptParsed(parsed: Parsed) {
    if (!(parsed instanceof Promise)) {
      this.accept(parsed);
      return;
    }
    const pending = (this.pending = parsed);
    void parsed.then((result) => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.accept(result);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('filmData') || changed.has('structuredData')) this.publishStructuredData();
  }

  /** The JSON-LD this element publishes (`structured-data`): its film while it is in the page, else nothing. */
  private publishStructuredData() {
    const film = this.structuredData && this.isConnected ? this.filmData : undefined;
    // Only an element that publishes (or did) loads the publisher (and it, the mapping to schema.org).
    if (!film && !this.#publishing) return;
    // Once loaded, synchronously: an element that leaves the page withdraws its script at once.
    this.#publishing = structuredData
      ? structuredData.publishStructuredData(this, film)
      : import('./structured-data.js').then((module) => (structuredData = module).publishStructuredData(this, film));
  }
  #publishing?: Promise<void>;

  /**
   * `updateComplete` also waits for a pending parse (a format's mapping loading) and for the JSON-LD
   * to be in the page, so "await el.updateComplete" sees what the element shows and publishes.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      complete = await super.getUpdateComplete();
    }
    await this.#publishing;
    return complete;
  }

  private accept(result: ParseResult) {
    this.setResult(result);
    if (!result.ok) {
      console.warn(`<${this.localName}>: ${result.message}`, result.problems);
      this.dispatchEvent(
        new CustomEvent('film-error', { detail: { message: result.message, problems: result.problems }, bubbles: true, composed: true }),
      );
      return;
    }
    if (result.problems.length) console.warn(`<${this.localName}>: some values were dropped`, result.problems);
    this.dispatchEvent(
      new CustomEvent('film-load', { detail: { film: result.film, problems: result.problems }, bubbles: true, composed: true }),
    );
  }

  protected override render(): unknown {
    const { result } = this;
    if (this.loading) return html`<div part="loading" role="status">${this.baseStrings.loading}</div>`;
    if (!result) return nothing;
    if (!result.ok) return this.renderError(result.message, result.problems);
    return this.renderFilm(result.film);
  }

  private renderError(message: string, problems: Problem[]): TemplateResult {
    const shown = problems.filter((p) => p.path).slice(0, 5);
    const more = problems.length - shown.length;
    return html`<div part="error" role="alert">
      <strong>${this.baseStrings.errorHeading}</strong>
      <span>${closeDirectionControls(message)}</span>
      ${
        shown.length
          ? html`<ul>
            ${shown.map((p) => html`<li><code>${p.path}</code>: ${closeDirectionControls(p.message)}</li>`)}
            ${more > 0 ? html`<li>${this.baseStrings.moreProblems(more)}</li>` : nothing}
          </ul>`
          : nothing
      }
    </div>`;
  }

  /** Renders the validated film. Called only with a film; reads no DOM and no `window`. */
  protected abstract renderFilm(film: Film): unknown;
}
