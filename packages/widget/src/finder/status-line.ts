import { msg } from '@lit/localize';
import type { FeedErrorCode, RemoteSearchResults, ShardProgress } from '@repere/sdk';
import { moreText, regionsText, resultsText, type UiLocale } from '../i18n.js';
import type { FeedStatus } from './feed.controller.js';
import { errorText } from './labels.js';

/**
 * The status line (a polite live region): "Loading resources…", while a
 * search waits for the shards of other regions (`regions`) how many are
 * ready (the results on screen stay meanwhile), why they could not be had
 * (`regionsFailed`: the cards on screen are the previous search's), the count
 * (after "Show more": which results are new), and, when `helpFirst` (the
 * query speaks of distress and the feed has help lines), that the help lines
 * come first.
 */
export function statusText(
  locale: UiLocale,
  status: FeedStatus,
  results: RemoteSearchResults | undefined,
  moreFrom: number | undefined,
  helpFirst: boolean,
  regions?: ShardProgress,
  regionsFailed?: FeedErrorCode,
): string {
  if (status === 'loading') return msg('Loading resources…', { id: 'status.loading' });
  if (status !== 'error' && regions) return regionsText(regions.loaded, regions.total, locale);
  if (status !== 'error' && regionsFailed) return errorText(regionsFailed);
  if (status === 'error' || !results) return '';
  const count = moreFrom ? moreText(moreFrom + 1, results.items.length, results.total, locale) : resultsText(results.total, locale);
  // Polite, with the count, once typing pauses: role="alert" would interrupt at every key press.
  if (!helpFirst) return count;
  const announce = msg('Help lines are shown first, above the results.', { id: 'crisis.announce' });
  // With no result, the help lines are the answer: no "No results" after them.
  return results.total ? `${announce} ${count}` : announce;
}
