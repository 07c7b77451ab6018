/**
 * A feed's `resources` list, as far as it is read: its first `maxRecords`
 * entries (the rest is reported, never walked: a feed object's list can claim
 * a length of 2³²−1). JSON never makes a list with holes; a feed object's
 * list that has one is refused, at once.
 */
import { FeedError } from '../errors.js';

export function recordList(list: readonly unknown[], maxRecords: number): unknown[] {
  const count = Math.min(list.length, maxRecords);
  for (let i = 0; i < count; i++) {
    if (!(i in list)) throw new FeedError('format', { detail: `"resources" is a list with holes (no entry at ${i} of ${list.length})` });
  }
  return list.length > count ? list.slice(0, count) : (list as unknown[]);
}
