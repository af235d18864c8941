/*
 * The film format's enumerations, as constants that the schema, the types, the elements, the stories
 * and the tests share. A module of their own: importing one brings no schema (no valibot) along.
 */

/** Who a score or a review comes from. */
export const KINDS = ['critic', 'audience'] as const;
export type Kind = (typeof KINDS)[number];

/** The result of an award entry. */
export const AWARD_RESULTS = ['won', 'nominated', 'runner-up'] as const;
