/**
 * The closed vocabularies of the feed format: days, audiences, delivery
 * modes, costs, phone kinds and kinds of distress. `schema.ts` checks against them.
 */

/** Days of the week as two-letter codes, Monday first. */
export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
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
export type Audience = (typeof AUDIENCES)[number];

export const DELIVERY_MODES = ['in-person', 'phone', 'online', 'home-visit'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const COSTS = ['free', 'low-cost', 'fee'] as const;
export type Cost = (typeof COSTS)[number];

export const PHONE_KINDS = ['voice', 'text', 'crisis', 'tty', 'fax'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

/**
 * Kinds of distress that a query can speak of and a category can answer
 * (`category.distress`): `crisis` is any crisis (a crisis line, a crisis
 * centre); the others are what a 211 counsellor tells apart.
 */
export const DISTRESS_KINDS = ['suicide', 'self-harm', 'violence', 'overdose', 'shelter', 'crisis'] as const;
export type DistressKind = (typeof DISTRESS_KINDS)[number];
