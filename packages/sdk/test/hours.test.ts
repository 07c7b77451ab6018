import { expect } from 'chai';
import { isOpen, nextOpening, OPEN_AT_PATTERN, openAtInstant, openStatus, weekdayIn, type Hours } from '@repere/sdk';
import { zonedInstant, zonedParts } from '@repere/sdk/internal';

const TZ = 'America/Toronto';
const weekdays: Hours = { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' };
const r = (hours: Hours[], closedDates: string[] = []) => ({ hours, closedDates });

// 2026-11-23 is a Monday; Toronto is UTC−5 in winter, UTC−4 in summer.
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it('is open during office hours and closed outside them', () => {
    expect(isOpen(r([weekdays]), at('2026-11-23T14:00:00Z'), TZ)).to.equal(true); // Mon 09:00
    expect(isOpen(r([weekdays]), at('2026-11-23T12:00:00Z'), TZ)).to.equal(false); // Mon 07:00
    expect(isOpen(r([weekdays]), at('2026-11-28T15:00:00Z'), TZ)).to.equal(false); // Sat 10:00
  });

  it('closes at the closing minute', () => {
    expect(isOpen(r([weekdays]), at('2026-11-23T21:29:00Z'), TZ)).to.equal(true); // 16:29
    expect(isOpen(r([weekdays]), at('2026-11-23T21:30:00Z'), TZ)).to.equal(false); // 16:30
  });

  it('says nothing when no hours are given', () => {
    expect(isOpen(r([]), at('2026-11-23T14:00:00Z'), TZ)).to.equal(undefined);
    expect(nextOpening(r([]), at('2026-11-23T14:00:00Z'), TZ)).to.equal(undefined);
  });

  it('handles spans past midnight', () => {
    const evenings = r([{ days: ['fr'], opens: '20:00', closes: '02:00' }]);
    expect(isOpen(evenings, at('2026-11-28T06:30:00Z'), TZ)).to.equal(true); // Sat 01:30, from Friday
    expect(isOpen(evenings, at('2026-11-28T07:30:00Z'), TZ)).to.equal(false); // Sat 02:30
    expect(isOpen(evenings, at('2026-11-29T06:30:00Z'), TZ)).to.equal(false); // Sun 01:30, Saturday is not listed
  });

  it('is always open for all-day hours every day', () => {
    const always = r([{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }]);
    for (const iso of ['2026-11-23T05:00:00Z', '2026-11-24T04:59:00Z', '2026-11-29T12:00:00Z']) {
      expect(isOpen(always, at(iso), TZ), iso).to.equal(true);
    }
    expect(openStatus(always, at('2026-11-23T05:00:00Z'), TZ)).to.deep.equal({ open: true });
  });

  it('is closed on closed dates', () => {
    const holidays = r([weekdays], ['2026-12-25']);
    expect(isOpen(holidays, at('2026-12-25T15:00:00Z'), TZ)).to.equal(false); // Fri 10:00, Christmas
    expect(isOpen(holidays, at('2026-12-24T15:00:00Z'), TZ)).to.equal(true);
    const next = nextOpening(holidays, at('2026-12-24T22:00:00Z'), TZ)!; // Thu 17:00
    expect(next.weekday).to.equal('mo');
    expect(next.inDays).to.equal(4);
  });

  it('opens "tomorrow at 8:30" after closing time', () => {
    const next = nextOpening(r([weekdays]), at('2026-11-23T22:00:00Z'), TZ)!; // Mon 17:00
    expect(next.inDays).to.equal(1);
    expect(next.opens).to.equal('08:30');
    expect(next.at.toISOString()).to.equal('2026-11-24T13:30:00.000Z');
  });

  it('opens later today before opening time', () => {
    const status = openStatus(r([weekdays]), at('2026-11-23T12:00:00Z'), TZ); // Mon 07:00
    expect(status.open).to.equal(false);
    expect(status.next?.inDays).to.equal(0);
    expect(status.next?.opens).to.equal('08:30');
  });

  it('tells the closing time while open', () => {
    expect(openStatus(r([weekdays]), at('2026-11-23T14:00:00Z'), TZ)).to.deep.equal({ open: true, closes: '16:30' });
  });

  it('keeps wall-clock hours across the spring daylight-saving change', () => {
    // Sunday 2026-03-08: clocks go from 02:00 EST to 03:00 EDT. Monday 08:30 is then 12:30Z, not 13:30Z.
    const next = nextOpening(r([weekdays]), at('2026-03-07T17:00:00Z'), TZ)!;
    expect(next.at.toISOString()).to.equal('2026-03-09T12:30:00.000Z');
    expect(isOpen(r([weekdays]), at('2026-03-09T12:45:00Z'), TZ)).to.equal(true); // 08:45 EDT
    expect(isOpen(r([weekdays]), at('2026-03-06T13:15:00Z'), TZ)).to.equal(false); // 08:15 EST
  });

  it('keeps wall-clock hours across the autumn daylight-saving change', () => {
    // Sunday 2026-11-01: clocks go back from 02:00 EDT to 01:00 EST.
    const next = nextOpening(r([weekdays]), at('2026-10-31T17:00:00Z'), TZ)!;
    expect(next.at.toISOString()).to.equal('2026-11-02T13:30:00.000Z');
  });

  it('reads hours in the feed\'s time zone, not the device\'s', () => {
    // Paris is UTC+1 in November: 08:30Z is 09:30 there and 03:30 in Toronto.
    const office = r([{ days: ['mo'], opens: '09:00', closes: '10:00' }]);
    expect(isOpen(office, at('2026-11-23T08:30:00Z'), 'Europe/Paris')).to.equal(true);
    expect(isOpen(office, at('2026-11-23T08:30:00Z'), TZ)).to.equal(false);
  });

  it('answers for each instant asked, whatever was asked in between', () => {
    // A card list reads one instant many times, and opening instants in between.
    const monday = at('2026-11-23T14:00:00Z');
    expect(zonedParts(monday, TZ)).to.include({ date: '2026-11-23', weekday: 'mo', minutes: 540 });
    expect(zonedInstant('2026-07-01', 510, TZ).toISOString()).to.equal('2026-07-01T12:30:00.000Z'); // summer: UTC−4
    expect(zonedParts(at('2026-11-24T03:30:00Z'), TZ)).to.include({ date: '2026-11-23', weekday: 'mo', minutes: 1350 });
    expect(zonedParts(monday, TZ)).to.include({ date: '2026-11-23', minutes: 540 });
    expect(zonedParts(monday, 'Europe/Paris')).to.include({ date: '2026-11-23', minutes: 900 });
  });

  it('gives each caller its own opening instant, so changing one changes no other', () => {
    const first = zonedInstant('2026-11-24', 510, TZ);
    first.setUTCFullYear(1999);
    expect(zonedInstant('2026-11-24', 510, TZ).toISOString()).to.equal('2026-11-24T13:30:00.000Z');
    const next = nextOpening(r([weekdays]), at('2026-11-23T22:00:00Z'), TZ)!;
    next.at.setTime(0);
    expect(nextOpening(r([weekdays]), at('2026-11-23T22:00:00Z'), TZ)!.at.toISOString()).to.equal('2026-11-24T13:30:00.000Z');
  });

  it('finds the instant on the days the clocks change', () => {
    // 2026-03-08: 02:00 becomes 03:00 in Toronto; 2026-11-01: 02:00 becomes 01:00.
    expect(zonedInstant('2026-03-08', 8 * 60 + 30, TZ).toISOString()).to.equal('2026-03-08T12:30:00.000Z');
    expect(zonedInstant('2026-03-07', 8 * 60 + 30, TZ).toISOString()).to.equal('2026-03-07T13:30:00.000Z');
    expect(zonedInstant('2026-11-01', 8 * 60 + 30, TZ).toISOString()).to.equal('2026-11-01T13:30:00.000Z');
  });
});

