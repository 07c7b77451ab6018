/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl`, so the
 * SDK stays small and works the same in browsers, workers and Node.
 */
import type { Day } from '../feed/vocabulary.js';
import { zoneFormatter } from '../time-zone.js';

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

const WEEKDAYS: Record<string, Day> = { Mon: 'mo', Tue: 'tu', Wed: 'we', Thu: 'th', Fri: 'fr', Sat: 'sa', Sun: 'su' };

/** The last instant read, and in which zone: one list of cards reads the same instant for every card. */
let lastRead: { readonly time: number; readonly timeZone: string; readonly parts: ZonedParts & { readonly seconds: number } } | undefined;

/** The wall-clock date, time and weekday of `at` in `timeZone`. */
export function zonedParts(at: Date, timeZone: string): ZonedParts & { readonly seconds: number } {
  const time = at.getTime();
  if (lastRead?.time === time && lastRead.timeZone === timeZone) return lastRead.parts;
  const parts: Record<string, string> = {};
  for (const p of zoneFormatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const hour = Number(parts.hour) % 24;
  const read = Object.freeze({
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    minutes: hour * 60 + Number(parts.minute),
    seconds: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday!]!,
    date: `${parts.year}-${parts.month}-${parts.day}`,
  });
  lastRead = { time, timeZone, parts: read };
  return read;
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`), with its weekday. */
export function addDays(date: string, days: number): { date: string; weekday: Day } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  const iso = t.toISOString().slice(0, 10);
  const weekday = (['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'] as const)[t.getUTCDay()]!;
  return { date: iso, weekday };
}

/**
 * Opening instants already found: the cards on screen ask for the same ones on
 * every keystroke, and each costs two `Intl` reads. At most 512, then the
 * memory starts over.
 */
const instants = new Map<string, number>();

/**
 * The instant at which the wall clock in `timeZone` shows `date` at `minutes`.
 * In the hour skipped by a spring-forward change, the instant an hour later.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const key = `${timeZone} ${date} ${minutes}`;
  let guess = instants.get(key);
  if (guess === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const wallAsUtc = Date.UTC(y, m - 1, d, 0, minutes);
    // Two passes settle the offset, including on the days the offset changes.
    guess = wallAsUtc;
    for (let i = 0; i < 2; i++) {
      const p = zonedParts(new Date(guess), timeZone);
      const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, 0, p.minutes, p.seconds);
      guess += wallAsUtc - shownAsUtc;
    }
    if (instants.size >= 512) instants.clear();
    instants.set(key, guess);
  }
  return new Date(guess);
}

/** `"08:30"` → 510. `"24:00"` → 1440. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
