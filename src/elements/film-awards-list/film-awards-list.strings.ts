/** UI strings of <film-awards-list> in English: the reference every language in src/locales/ translates. */
import { defineStrings } from '../../internal/i18n.js';

export const awardsMessages = {
  /** An entry's result, beside its icon. */
  awardResult: { won: 'Won', nominated: 'Nominated', 'runner-up': 'Runner-up' },
  countWon: { one: '{count} win', other: '{count} wins' },
  countNominated: { one: '{count} nomination', other: '{count} nominations' },
  /** Second places, as critics' circles award them ("runner-up" for Best Actor). */
  countRunnerUp: { one: '{count} runner-up', other: '{count} runner-up' },
  /** With filter="wins". */
  winsOnly: 'Showing wins only.',
  /** …when something is hidden; `{hidden}` is a list of counts: "14 nominations, 3 runner-up". */
  winsOnlyHidden: 'Showing wins only; {hidden} hidden.',
  /** After a group's counts, in parentheses: "1 win (3 nominations hidden)". */
  hidden: '{hidden} hidden',
  byCeremony: 'Awards by ceremony',
  byPerson: 'Awards by person',
  /**
   * Grouped by person, the group of awards given to the film itself (Best Picture, say), after its
   * title in parentheses: "Leaving Las Vegas (the film)".
   */
  theFilm: 'the film',
  /** The other people named in an entry (winners or nominees), grouped by person: "with Elisabeth Shue". */
  withNames: 'with {names}',
  showAllCeremonies: { one: 'Show {count} ceremony', other: 'Show all {count} ceremonies' },
  showAllNominees: { one: 'Show {count} nominee', other: 'Show all {count} nominees' },
  showFewer: 'Show fewer',
} as const;

export const awardsStrings = defineStrings('awards', awardsMessages);
export type AwardsStrings = ReturnType<typeof awardsStrings>;
