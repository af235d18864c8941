/** UI strings of every element's loading and error states, in English: the reference for src/locales/. */
import { defineStrings } from './i18n.js';

export const baseMessages = {
  loading: 'Loading film…',
  errorHeading: 'This film could not be shown',
  moreProblems: { one: 'and {count} more problem', other: 'and {count} more problems' },
  /** Between the items of a short list of counts or facts: "14 nominations, 3 runner-up", "novel, 1990". */
  listSeparator: ', ',
  /** An aside after a word, with the space before it: "Leaving Las Vegas (the film)", " (novel, 1990)", "Sting (highlighted)". */
  parenthetical: ' ({text})',
} as const;

export const baseStrings = defineStrings('base', baseMessages);
export type BaseStrings = ReturnType<typeof baseStrings>;
