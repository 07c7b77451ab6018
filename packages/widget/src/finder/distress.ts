/**
 * Words of distress, in French and English, folded (no accents, lower case).
 * A query holding one of them puts the crisis lines first: the banner is
 * emphasized and results with a crisis phone come first. A trailing `*`
 * matches any ending ("suicid*": suicide, suicidaire, suicidal).
 *
 * This is not search logic: it does not change what the SDK finds, only the
 * order of the page of results and the banner's emphasis.
 */
import { fold } from '@repere/sdk';

const TERMS = (
  'suicid*|idees noires|idee noire|me tuer|me suicider|en finir|mourir|kill myself|want to die|end my life|' +
  'self harm|automutil*|overdos*|surdos*|violence*|violent*|abus*|maltrait*|agress*|assault|viol|rape|' +
  'detresse|distress|crise|crisis|danger|desespo*|desesper*|hopeless'
).split('|');

const PATTERN = new RegExp(`(?:^| )(?:${TERMS.map((t) => (t.endsWith('*') ? `${t.slice(0, -1)}\\S*` : t)).join('|')})(?= |$)`);

/** Whether a query speaks of distress (after folding accents and case). */
export function isDistress(query: string): boolean {
  const text = fold(query.slice(0, 200)).replace(/[^a-z0-9]+/g, ' ').trim();
  return text !== '' && PATTERN.test(text);
}
