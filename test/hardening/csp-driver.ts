/**
 * Runs inside the strict-policy page (/__film/csp-page, see test/server/plugins.mjs and csp.test.ts):
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`.
 * The page loads the elements (sources or the CDN bundle) by itself; this module imports none of them.
 * It renders all five from every input, uses them (tooltip, carousel buttons and autoplay,
 * disclosures, the error state), records what each check saw, then triggers two deliberate
 * violations (controls: an image from another origin, and an HTML string into `innerHTML`) to prove
 * the reporting works, and posts everything to the parent test page.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}
declare global {
  interface Window {
    __violations: Violation[];
  }
}

export {};

type FilmLike = HTMLElement & { film?: unknown; src?: string; filmData?: { title: string }; updateComplete: Promise<unknown> };

const TAGS = ['film-card', 'film-ratings-badge', 'film-awards-list', 'film-review-carousel', 'film-soundtrack'];
/** Text in the data that must never reach an HTML sink or run. */
const MARKER = '<img src=x onerror="parent.__cspPwned=1">';

const checks: Record<string, boolean | string> = {};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  for (const start = performance.now(); performance.now() - start < ms; await sleep(20)) if (check()) return true;
  return check();
}

/**
 * Where the browser has no Trusted Types, the same guarantee is checked by hand: every string handed
 * to an HTML sink is recorded, and none may carry data.
 */
const sinkStrings: string[] = [];
function watchSinks() {
  const record = (value: unknown) => {
    if (typeof value === 'string') sinkStrings.push(value);
  };
  for (const [proto, name] of [
    [Element.prototype, 'innerHTML'],
    [Element.prototype, 'outerHTML'],
    [ShadowRoot.prototype, 'innerHTML'],
  ] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor?.set) continue;
    Object.defineProperty(proto, name, {
      ...descriptor,
      set(value: unknown) {
        record(value);
        descriptor.set!.call(this, value);
      },
    });
  }
  const insertAdjacentHTML = Element.prototype.insertAdjacentHTML;
  Element.prototype.insertAdjacentHTML = function (position: InsertPosition, text: string) {
    record(text);
    return insertAdjacentHTML.call(this, position, text);
  };
  const createContextualFragment = Range.prototype.createContextualFragment;
  Range.prototype.createContextualFragment = function (text: string) {
    record(text);
    return createContextualFragment.call(this, text);
  };
}

