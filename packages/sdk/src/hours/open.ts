/**
 * Opening hours: is a resource open at an instant, and when does it open
 * next. Hours are wall-clock times in the feed's time zone, so a daylight-
 * saving change moves the instants, not the hours on the door.
 *
 * A resource's hours are compiled once into a weekly schedule of minute
 * spans, and the wall clock is read once per search: checking 20,000
 * resources is then integer comparisons only.
 *
 * Hours may hold for a season only (`validFrom`, `validTo`: calendar dates
 * in the feed's time zone, both included): a span counts on the days of its
 * season, as a date comparison (ISO dates compare as strings).
 */
import type { Hours, Resource } from '../feed/model.js';
import type { Day } from '../feed/vocabulary.js';
import { addDays, toMinutes, zonedInstant, zonedParts } from './zoned.js';

type WithHours = Pick<Resource, 'hours'> & Partial<Pick<Resource, 'closedDates'>>;

interface Span {
  /** Minutes after midnight of the day it opens. */
  readonly opens: number;
  /** Minutes after midnight of the day it opens; above 1440 for spans past midnight. */
  readonly closes: number;
  readonly hours: Hours;
}

interface WeeklySchedule {
  /** Spans opening on each day, Monday first, sorted by opening time. */
  readonly byDay: readonly (readonly Span[])[];
  readonly closed: ReadonlySet<string>;
}

/** Whether hours apply on `date` (`YYYY-MM-DD`): always, or within their season. */
export function inSeason(hours: Hours, date: string): boolean {
  return (!hours.validFrom || date >= hours.validFrom) && (!hours.validTo || date <= hours.validTo);
}

const DAY_INDEX: Readonly<Record<Day, number>> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
const schedules = new WeakMap<object, WeeklySchedule>();
const NO_DATES: ReadonlySet<string> = new Set();

function schedule(resource: WithHours): WeeklySchedule {
  let s = schedules.get(resource);
  if (!s) {
    const byDay: Span[][] = [[], [], [], [], [], [], []];
    for (const h of resource.hours) {
      const opens = minutesOf(h.opens);
      let closes = minutesOf(h.closes);
      if (closes <= opens) closes += 1440; // past midnight ("20:00"–"02:00"), or round the clock
      for (const day of h.days) byDay[DAY_INDEX[day]]!.push({ opens, closes, hours: h });
    }
    for (const spans of byDay) spans.sort((a, b) => a.opens - b.opens);
    s = { byDay, closed: resource.closedDates?.length ? new Set(resource.closedDates) : NO_DATES };
    schedules.set(resource, s);
  }
  return s;
}

/** The wall clock in the feed's time zone at an instant: read once, used for many resources. */
export interface WallClock {
  readonly date: string;
  readonly weekday: Day;
  /** Minutes since midnight. */
  readonly minutes: number;
  readonly yesterday: { readonly date: string; readonly weekday: Day };
}

/** Reads the wall clock of `timeZone` at `at`. */
export function wallClock(at: Date, timeZone: string): WallClock {
  const now = zonedParts(at, timeZone);
  return { date: now.date, weekday: now.weekday, minutes: now.minutes, yesterday: addDays(now.date, -1) };
}

function currentSpan(s: WeeklySchedule, clock: WallClock): Span | undefined {
  if (!s.closed.has(clock.yesterday.date)) {
    const late = clock.minutes + 1440;
    for (const span of s.byDay[DAY_INDEX[clock.yesterday.weekday]]!) {
      if (late >= span.opens && late < span.closes && inSeason(span.hours, clock.yesterday.date)) return span;
    }
  }
  if (!s.closed.has(clock.date)) {
    for (const span of s.byDay[DAY_INDEX[clock.weekday]]!) {
      if (clock.minutes >= span.opens && clock.minutes < span.closes && inSeason(span.hours, clock.date)) return span;
    }
  }
  return undefined;
}

/**
 * Whether a resource is open at `at`, reading its hours in `timeZone`.
 * `undefined` when the resource gives no hours: unknown is not closed.
 */
export function isOpen(resource: WithHours, at: Date, timeZone: string): boolean | undefined {
  return isOpenAt(resource, wallClock(at, timeZone));
}

/** {@link isOpen} at a wall clock read once with {@link wallClock}, for many resources. */
export function isOpenAt(resource: WithHours, clock: WallClock): boolean | undefined {
  if (!resource.hours || resource.hours.length === 0) return undefined;
  return currentSpan(schedule(resource), clock) !== undefined;
}

