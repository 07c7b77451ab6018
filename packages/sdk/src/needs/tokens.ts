/**
 * The words of a search that found nothing, as far as they can be sent
 * without saying who searched: folded, without stop words, and only when the
 * query holds nothing that looks like a number, an e-mail, a web address, a
 * street address or a person's name. Anything doubtful sends no word at all.
 * A report still shows a word only when `k` separate batches hold it.
 */
import { STOP_WORDS, fold, words } from '../search/normalize.js';
import { NEEDS_LIMITS } from './limits.js';

// Digits carry phone numbers, civic numbers, postal codes, dates and ages.
const DIGIT = /\p{N}/u;
// E-mails, web addresses, handles.
const CONTACT = /[@#]|https?:|www\.|\.(?:com|org|net|ca|qc)\b/i;
// Words of an address (folded): a street named in a query is a place someone lives.
const ADDRESS_WORDS = new Set(
  (
    'rue avenue av ave boulevard boul blvd chemin ch rang route rte autoroute montee cote place square impasse allee ' +
    'street st road rd drive dr lane ln court crescent cres way terrace appartement app apt suite unit unite ' +
    'casier postal postale cp'
  ).split(' '),
);
// A capital after the first word ("jean Tremblay", "chez Marie Gagnon") reads as a name.
const CAPITALIZED = /^\p{Lu}/u;
const LETTERS = /^[a-z]+$/;

/**
 * The words of `query` that may leave the device when it found nothing,
 * sorted (the sentence's order is not kept), at most
 * {@link NEEDS_LIMITS}.tokens; empty when the query holds anything that may
 * identify someone.
 */
export function safeTokens(query: string, limits: Pick<typeof NEEDS_LIMITS, 'tokens' | 'tokenLength'> = NEEDS_LIMITS): string[] {
  const text = query.slice(0, 200);
  if (DIGIT.test(text) || CONTACT.test(text)) return [];
  const raw = words(text);
  if (raw.slice(1).some((w) => CAPITALIZED.test(w))) return [];
  const kept = new Set<string>();
  for (const w of raw) {
    const f = fold(w);
    if (ADDRESS_WORDS.has(f)) return [];
    if (f.length < 2 || f.length > limits.tokenLength || !LETTERS.test(f) || STOP_WORDS.has(f)) continue;
    kept.add(f);
  }
  return [...kept].sort().slice(0, limits.tokens);
}
