/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl`, so the
 * SDK stays small and works the same in browsers, workers and Node.
 */
import type { Day } from '../feed/vocabulary.js';

/** Whether this runtime knows `zone` as an IANA time zone (e.g. `America/Toronto`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a time zone. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Minutes since midnight. */
  readonly minutes: number;
  readonly weekday: Day;
  /** `YYYY-MM-DD`. */
  readonly date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, Day> = { Mon: 'mo', Tue: 'tu', Wed: 'we', Thu: 'th', Fri: 'fr', Sat: 'sa', Sun: 'su' };

/** The last instant read in each time zone: one list of cards reads the same instant for every card. */
const lastRead = new Map<string, { readonly time: number; readonly parts: ZonedParts & { readonly seconds: number } }>();

/** The wall-clock date, time and weekday of `at` in `timeZone`. */
export function zonedParts(at: Date, timeZone: string): ZonedParts & { readonly seconds: number } {
  const time = at.getTime();
  const last = lastRead.get(timeZone);
  if (last && last.time === time) return last.parts;
  const read = readParts(at, timeZone);
  lastRead.set(timeZone, { time, parts: read });
  return read;
}

function readParts(at: Date, timeZone: string): ZonedParts & { readonly seconds: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  return Object.freeze({
    year,
    month,
    day,
    minutes: hour * 60 + Number(parts.minute),
    seconds: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday!]!,
    date: `${parts.year}-${parts.month}-${parts.day}`,
  });
}

/**
 * An answer remembered by key, up to 512 of them (then the memory starts
 * over): the cards on screen ask for the same days and opening times again on
 * every keystroke, and each answer otherwise costs `Intl` calls.
 */
function remember<T>(answers: Map<string, T>, key: string, compute: () => T): T {
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute();
    if (answers.size >= 512) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

const DAYS_BY_UTC_DAY = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'] as const;
const datesAfter = new Map<string, { readonly date: string; readonly weekday: Day }>();

/** The calendar date `days` after `date` (`YYYY-MM-DD`), with its weekday. */
export function addDays(date: string, days: number): { readonly date: string; readonly weekday: Day } {
  return remember(datesAfter, `${date}\u0000${days}`, () => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d + days));
    return Object.freeze({ date: t.toISOString().slice(0, 10), weekday: DAYS_BY_UTC_DAY[t.getUTCDay()]! });
  });
}

const instants = new Map<string, number>();

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minutes`.
 * In the hour skipped by a spring-forward change, the instant an hour later.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const time = remember(instants, `${timeZone}\u0000${date}\u0000${minutes}`, () => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const wallAsUtc = Date.UTC(y, m - 1, d, 0, minutes);
    // Two passes settle the offset, including on the days the offset changes.
    let guess = wallAsUtc;
    for (let i = 0; i < 2; i++) {
      // Not through zonedParts: its memory is for the instant a render asks about.
      const p = readParts(new Date(guess), timeZone);
      const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, 0, p.minutes, p.seconds);
      guess += wallAsUtc - shownAsUtc;
    }
    return guess;
  });
  return new Date(time);
}

/** `"08:30"` → 510. `"24:00"` → 1440. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
