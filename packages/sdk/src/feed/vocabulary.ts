/**
 * The closed vocabularies of the feed format: days, audiences, delivery
 * modes, costs, phone kinds and kinds of distress. `schema.ts` checks against them.
 */

/** Days of the week as two-letter codes, Monday first. */
export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
/** A day of the week: `mo` … `su`. */
export type Day = (typeof DAYS)[number];

/** The documented audience vocabulary. */
export const AUDIENCES = [
  'seniors',
  'youth',
  'children',
  'families',
  'women',
  'men',
  '2slgbtq',
  'indigenous',
  'newcomers',
  'people-with-disabilities',
  'caregivers',
  'students',
] as const;
/** A value of {@link AUDIENCES}. */
export type Audience = (typeof AUDIENCES)[number];

/** How a service is given: the documented `delivery` vocabulary. */
export const DELIVERY_MODES = ['in-person', 'phone', 'online', 'home-visit'] as const;
/** A value of {@link DELIVERY_MODES}. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** What a service costs: the documented `cost` vocabulary. */
export const COSTS = ['free', 'low-cost', 'fee'] as const;
/** A value of {@link COSTS}. */
export type Cost = (typeof COSTS)[number];

/** What a phone number is for: the documented `phones[].kind` vocabulary. */
export const PHONE_KINDS = ['voice', 'text', 'crisis', 'tty', 'fax'] as const;
/** A value of {@link PHONE_KINDS}. */
export type PhoneKind = (typeof PHONE_KINDS)[number];

/**
 * Kinds of distress that a query can speak of and a category can answer
 * (`category.distress`): `crisis` is any crisis (a crisis line, a crisis
 * centre); the others are what a 211 counsellor tells apart.
 */
export const DISTRESS_KINDS = ['suicide', 'self-harm', 'violence', 'overdose', 'shelter', 'crisis'] as const;
/** A value of {@link DISTRESS_KINDS}. */
export type DistressKind = (typeof DISTRESS_KINDS)[number];
