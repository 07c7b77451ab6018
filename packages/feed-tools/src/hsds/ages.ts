/**
 * HSDS 3.0 `minimum_age` / `maximum_age` as eligibility text. A Repère
 * resource has no age fields, and "ages 12 to 17" is information residents
 * need; since ages are numbers, they can be worded faithfully in French and
 * English whatever language the rest of the HSDS text is in.
 */
import { baseLanguage } from '@repere/sdk';
import type { MessageCode } from '../messages.js';

/** The age bounds of a service that can be used; either may be missing. */
export interface AgeRange {
  readonly min?: number;
  readonly max?: number;
}

/** An age value that was not used, ready to become an import note. */
export interface AgeProblem {
  readonly code: Extract<MessageCode, 'hsds-bad-age' | 'hsds-ages-reversed'>;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Age text in the two languages the finder is written in. */
export interface AgeText {
  readonly fr: string;
  readonly en: string;
}

const FIELDS = ['minimum_age', 'maximum_age'] as const;

// A plain decimal only: `Number()` would also read "0x10", "1e2" or
// "Infinity", which no coordinator means as an age.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function parseAge(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
}

/**
 * Reads a service's `minimum_age` and `maximum_age` (numbers in the nested
 * form, strings in the tabular form). A negative or unreadable value is left
 * out and reported, and the other bound is still used; a minimum above the
 * maximum leaves both out, since neither can be trusted.
 */
export function readAges(service: Readonly<Record<string, unknown>>): { range: AgeRange; problems: AgeProblem[] } {
  const problems: AgeProblem[] = [];
  const [min, max] = FIELDS.map((field) => {
    const value = service[field];
    if (isBlank(value)) return undefined;
    const age = parseAge(value);
    if (age === undefined) problems.push({ code: 'hsds-bad-age', params: { field, value: shown(value) } });
    return age;
  });
  if (min !== undefined && max !== undefined && min > max) {
    problems.push({ code: 'hsds-ages-reversed', params: { min, max } });
    return { range: {}, problems };
  }
  return { range: { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }, problems };
}

// French writes a decimal comma, and "an" stays singular below 2 ("1,5 an").
function frNumber(n: number): string {
  return String(n).replace('.', ',');
}

function frYears(n: number): string {
  return n < 2 ? 'an' : 'ans';
}

/**
 * The age bounds as short text in French and English, e.g. `De 12 à 17 ans` /
 * `Ages 12 to 17`; `undefined` when there is no bound. Decimal ages are kept
 * as they are (0.5 is not turned into months).
 */
export function ageText({ min, max }: AgeRange): AgeText | undefined {
  if (min !== undefined && max !== undefined) {
    if (min === max) return { fr: `${frNumber(min)} ${frYears(min)}`, en: `Age ${min}` };
    return { fr: `De ${frNumber(min)} à ${frNumber(max)} ${frYears(max)}`, en: `Ages ${min} to ${max}` };
  }
  if (min !== undefined) return { fr: `${frNumber(min)} ${frYears(min)} et plus`, en: `Ages ${min} and over` };
  if (max !== undefined) return { fr: `Jusqu’à ${frNumber(max)} ${frYears(max)}`, en: `Up to age ${max}` };
  return undefined;
}

// A sentence already ends with its punctuation, possibly inside quotes or
// brackets, French ones with their space (`« … du CLSC. »`).
const SENTENCE_END = /[.!?…](?:[\s\u00a0\u202f]*["'’”»)\]])*$/;

/**
 * Adds a sentence after a text: a period closes the text when it has no
 * final punctuation (a dangling `,`, `;` or `:` is dropped first), and the
 * added sentence gets its own, so that the result reads as two sentences:
 * `Résidents de Rimouski` + `65 ans et plus` → `Résidents de Rimouski. 65 ans et plus.`
 * With no text, the sentence is returned as it is.
 */
export function appendSentence(text: string | undefined, sentence: string): string {
  const base = (text ?? '').trim().replace(/[\s,;:]+$/, '');
  if (!base) return sentence;
  return `${base}${SENTENCE_END.test(base) ? ' ' : '. '}${sentence}.`;
}

/**
 * A service's eligibility: the HSDS `eligibility_description` in the import's
 * locale, followed by the age text in that locale's language when it is
 * French or English. The other language then gets nothing of its own: the
 * finder shows its reader the whole description, marked as being in the
 * other language, rather than the ages without the rest ("Résidents de
 * Rimouski" is a condition too). Without a description, the ages are given
 * in both languages; with a description in a locale that is neither (`es`),
 * it stays alone and the ages are given in French and English.
 * `undefined` when there is neither.
 */
export function eligibilityText(description: string | undefined, ages: AgeText | undefined, locale: string): Record<string, string> | undefined {
  const text: Record<string, string> = {};
  if (description) text[locale] = description;
  const own = baseLanguage(locale);
  if (ages && description && (own === 'fr' || own === 'en')) {
    text[locale] = appendSentence(description, ages[own]);
  } else if (ages) {
    for (const lang of ['fr', 'en'] as const) {
      // The description's own key when it is in this language (fr-CA stays fr-CA), so one text holds both.
      const key = own === lang ? locale : lang;
      text[key] = appendSentence(text[key], ages[lang]);
    }
  }
  return Object.keys(text).length ? text : undefined;
}
