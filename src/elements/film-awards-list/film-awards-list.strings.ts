/** UI strings of <film-awards-list>, one table per language; English is the reference (the type keeps them in step). */
import { plural, type Translations } from '../../internal/i18n.js';

const en = {
  awardResult: { won: 'Won', nominated: 'Nominated', 'runner-up': 'Runner-up' } as Record<'won' | 'nominated' | 'runner-up', string>,
  awardCount: {
    won: (n: number) => plural('en', n, { one: '# win', other: '# wins' }),
    nominated: (n: number) => plural('en', n, { one: '# nomination', other: '# nominations' }),
    'runner-up': (n: number) => plural('en', n, { one: '# runner-up', other: '# runner-up' }),
  } as Record<'won' | 'nominated' | 'runner-up', (n: number) => string>,
  /** `hidden` is a list of counts ("14 nominations, 3 runner-up"), or empty when nothing is hidden. */
  awardsWinsOnly: (hidden: string) => (hidden ? `Showing wins only; ${hidden} hidden.` : 'Showing wins only.'),
  awardsHidden: (hidden: string) => `${hidden} hidden`,
  awardsByCeremony: 'Awards by ceremony',
  awardsByPerson: 'Awards by person',
  awardsTheFilm: 'the film',
  awardsWith: (names: string) => `with ${names}`,
  awardsShowAll: (n: number, byPerson: boolean) =>
    plural(
      'en',
      n,
      byPerson ? { one: 'Show # nominee', other: 'Show all # nominees' } : { one: 'Show # ceremony', other: 'Show all # ceremonies' },
    ),
  awardsShowFewer: 'Show fewer',
};

export type Strings = typeof en;

const fr: Strings = {
  awardResult: { won: 'Victoire', nominated: 'Nomination', 'runner-up': 'Deuxième place' },
  awardCount: {
    won: (n) => plural('fr', n, { one: '# victoire', other: '# victoires' }),
    nominated: (n) => plural('fr', n, { one: '# nomination', other: '# nominations' }),
    'runner-up': (n) => plural('fr', n, { one: '# deuxième place', other: '# deuxièmes places' }),
  },
  awardsWinsOnly: (hidden) => (hidden ? `Victoires seulement\u00a0; non affichées\u00a0: ${hidden}.` : 'Victoires seulement.'),
  awardsHidden: (hidden) => `non affichées\u00a0: ${hidden}`,
  awardsByCeremony: 'Récompenses par cérémonie',
  awardsByPerson: 'Récompenses par personne',
  awardsTheFilm: 'le film',
  awardsWith: (names) => `avec ${names}`,
  awardsShowAll: (n, byPerson) =>
    plural(
      'fr',
      n,
      byPerson
        ? { one: 'Afficher # nommé', other: 'Afficher les # nommés' }
        : { one: 'Afficher # cérémonie', other: 'Afficher les # cérémonies' },
    ),
  awardsShowFewer: 'Afficher moins',
};

export const translations: Translations<Strings> = { en, fr };
