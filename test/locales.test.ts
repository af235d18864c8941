/**
 * The shipped languages as data: every locale has every key of the English tables, keeps every
 * placeholder, fills every plural category its language has (Intl.PluralRules), and leaves no
 * string as the English one except the few that are the same word in that language (listed below).
 */
import { expect } from '@open-wc/testing';

import type { PluralMessage } from '../src/internal/i18n.js';
import { localeLoaders, type LocaleTables } from '../src/locales/index.js';
import { ENGLISH, SAME_AS_ENGLISH } from './same-as-english.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::lower)?\}/g)].map((m) => m[1]).sort();
const isPlural = (value: unknown): value is PluralMessage => typeof value === 'object' && value !== null && 'other' in value;

for (const [locale, load] of Object.entries(localeLoaders)) {
  describe(`locale ${locale}`, () => {
    let tables: LocaleTables;
    before(async () => {
      tables = (await load()).default;
    });

    it('has every key of the English tables and no other, every word of every word map', () => {
      expect(Object.keys(tables).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
      for (const [section, messages] of Object.entries(ENGLISH)) {
        const table = tables[section as keyof LocaleTables] as Record<string, unknown>;
        expect(Object.keys(table).sort(), section).to.deep.equal(Object.keys(messages).sort());
        for (const [key, base] of Object.entries(messages)) {
          if (typeof base === 'object' && !isPlural(base)) {
            expect(Object.keys(table[key] as object).sort(), `${section}.${key}`).to.deep.equal(Object.keys(base).sort());
          }
        }
      }
    });

    it('keeps every placeholder, and fills every plural form the language has', () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [section, messages] of Object.entries(ENGLISH)) {
        const table = tables[section as keyof LocaleTables] as Record<string, unknown>;
        for (const [key, base] of Object.entries(messages)) {
          const where = `${locale} ${section}.${key}`;
          const message = table[key];
          if (typeof base === 'string') {
            expect(placeholders(message as string), where).to.deep.equal(placeholders(base));
          } else if (isPlural(base)) {
            const forms = message as PluralMessage;
            expect(isPlural(forms), `${where}: plural forms`).to.equal(true);
            const wanted = placeholders(base.other);
            for (const category of categories) {
              const form = forms[category];
              expect(form, `${where}: the "${category}" form`).to.be.a('string').and.not.equal('');
              // A language may say "one" or "two" in words ("un titre", "تقييمان"): the count may go there.
              const optional = category === 'one' || category === 'two' || category === 'zero' ? ['count'] : [];
              const have = placeholders(form!);
              expect(
                wanted.filter((name) => !optional.includes(name)).every((name) => have.includes(name)),
                `${where}: the "${category}" form keeps ${wanted.join(', ')}`,
              ).to.equal(true);
              expect(
                have.every((name) => wanted.includes(name)),
                `${where}: the "${category}" form adds no placeholder`,
              ).to.equal(true);
            }
            for (const category of Object.keys(forms)) {
              expect(categories, `${where}: "${category}" is not a plural category of ${locale}`).to.include(category);
            }
          }
        }
      }
    });

    it('translates every string (but for the few listed as the same word)', () => {
      const allowed = new Set([...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])]);
      const same: string[] = [];
      for (const [section, messages] of Object.entries(ENGLISH)) {
        const table = tables[section as keyof LocaleTables] as Record<string, unknown>;
        for (const [key, base] of Object.entries(messages)) {
          const path = `${section}.${key}`;
          const message = table[key];
          if (typeof base === 'string') {
            if (message === base && !allowed.has(path)) same.push(path);
          } else if (isPlural(base)) {
            if ((message as PluralMessage).other === base.other && !allowed.has(path)) same.push(path);
          } else {
            for (const [word, text] of Object.entries(base)) {
              if ((message as Record<string, string>)[word] === text && !allowed.has(`${path}.${word}`)) same.push(`${path}.${word}`);
            }
          }
        }
      }
      expect(same, `${locale}: left in English`).to.deep.equal([]);
    });
  });
}
