/**
 * The elements in every language: each one renders the sample in each shipped locale (all of them in
 * Chromium; German, Arabic and Japanese in Firefox and WebKit) with no English UI word left, no
 * missing-string warning, no axe violation, and nothing wider than a 320 px column. Also: how a
 * language is chosen (the fallback along the tag), loaded (nothing in the wrong language meanwhile),
 * reworded (`registerTranslation`), and how plural forms follow each language's rules.
 */
import { expect, html, waitUntil } from '@open-wc/testing';

import '../src/index.js';

import { cardMessages } from '../src/elements/film-card/film-card.strings.js';
import { soundtrackMessages } from '../src/elements/film-soundtrack/film-soundtrack.strings.js';
import type { FilmElement } from '../src/internal/film-element.js';
import { loadLocale, localize, registerTranslation } from '../src/internal/i18n.js';
import { localeLoaders, type LocaleTables } from '../src/locales/index.js';
import { browser, captureWarnings, expectAccessible, fixture, sampleFilm, TAGS } from './helpers.js';
import { ENGLISH, SAME_AS_ENGLISH } from './same-as-english.js';

const RTL = new Set(['ar', 'he', 'fa']);
/** All locales in Chromium; in the other engines, one of each kind: Latin script, right-to-left, CJK. */
const LOCALES = browser() === 'Chromium' ? Object.keys(localeLoaders) : ['de', 'ar', 'ja'];

/** Every string in the sample's data, lower-cased: an English UI word that is also data proves nothing. */
const dataText = JSON.stringify(sampleFilm()).toLowerCase();

/**
 * The English UI text a locale must not show: every literal piece of every English message (split at
 * its placeholders), at least four characters long, that the locale translated (not on its list of
 * words that are the same) and that the sample's data does not contain anyway.
 */
function englishPieces(locale: string): string[] {
  const same = new Set([...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])]);
  const pieces = new Set<string>();
  const add = (path: string, text: string) => {
    if (same.has(path)) return;
    for (const piece of text.split(/\{\w+(?::lower)?\}/)) {
      const trimmed = piece.trim().replace(/^[,.:;·()/\s]+|[,.:;·()/\s]+$/g, '');
      if (trimmed.length >= 4 && /\p{L}/u.test(trimmed) && !dataText.includes(trimmed.toLowerCase())) pieces.add(trimmed);
    }
  };
  for (const [section, messages] of Object.entries(ENGLISH)) {
    for (const [key, message] of Object.entries(messages)) {
      const path = `${section}.${key}`;
      if (typeof message === 'string') add(path, message);
      else for (const [word, text] of Object.entries(message)) add(`${path}.${word}`, text as string);
    }
  }
  return [...pieces];
}

/** Whether `text` has `piece` as whole words (Danish "Tracklisten" does not leave "Tracklist" in English). */
const containsWord = (text: string, piece: string) =>
  new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

/** What an element says: its shadow tree's text and the names and descriptions in its attributes. */
function uiText(element: Element): string {
  const root = element.shadowRoot!;
  const attributes = ['aria-label', 'aria-roledescription', 'aria-valuetext', 'title', 'alt'];
  const said = [...root.querySelectorAll('*')].flatMap((node) => attributes.map((name) => node.getAttribute(name) ?? ''));
  return [root.textContent ?? '', ...said].join('\n');
}

/** Boxes that stick out of the element sideways (a scroller's or a clipped box's content excepted). */
function overflowing(element: Element): string[] {
  const host = element.getBoundingClientRect();
  const out: string[] = [];
  const walk = (parent: Element | ShadowRoot) => {
    for (const node of parent.children) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || node.classList.contains('visually-hidden')) continue;
      const box = node.getBoundingClientRect();
      if (box.width && (box.left < host.left - 1 || box.right > host.right + 1)) {
        out.push(
          `${node.localName}.${[...node.classList].join('.')} ${Math.round(box.left)}–${Math.round(box.right)} (host ${host.left}–${host.right})`,
        );
      }
      // What a box scrolls or clips is not the page's overflow.
      if (style.overflowX === 'visible') walk(node);
    }
  };
  walk(element.shadowRoot!);
  return out;
}

