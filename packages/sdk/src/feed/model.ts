/**
 * The normalized records that `loadFeed` and `validateFeed` produce: every
 * localized text is an object keyed by language, every list is present,
 * every link is safe, and confidential locations hold no address or
 * coordinates. Consumers never see the raw shapes.
 */
import type { Audience, Cost, Day, DeliveryMode, DistressKind, PhoneKind } from './vocabulary.js';

/** Text in one or more languages, keyed by BCP 47 tag: `{ fr: 'Santé', en: 'Health' }`. */
export type LocalizedText = Readonly<Record<string, string>>;

/** Lists of strings per language. */
export type LocalizedList = Readonly<Record<string, readonly string[]>>;

/** A normalized phone number: its `href` is a safe `tel:` URL. */
export interface Phone {
  /** The number as the feed wrote it, for display. */
  readonly number: string;
  /** A safe `tel:` URL for the number. */
  readonly href: string;
  readonly label?: LocalizedText;
  readonly kind: PhoneKind;
}

/** A normalized postal address. */
export interface Address {
  readonly street?: string;
  readonly city?: string;
  readonly province?: string;
  readonly postalCode?: string;
  readonly country?: string;
}

/** A normalized place where a service is given; a confidential one keeps only its city. */
export interface Location {
  readonly name?: LocalizedText;
  /** Absent for confidential locations, except the city. */
  readonly address?: Address;
  /** Absent for confidential locations. */
  readonly lat?: number;
  readonly lon?: number;
  readonly accessibility?: LocalizedText;
  readonly confidential: boolean;
}

/** Opening hours, as wall-clock times in the feed's time zone. */
export interface Hours {
  readonly days: readonly Day[];
  /** `HH:MM` in the feed's time zone. */
  readonly opens: string;
  /** `HH:MM`; before `opens` when the span runs past midnight; `24:00` is the end of the day. */
  readonly closes: string;
  /** `YYYY-MM-DD`: these hours apply from this day on (a season, e.g. a tax clinic in March and April). */
  readonly validFrom?: string;
  /** `YYYY-MM-DD`: these hours apply up to this day, inclusive. */
  readonly validTo?: string;
}

/** A resource (a service), normalized. Unknown fields of the feed are kept as they were. */
export interface Resource {
  readonly id: string;
  readonly name: LocalizedText;
  readonly organization?: LocalizedText;
  readonly description?: LocalizedText;
  readonly categories: readonly string[];
  readonly regions: readonly string[];
  readonly audiences: readonly Audience[];
  readonly languages: readonly string[];
  readonly delivery: readonly DeliveryMode[];
  readonly cost?: Cost;
  readonly fees?: LocalizedText;
  readonly eligibility?: LocalizedText;
  readonly phones: readonly Phone[];
  /** A bare, checked e-mail address. */
  readonly email?: string;
  /** A checked absolute http(s) URL. */
  readonly website?: string;
  readonly locations: readonly Location[];
  readonly hours: readonly Hours[];
  readonly closedDates: readonly string[];
  readonly hoursNote?: LocalizedText;
  readonly keywords: LocalizedList;
  readonly updated?: string;
  readonly [unknownField: string]: unknown;
}

/** A normalized category of the feed's tree. */
export interface Category {
  readonly id: string;
  readonly name: LocalizedText;
  readonly parent?: string;
  readonly keywords: LocalizedList;
  /**
   * The kinds of distress this category's services answer, as the feed says
   * (an empty list: none); absent when the feed does not say, and the SDK
   * infers them from the category's names and keywords (`search/distress.ts`).
   */
  readonly distress?: readonly DistressKind[];
  /** Codes of this category in a source taxonomy (AIRS/211 codes, HSDS term codes), as imports keep them. */
  readonly codes?: readonly string[];
}

/** A normalized region of the feed's tree. */
export interface Region {
  readonly id: string;
  readonly name: LocalizedText;
  readonly parent?: string;
  readonly centroid?: { readonly lat: number; readonly lon: number };
}

/** A crisis line of the feed's header, with a safe `href`. */
export interface CrisisLine {
  readonly label: LocalizedText;
  readonly phone: string;
  readonly href: string;
  readonly hours?: LocalizedText;
}

/** A line residents call for an interpreter (e.g. 211, which answers in 200 languages). */
export interface InterpretationLine {
  readonly phone: string;
  /** A safe `tel:` URL for the number. */
  readonly href: string;
  readonly label?: LocalizedText;
  readonly hours?: LocalizedText;
  /** Languages it serves (BCP 47); empty means "many". */
  readonly languages: readonly string[];
}

/** The feed's own description. */
export interface FeedMeta {
  readonly title: LocalizedText;
  readonly updated?: string;
  readonly defaultLocale: string;
  readonly timezone: string;
  readonly notice?: LocalizedText;
  readonly crisis: readonly CrisisLine[];
  /** Where residents who read none of the feed's languages can call for an interpreter. */
  readonly interpretation?: InterpretationLine;
  /** A checked `mailto:` or `https:` template containing `{id}`. */
  readonly corrections?: string;
  /** Every language that appears in the feed's texts, default first. */
  readonly locales: readonly string[];
}

/** One thing found wrong in a feed, with where and what was done about it. */
export interface FeedProblem {
  /** `error`: the record or field broke the format and was skipped or removed. `warning`: kept, but worth fixing. */
  readonly severity: 'error' | 'warning';
  readonly code: import('../messages.js').ProblemCode;
  /** A JSON path into the document, e.g. `$.resources[3].website`. */
  readonly path: string;
  /** The record's id, when it has one. */
  readonly id?: string;
  /** The record's index in its list. */
  readonly index?: number;
  /** What happened: the record was skipped, the field repaired (removed or cut), or kept as it is. */
  readonly action: 'skipped' | 'repaired' | 'kept';
  /** An English sentence; `formatProblem(problem, 'fr')` gives it in French. */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number | undefined>>;
}

/** Residents' words (`words`) for the words services use (`means`), as the feed gives them. */
export interface Synonym {
  readonly words: readonly string[];
  readonly means: readonly string[];
}

/** A loaded feed: what `createFinder` searches. */
export interface Feed {
  readonly meta: FeedMeta;
  readonly resources: readonly Resource[];
  readonly categories: readonly Category[];
  readonly regions: readonly Region[];
  /** The feed's own synonyms (searching adds built-in ones: `search/needs.ts`). */
  readonly synonyms: readonly Synonym[];
  /** One entry per skipped or repaired record or field, and per warning. */
  readonly problems: readonly FeedProblem[];
}
