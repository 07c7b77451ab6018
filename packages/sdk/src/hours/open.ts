/**
 * Opening hours: is a resource open at an instant, and when does it open
 * next. Hours are wall-clock times in the feed's time zone, so a daylight-
 * saving change moves the instants, not the hours on the door.
 */
import type { Hours, Resource } from '../feed/model.js';
import type { Day } from '../feed/schema.js';
import { addDays, toMinutes, zonedInstant, zonedParts, type ZonedParts } from './zoned.js';

type WithHours = Pick<Resource, 'hours'> & Partial<Pick<Resource, 'closedDates'>>;

interface Span {
  /** The calendar date the span opens on. */
  readonly date: string;
  readonly opens: number;
  /** Minutes after midnight of `date`; above 1440 for spans past midnight. */
  readonly closes: number;
  readonly hours: Hours;
}

/** Spans that open on `date` (a `weekday`), unless the date is closed. */
function spansOn(resource: WithHours, date: string, weekday: Day): Span[] {
  if (resource.closedDates?.includes(date)) return [];
  const spans: Span[] = [];
  for (const h of resource.hours) {
    if (!h.days.includes(weekday)) continue;
    const opens = toMinutes(h.opens);
    let closes = toMinutes(h.closes);
    if (closes <= opens) closes += 1440; // past midnight ("20:00"–"02:00"), or round the clock
    spans.push({ date, opens, closes, hours: h });
  }
  return spans.sort((a, b) => a.opens - b.opens);
}

/** The span containing wall time `minutes` on `date`, including one that began the day before. */
function currentSpan(resource: WithHours, date: string, weekday: Day, minutes: number): Span | undefined {
  const yesterday = addDays(date, -1);
  for (const s of spansOn(resource, yesterday.date, yesterday.weekday)) {
    if (minutes + 1440 >= s.opens && minutes + 1440 < s.closes) return s;
  }
  for (const s of spansOn(resource, date, weekday)) {
    if (minutes >= s.opens && minutes < s.closes) return s;
  }
  return undefined;
}

/**
 * Whether a resource is open at `at`, reading its hours in `timeZone`.
 * `undefined` when the resource gives no hours: unknown is not closed.
 */
export function isOpen(resource: WithHours, at: Date, timeZone: string): boolean | undefined {
  return isOpenAtParts(resource, zonedParts(at, timeZone));
}

/**
 * {@link isOpen} for many resources at one instant: the wall clock is read
 * once (`zonedParts`) rather than once per resource.
 */
export function isOpenAtParts(resource: WithHours, now: Pick<ZonedParts, 'date' | 'weekday' | 'minutes'>): boolean | undefined {
  if (!resource.hours || resource.hours.length === 0) return undefined;
  return currentSpan(resource, now.date, now.weekday, now.minutes) !== undefined;
}

/** When a resource next opens. */
export interface Opening {
  /** The instant it opens. */
  readonly at: Date;
  /** The wall-clock opening time, `HH:MM`, in the feed's time zone. */
  readonly opens: string;
  /** The wall-clock closing time, `HH:MM`. */
  readonly closes: string;
  /** Calendar days from the asked day in the feed's time zone: 0 today, 1 tomorrow. */
  readonly inDays: number;
  /** The weekday it opens on. */
  readonly weekday: Day;
}

/**
 * The next time a resource opens after `from` (strictly later), within two
 * weeks; `undefined` when it has no hours or never opens in that time.
 */
export function nextOpening(resource: WithHours, from: Date, timeZone: string): Opening | undefined {
  if (!resource.hours || resource.hours.length === 0) return undefined;
  const now = zonedParts(from, timeZone);
  for (let offset = 0; offset <= 14; offset++) {
    const day = addDays(now.date, offset);
    for (const s of spansOn(resource, day.date, day.weekday)) {
      if (offset === 0 && s.opens <= now.minutes) continue;
      // A span that continues one begun the day before is not an opening.
      if (s.opens === 0 && continuesFromDayBefore(resource, day.date)) continue;
      return {
        at: zonedInstant(day.date, s.opens, timeZone),
        opens: s.hours.opens,
        closes: s.hours.closes,
        inDays: offset,
        weekday: day.weekday,
      };
    }
  }
  return undefined;
}

function continuesFromDayBefore(resource: WithHours, date: string): boolean {
  const before = addDays(date, -1);
  return spansOn(resource, before.date, before.weekday).some((s) => s.closes >= 1440);
}

/** Where a resource stands at an instant: open (until when) or closed (until when). */
export interface OpenStatus {
  /** `undefined` when the resource gives no hours. */
  readonly open: boolean | undefined;
  /** When open: the wall-clock closing time, `HH:MM`; absent when open round the clock. */
  readonly closes?: string;
  /** When closed: the next opening. */
  readonly next?: Opening;
}

/** {@link isOpen} and {@link nextOpening} together, as a card shows them. */
export function openStatus(resource: WithHours, at: Date, timeZone: string): OpenStatus {
  if (!resource.hours || resource.hours.length === 0) return { open: undefined };
  const now = zonedParts(at, timeZone);
  const span = currentSpan(resource, now.date, now.weekday, now.minutes);
  if (span) {
    const allDayEveryDay = resource.hours.some((h) => h.days.length === 7 && h.opens === '00:00' && h.closes === '24:00') && !(resource.closedDates?.length);
    return allDayEveryDay ? { open: true } : { open: true, closes: span.hours.closes };
  }
  const next = nextOpening(resource, at, timeZone);
  return next ? { open: false, next } : { open: false };
}