describe('seasonal hours (validFrom / validTo)', () => {
  // A tax clinic: Saturdays 9:00–17:00, in March and April 2027 only.
  const taxClinic = r([{ days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2027-03-01', validTo: '2027-04-30' }]);

  it('is closed on its day outside the season, and says when the season starts', () => {
    const decemberSaturday = at('2026-12-05T15:00:00Z'); // Sat 10:00
    expect(isOpen(taxClinic, decemberSaturday, TZ)).to.equal(false);
    expect(nextOpening(taxClinic, decemberSaturday, TZ)).to.equal(undefined);
    expect(openStatus(taxClinic, decemberSaturday, TZ)).to.deep.equal({ open: false, season: '2027-03-01' });
  });

  it('is open on its day within the season, first and last days included', () => {
    expect(isOpen(taxClinic, at('2027-03-06T15:00:00Z'), TZ)).to.equal(true); // Sat 6 March 10:00
    expect(isOpen(taxClinic, at('2027-04-24T14:00:00Z'), TZ)).to.equal(true); // Sat 24 April 10:00 (summer time)
    const firstDay = r([{ days: ['mo'], opens: '09:00', closes: '17:00', validFrom: '2026-11-23', validTo: '2026-11-23' }]);
    expect(isOpen(firstDay, at('2026-11-23T15:00:00Z'), TZ)).to.equal(true); // the one Monday of its season
    expect(isOpen(firstDay, at('2026-11-30T15:00:00Z'), TZ)).to.equal(false); // the Monday after
  });

  it('announces the first Saturday when the season starts within two weeks', () => {
    const next = nextOpening(taxClinic, at('2027-02-25T15:00:00Z'), TZ); // Thu 25 February
    expect(next?.weekday).to.equal('sa');
    expect(next?.inDays).to.equal(9); // Sat 6 March, not Sat 27 February
  });

  it('is closed for good after its season, with nothing announced', () => {
    expect(openStatus(taxClinic, at('2027-05-08T14:00:00Z'), TZ)).to.deep.equal({ open: false });
  });

  it('combines a year-round schedule with a seasonal one', () => {
    const summerEvenings = r([weekdays, { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '18:00', closes: '21:00', validFrom: '2027-06-01', validTo: '2027-08-31' }]);
    expect(isOpen(summerEvenings, at('2026-11-23T23:30:00Z'), TZ)).to.equal(false); // Mon 18:30 in November
    expect(isOpen(summerEvenings, at('2027-06-07T22:30:00Z'), TZ)).to.equal(true); // Mon 18:30 in June
    expect(openStatus(summerEvenings, at('2026-11-23T23:30:00Z'), TZ).next?.opens).to.equal('08:30');
  });

  it('counts a night span past midnight by the season of the day it opens', () => {
    const lastNight = r([{ days: ['fr'], opens: '20:00', closes: '02:00', validTo: '2026-11-27' }]);
    expect(isOpen(lastNight, at('2026-11-28T06:30:00Z'), TZ)).to.equal(true); // Sat 01:30, from Friday 27
    expect(isOpen(lastNight, at('2026-12-05T06:30:00Z'), TZ)).to.equal(false); // a week later
  });
});

describe('« open at » moments on the feed\'s clock', () => {
  it('computes the instant of « open at » across a daylight-saving change', () => {
    // Saturday 8 March 2025 at noon (EST): Monday 8:30 is after the change (EDT, UTC−4).
    expect(openAtInstant('mo-08:30', new Date('2025-03-08T17:00:00Z'), 'America/Toronto')!.toISOString()).to.equal('2025-03-10T12:30:00.000Z');
    expect(openAtInstant('sa-09:00', new Date('2025-03-08T17:00:00Z'), 'America/Toronto')!.toISOString()).to.equal('2025-03-08T14:00:00.000Z');
    expect(openAtInstant('xx-09:00', new Date(), 'America/Toronto')).to.equal(undefined);
  });

  it('starts from today on the feed\'s clock, not the device\'s', () => {
    // Sunday 23:30 in Vancouver is already Monday in Toronto.
    const late = new Date('2025-06-02T06:30:00Z');
    expect(weekdayIn(late, 'America/Vancouver')).to.equal('su');
    expect(weekdayIn(late, 'America/Toronto')).to.equal('mo');
    expect(openAtInstant('mo-09:00', late, 'America/Vancouver')!.toISOString()).to.equal('2025-06-02T16:00:00.000Z');
  });

  it('reads only a weekday and a 24-hour time', () => {
    for (const ok of ['mo-00:00', 'su-23:59', 'we-09:00']) expect(OPEN_AT_PATTERN.test(ok), ok).to.equal(true);
    for (const bad of ['now', 'mo-24:00', 'mo-9:00', 'xx-09:00', 'mo-09:60', ' mo-09:00']) expect(OPEN_AT_PATTERN.test(bad), bad).to.equal(false);
  });
});
