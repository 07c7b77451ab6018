/**
 * The one reader of a time zone's clock (`Intl.DateTimeFormat`, made once per
 * zone), and whether a zone exists. A leaf module: the validator checks a
 * feed's zone with it, the hours read the clock with it, and neither
 * imports the other.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter that reads the wall clock in `timeZone` (throws a `RangeError` for an unknown zone). */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
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

/** Whether this runtime knows `zone` as an IANA time zone (e.g. `America/Toronto`). */
export function isTimeZone(zone: string): boolean {
  try {
    // The formatter that reading the zone's clock needs, made (and kept) now:
    // a feed's zone is checked as it loads, then read for its first list, and
    // a cold page pays for each formatter it makes.
    zoneFormatter(zone);
    return true;
  } catch {
    return false;
  }
}