async function run(): Promise<{ elementViolations: Violation[]; controlViolations: Violation[] } | undefined> {
  watchSinks();
  const defined = await Promise.race([
    Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))).then(() => true),
    sleep(15_000).then(() => false),
  ]);
  checks.defined = defined;
  if (!defined) return undefined;
  const sampleText = await (await fetch('/__film/sample')).text();
  const film = JSON.parse(sampleText);
  film.tagline = MARKER;
  film.cast[0].character = MARKER;
  film.reviews[0].title = MARKER;
  film.reviews[0].rating = { value: 3, max: 4 };
  film.poster.width = 400; // 400 × 450: not the placeholder's 2 / 3

  film.soundtrack.notes.push(MARKER);
  film.ratings[0].summary = MARKER;
  film.awards[0].nominees.push(MARKER);

  const make = (tag: string, setup: (el: FilmLike) => void) => {
    const el = document.createElement(tag) as FilmLike;
    setup(el);
    document.body.append(el);
    return el;
  };

  // Every input, every element. The child-script ones are in the page's markup (see plugins.mjs).
  const inputs: [string, (el: FilmLike) => void][] = [
    ['property', (el) => (el.film = film)],
    ['attribute', (el) => el.setAttribute('film', JSON.stringify(film))],
    ['src', (el) => (el.src = '/__film/sample')],
  ];
  const byInput = new Map<string, FilmLike>();
  for (const tag of TAGS) {
    byInput.set(`${tag}/script`, document.getElementById(`${tag}-script`) as FilmLike);
    for (const [input, setup] of inputs) byInput.set(`${tag}/${input}`, make(tag, setup));
  }
  for (const el of byInput.values()) if (el.localName === 'film-review-carousel') el.setAttribute('slides-per-view', '2');
  for (const [key, el] of byInput) {
    await until(() => !!el.filmData, 8000);
    await el.updateComplete;
    checks[`renders ${key}`] = el.filmData?.title === 'Leaving Las Vegas' && !!el.shadowRoot?.querySelector('*');
  }
  await frame();

  // The error state.
  const broken = make('film-card', (el) => el.setAttribute('film', '{not json'));
  await broken.updateComplete;
  checks['error state'] = !!broken.shadowRoot!.querySelector('[part="error"][role="alert"]');

  // The card: poster ratio (set through the CSSOM), disclosures.
  const card = byInput.get('film-card/property')!;
  const poster = card.shadowRoot!.querySelector<HTMLElement>('[part="poster"]')!;
  const { width, height } = poster.getBoundingClientRect();
  checks['card poster aspect ratio'] =
    getComputedStyle(poster).aspectRatio.replace(/\s/g, '') === '400/450' && Math.abs(width / height - 400 / 450) < 0.02;
  const castButton = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="cast"] button');
  castButton?.click();
  await card.updateComplete;
  checks['card shows all cast'] = card.shadowRoot!.querySelectorAll('[part="cast"] li').length === film.cast.length;

  // The ratings badge: a tooltip opens on focus, is placed by floating-ui, closes on Escape.
  const badge = byInput.get('film-ratings-badge/property')!;
  const trigger = badge.shadowRoot!.querySelector<HTMLElement>('[aria-describedby]')!;
  const tip = badge.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)!;
  trigger.focus();
  checks['tooltip opens on focus and is placed'] = await until(
    () => tip.hasAttribute('data-open') && tip.style.left !== '' && getComputedStyle(tip).display !== 'none',
  );
  checks['tooltip text is text'] = !tip.querySelector('img') && (tip.textContent ?? '').includes(MARKER);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  checks['tooltip closes on Escape'] = await until(() => !tip.hasAttribute('data-open'));
  trigger.blur();
  // Hover, through the pointer events the controller listens to.
  const second = badge.shadowRoot!.querySelectorAll<HTMLElement>('[aria-describedby]')[1]!;
  second.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
  const secondTip = badge.shadowRoot!.getElementById(second.getAttribute('aria-describedby')!)!;
  checks['tooltip opens on hover'] = await until(() => secondTip.hasAttribute('data-open') && secondTip.style.left !== '');
  second.dispatchEvent(
    new PointerEvent('pointerout', { bubbles: true, composed: true, pointerType: 'mouse', relatedTarget: document.body }),
  );
  checks['tooltip closes after the pointer leaves'] = await until(() => !secondTip.hasAttribute('data-open'));

  // The carousel: its layout (slides per view), the next button, the star meters, autoplay.
  const carousel = byInput.get('film-review-carousel/property')!;
  const slides = carousel.shadowRoot!.querySelector<HTMLElement>('[part="slides"]')!;
  const slide = carousel.shadowRoot!.querySelector<HTMLElement>('[part="slide"]')!;
  checks['carousel shows two slides side by side'] =
    getComputedStyle(slides).getPropertyValue('--_per-view').trim() === '2' &&
    Math.abs(slide.getBoundingClientRect().width * 2 - slides.clientWidth) < slides.clientWidth * 0.1;
  const filled = carousel.shadowRoot!.querySelector<HTMLElement>('[part="score"] .filled');
  const meter = filled?.parentElement?.getBoundingClientRect().width ?? 0;
  checks['carousel star meter is filled to the score'] =
    !!filled && meter > 0 && Math.abs(filled.getBoundingClientRect().width / meter - 0.75) < 0.03;
  let changes = 0;
  carousel.addEventListener('film-slide-change', () => changes++);
  carousel.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  await carousel.updateComplete;
  checks['carousel next button'] = changes === 1;
  const rotating = make('film-review-carousel', (el) => {
    el.setAttribute('autoplay', '');
    el.setAttribute('interval', '300');
    el.film = film;
  });
  await rotating.updateComplete;
  const rotation = rotating.shadowRoot!.querySelector<HTMLButtonElement>('[part="rotation"]');
  // Reduced motion starts it stopped: the button starts it.
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) rotation?.click();
  let rotated = 0;
  rotating.addEventListener('film-slide-change', () => rotated++);
  checks['carousel autoplay'] = await until(() => rotated > 0, 4000);

  // The awards list and the soundtrack: disclosures.
  const awards = byInput.get('film-awards-list/property')!;
  const toggle = awards.shadowRoot!.querySelector<HTMLButtonElement>('[part="group-toggle"]')!;
  const was = toggle.getAttribute('aria-expanded');
  toggle.click();
  await awards.updateComplete;
  checks['awards group toggles'] = toggle.getAttribute('aria-expanded') !== was;
  const soundtrack = byInput.get('film-soundtrack/property')!;
  const tracks = () => soundtrack.shadowRoot!.querySelectorAll('[part~="track"]').length;
  soundtrack.setAttribute('track-limit', '3');
  await soundtrack.updateComplete;
  soundtrack.shadowRoot!.querySelector<HTMLButtonElement>('[part="tracklist"] > button')!.click();
  await soundtrack.updateComplete;
  checks['soundtrack shows all tracks'] = tracks() === film.soundtrack.tracks.length;

  await frame();
  await sleep(300); // late image loads and their violations
  checks['no data reached an HTML sink'] = !sinkStrings.some((text) => text.includes('__cspPwned'));
  checks['no payload ran'] = !(parent as unknown as { __cspPwned?: number }).__cspPwned;
  checks.trustedTypes = 'trustedTypes' in window ? 'supported' : 'not supported';
  const elementViolations = window.__violations.slice();

  // Controls: two deliberate violations prove that violations are seen (and reported) on this page.
  const controlImage = new Image();
  controlImage.src = 'http://csp-control.invalid/control.png';
  document.body.append(controlImage);
  let trustedTypesEnforced = false;
  try {
    document.createElement('div').innerHTML = '<b>control</b>';
  } catch {
    trustedTypesEnforced = true;
  }
  checks.trustedTypesEnforced = trustedTypesEnforced;
  await until(() => window.__violations.length > elementViolations.length + (trustedTypesEnforced ? 1 : 0), 3000);
  return { elementViolations, controlViolations: window.__violations.slice(elementViolations.length) };
}

run()
  .then((result) => parent.postMessage({ type: 'csp-result', checks, ...result }, '*'))
  .catch((error: unknown) =>
    parent.postMessage(
      { type: 'csp-result', checks, error: String((error as Error)?.stack ?? error), elementViolations: window.__violations },
      '*',
    ),
  );