describe('i18n: loading a language', () => {
  it('loads a language the first time it is needed and shows nothing in English meanwhile', async () => {
    // The first test of the file: no language but English is loaded in this page yet.
    const locale = 'sv';
    const english = englishPieces(locale);
    const card = document.createElement('film-card') as FilmElement;
    const seen: string[] = [];
    const wrapper = document.createElement('div');
    wrapper.lang = locale;
    wrapper.append(card);
    card.film = sampleFilm();
    document.body.append(wrapper);
    try {
      const observer = new MutationObserver(() => seen.push(uiText(card)));
      observer.observe(card.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await waitUntil(() => card.filmData !== undefined, 'the film to show', { timeout: 5000 });
      await card.updateComplete;
      observer.disconnect();
      seen.push(uiText(card));
      for (const text of seen) expect(english.filter((piece) => containsWord(text, piece))).to.deep.equal([]);
      expect(uiText(card)).to.contain(localize('card', cardMessages, locale).directedBy);
    } finally {
      wrapper.remove();
    }
  });
});

describe('i18n: every element in every language', () => {
  for (const locale of LOCALES) {
    for (const tag of TAGS) {
      it(`<${tag}> in ${locale}: translated, complete, accessible, no wider than 320 px`, async () => {
        const element = document.createElement(tag) as FilmElement;
        element.film = sampleFilm();
        const warnings = await captureWarnings(async () => {
          await fixture(html`<div style="width: 320px" lang=${locale} dir=${RTL.has(locale) ? 'rtl' : 'ltr'}>${element}</div>`);
        });
        expect(warnings.map((args) => String(args[0])).filter((text) => text.includes('no string for'))).to.deep.equal([]);
        const said = uiText(element);
        const left = englishPieces(locale).filter((piece) => containsWord(said, piece));
        expect(left, `${locale}: English left in <${tag}>`).to.deep.equal([]);
        expect(getComputedStyle(element).direction).to.equal(RTL.has(locale) ? 'rtl' : 'ltr');
        expect(overflowing(element), `${locale}: wider than 320 px`).to.deep.equal([]);
        await expectAccessible(element);
      });
    }
  }
});

describe('i18n: choosing, loading and rewording a language', () => {
  it('falls back along the tag: de-AT reads German, zh-TW Traditional Chinese, zh Simplified, pt-BR Brazilian', async () => {
    // What each tag needs loads first (the tables are otherwise English, and every comparison would hold).
    await Promise.all(['de-AT', 'zh-TW', 'zh', 'pt-BR'].map((tag) => loadLocale(tag)));
    const english = localize('card', cardMessages, 'en');
    for (const tag of ['de', 'zh-Hant', 'zh-Hans', 'pt-BR'])
      expect(localize('card', cardMessages, tag).directedBy, tag).to.not.equal(english.directedBy);
    expect(localize('card', cardMessages, 'de-AT').directedBy).to.equal(localize('card', cardMessages, 'de').directedBy);
    expect(localize('card', cardMessages, 'zh-TW').directedBy).to.equal(localize('card', cardMessages, 'zh-Hant').directedBy);
    expect(localize('card', cardMessages, 'zh').directedBy).to.equal(localize('card', cardMessages, 'zh-Hans').directedBy);
    expect(localize('card', cardMessages, 'zh-CN').directedBy).to.equal(localize('card', cardMessages, 'zh-Hans').directedBy);
    expect(localize('card', cardMessages, 'zh-TW').directedBy).to.not.equal(localize('card', cardMessages, 'zh').directedBy);
    expect(localize('card', cardMessages, 'xx').directedBy).to.equal('Directed by');
  });

  it('registerTranslation rewords a language (the rest falls back to it, then to English) and re-renders', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"><film-card .film=${sampleFilm()}></film-card></div>`);
    const card = wrapper.querySelector('film-card')!;
    const german = localize('card', cardMessages, 'de');
    expect(uiText(card)).to.contain(german.directedBy);
    registerTranslation('de', { card: { directedBy: 'Regisseur' } });
    await card.updateComplete;
    expect(uiText(card)).to.contain('Regisseur').and.contain(german.writtenBy);
    // A language we do not ship: what it lacks is English.
    registerTranslation('eo', { card: { cast: 'Rolantaro' } });
    wrapper.lang = 'eo';
    card.lang = 'eo';
    await waitUntil(() => uiText(card).includes('Rolantaro'), 'the Esperanto wording');
    expect(uiText(card)).to.contain('Directed by');
  });

  it('a language that cannot be loaded shows English, with one warning', async () => {
    const loaders = localeLoaders as Record<string, () => Promise<{ default: LocaleTables }>>;
    loaders['tlh'] = () => Promise.reject(new Error('offline'));
    try {
      let card!: FilmElement;
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang="tlh"><film-card .film=${sampleFilm()}></film-card></div>`);
        card = wrapper.querySelector('film-card')!;
      });
      expect(uiText(card)).to.contain('Directed by');
      expect(warnings.filter((args) => String(args[0]).includes('could not be loaded'))).to.have.length(1);
    } finally {
      delete loaders['tlh'];
    }
  });
});

describe('i18n: plural forms follow each language', () => {
  const forms = (locale: string, counts: number[]) => {
    const s = localize('soundtrack', soundtrackMessages, locale);
    return counts.map((n) => s.trackCount(n));
  };

  before(async () => {
    await Promise.all(['ar', 'pl', 'ru', 'ja'].map((name) => import('../src/internal/i18n.js').then((m) => m.loadLocale(name))));
  });

  it("Arabic's six forms (zero, one, two, few, many, other) are six different texts", () => {
    const texts = forms('ar', [0, 1, 2, 3, 11, 100]);
    expect(new Set(texts).size).to.equal(6);
  });

  it('Polish and Russian tell few from many', () => {
    for (const locale of ['pl', 'ru']) {
      const [two, five] = forms(locale, [2, 5]);
      expect(two, locale).to.not.equal(five?.replace('5', '2'));
    }
  });

  it('Japanese has one form, and numbers in every language are its own digits', () => {
    const [one, two] = forms('ja', [1, 2]);
    expect(one!.replace('1', '2')).to.equal(two);
    expect(forms('ar', [3])[0]).to.contain(new Intl.NumberFormat('ar').format(3));
  });
});