/** "HH:MM" in minutes, without allocating for the usual five characters. */
function minutesOf(hhmm: string): number {
  if (hhmm.length === 5 && hhmm.charCodeAt(2) === 58) {
    // 48 is "0"; no helper closure, which a cold engine would make per call.
    return (hhmm.charCodeAt(0) * 10 + hhmm.charCodeAt(1) - 528) * 60 + hhmm.charCodeAt(3) * 10 + hhmm.charCodeAt(4) - 528;
  }
  return toMinutes(hhmm);
}

/**
 * {@link isOpenAt} straight from the hours, with no compiled schedule kept:
 * for checking every resource of a large feed at one wall-clock minute.
 */
export function openAtClock(resource: WithHours, clock: WallClock): boolean | undefined {
  const hours = resource.hours;
  if (!hours || hours.length === 0) return undefined;
  const closed = resource.closedDates;
  const yesterdayOpen = !closed || closed.length === 0 || !closed.includes(clock.yesterday.date);
  const todayOpen = !closed || closed.length === 0 || !closed.includes(clock.date);
  const now = clock.minutes;
  const late = now + 1440;
  for (let i = 0; i < hours.length; i++) {
    const h = hours[i]!;
    const opens = minutesOf(h.opens);
    let closes = minutesOf(h.closes);
    if (closes <= opens) closes += 1440; // past midnight, or round the clock
    if (yesterdayOpen && late >= opens && late < closes && h.days.includes(clock.yesterday.weekday) && inSeason(h, clock.yesterday.date)) return true;
    if (todayOpen && now >= opens && now < closes && h.days.includes(clock.weekday) && inSeason(h, clock.date)) return true;
  }
  return false;
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
  const s = schedule(resource);
  const now = zonedParts(from, timeZone);
  for (let offset = 0; offset <= 14; offset++) {
    const day = addDays(now.date, offset);
    if (s.closed.has(day.date)) continue;
    for (const span of s.byDay[DAY_INDEX[day.weekday]]!) {
      if (offset === 0 && span.opens <= now.minutes) continue;
      if (!inSeason(span.hours, day.date)) continue;
      // A span at midnight that continues one begun the day before is not an opening.
      if (span.opens === 0 && continuesFromDayBefore(s, day.date)) continue;
      return {
        at: zonedInstant(day.date, span.opens, timeZone),
        opens: span.hours.opens,
        closes: span.hours.closes,
        inDays: offset,
        weekday: day.weekday,
      };
    }
  }
  return undefined;
}

function continuesFromDayBefore(s: WeeklySchedule, date: string): boolean {
  const before = addDays(date, -1);
  return !s.closed.has(before.date) && s.byDay[DAY_INDEX[before.weekday]]!.some((span) => span.closes >= 1440 && inSeason(span.hours, before.date));
}

/**
 * The first day of the next season that starts after `date` (`YYYY-MM-DD`),
 * or undefined: for "Opens in March" when nothing opens within two weeks.
 */
export function nextSeason(resource: WithHours, date: string): string | undefined {
  let first: string | undefined;
  for (const h of resource.hours) {
    if (h.validFrom && h.validFrom > date && (!h.validTo || h.validTo >= h.validFrom) && (!first || h.validFrom < first)) first = h.validFrom;
  }
  return first;
}

/** Where a resource stands at an instant: open (until when) or closed (until when). */
export interface OpenStatus {
  /** `undefined` when the resource gives no hours. */
  readonly open: boolean | undefined;
  /** When open: the wall-clock closing time, `HH:MM`; absent when open round the clock. */
  readonly closes?: string;
  /** When closed: the next opening. */
  readonly next?: Opening;
  /**
   * When closed with no opening in the next two weeks: the first day
   * (`YYYY-MM-DD`) of the next season of its hours, if one is coming.
   */
  readonly season?: string;
}

/** {@link isOpen} and {@link nextOpening} together, as a card shows them. */
export function openStatus(resource: WithHours, at: Date, timeZone: string): OpenStatus {
  if (!resource.hours || resource.hours.length === 0) return { open: undefined };
  const s = schedule(resource);
  const span = currentSpan(s, wallClock(at, timeZone));
  if (span) {
    const roundTheClock =
      s.closed.size === 0 && s.byDay.every((spans) => spans.some((x) => x.opens === 0 && x.closes >= 1440 && !x.hours.validFrom && !x.hours.validTo));
    return roundTheClock ? { open: true } : { open: true, closes: span.hours.closes };
  }
  const next = nextOpening(resource, at, timeZone);
  if (next) return { open: false, next };
  const season = nextSeason(resource, zonedParts(at, timeZone).date);
  return season ? { open: false, season } : { open: false };
}

