/**
 * "Open at" moments: a day and a time on a feed's clock (`we-09:00`), as the
 * finder's "open at" filter and its address write them. One home, so the
 * page that checks an address and the engine that filters agree.
 */
import { DAYS, type Day } from '../feed/vocabulary.js';
import { addDays, zonedInstant, zonedParts } from './zoned.js';

/** An "open at" moment: a weekday code, then a 24-hour time, `we-09:00`. */
export const OPEN_AT_PATTERN = /^(mo|tu|we|th|fr|sa|su)-([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of an "open at" moment: the next such weekday on `timeZone`'s
 * clock, today included, at that time, across daylight-saving changes.
 * `undefined` when `code` is not an "open at" moment.
 */
export function openAtInstant(code: string, now: Date, timeZone: string): Date | undefined {
  const m = OPEN_AT_PATTERN.exec(code);
  if (!m) return undefined;
  const today = zonedParts(now, timeZone);
  const ahead = (DAYS.indexOf(m[1] as Day) - DAYS.indexOf(today.weekday) + 7) % 7;
  return zonedInstant(addDays(today.date, ahead).date, Number(m[2]) * 60 + Number(m[3]), timeZone);
}

/** Today's weekday on `timeZone`'s clock. */
export const weekdayIn = (now: Date, timeZone: string): Day => zonedParts(now, timeZone).weekday;
