/** UI strings of <film-review-carousel>, one table per language; English is the reference (the type keeps them in step). */
import { formatNumber } from '../../data/format.js';
import type { Translations } from '../../internal/i18n.js';

const en = {
  reviewsOf: (title: string) => `Reviews of ${title}`,
  slideOf: (n: number, total: number) => `${formatNumber(n, 'en')} of ${formatNumber(total, 'en')}`,
  slidePosition: (n: number, total: number) => `${formatNumber(n, 'en')} / ${formatNumber(total, 'en')}`,
  previousReview: 'Previous review',
  nextReview: 'Next review',
  startRotation: 'Start automatic slide show',
  stopRotation: 'Stop automatic slide show',
  chooseReview: 'Choose a review',
  reviewNumber: (n: number) => `Review ${formatNumber(n, 'en')}`,
  goToReview: 'Go to review',
  reviewKind: { critic: 'Critic', audience: 'Audience' } as Record<string, string>,
  ratedOutOf: (value: string, max: string) => `Rated ${value} out of ${max}`,
  fullReview: 'Full review',
  fullReviewAt: (outlet: string) => `Full review at ${outlet}`,
  readMore: 'Read more',
  readLess: 'Read less',
};

export type Strings = typeof en;

const fr: Strings = {
  reviewsOf: (title) => `Critiques de ${title}`,
  slideOf: (n, total) => `${formatNumber(n, 'fr')} sur ${formatNumber(total, 'fr')}`,
  slidePosition: (n, total) => `${formatNumber(n, 'fr')} / ${formatNumber(total, 'fr')}`,
  previousReview: 'Critique précédente',
  nextReview: 'Critique suivante',
  startRotation: 'Démarrer le défilement automatique',
  stopRotation: 'Arrêter le défilement automatique',
  chooseReview: 'Choisir une critique',
  reviewNumber: (n) => `Critique ${formatNumber(n, 'fr')}`,
  goToReview: 'Aller à la critique',
  reviewKind: { critic: 'Critique de presse', audience: 'Spectateur' },
  ratedOutOf: (value, max) => `Noté ${value} sur ${max}`,
  fullReview: 'Critique complète',
  fullReviewAt: (outlet) => `Critique complète sur ${outlet}`,
  readMore: 'Lire la suite',
  readLess: 'Réduire',
};

export const translations: Translations<Strings> = { en, fr };
