import { expect } from 'chai';
import { parseHours } from '../src/csv/hours.js';

describe('parseHours', () => {
  it('reads French day ranges and times', () => {
    expect(parseHours('lun-ven 8:30-16:30')).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' }]);
  });
  it('reads English day names and several groups', () => {
    expect(parseHours('Mon-Fri 8:30-16:30; Sat 10:00-14:00')).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' },
      { days: ['sa'], opens: '10:00', closes: '14:00' },
    ]);
  });
  it('reads lists, full day names, "8h30" and "8 h 30", and groups on new lines', () => {
    expect(parseHours('lundi, mercredi, vendredi 8h30-12h\nsamedi 9 h 30 - 11 h 45')).to.deep.equal([
      { days: ['mo', 'we', 'fr'], opens: '08:30', closes: '12:00' },
      { days: ['sa'], opens: '09:30', closes: '11:45' },
    ]);
  });
  it('keeps a span past midnight as closing before opening', () => {
    expect(parseHours('ven-sam 20:00-02:00')).to.deep.equal([{ days: ['fr', 'sa'], opens: '20:00', closes: '02:00' }]);
  });
  it('reads 24/7 and 24h/24 as all day every day', () => {
    const all = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
    expect(parseHours('24/7')).to.deep.equal(all);
    expect(parseHours('24h/24')).to.deep.equal(all);
  });
  it('wraps day ranges around the week and reads am/pm and split shifts', () => {
    expect(parseHours('sam-lun 9:00-12:00')).to.deep.equal([{ days: ['mo', 'sa', 'su'], opens: '09:00', closes: '12:00' }]);
    expect(parseHours('Tue 9am-12pm, 1pm-4:30pm')).to.deep.equal([
      { days: ['tu'], opens: '09:00', closes: '12:00' },
      { days: ['tu'], opens: '13:00', closes: '16:30' },
    ]);
  });
  it('says what it cannot read', () => {
    expect(parseHours('lun-ven le matin')).to.deep.equal({ code: 'hours-day', value: 'ven le matin' });
    expect(parseHours('lun-ven')).to.deep.equal({ code: 'hours-no-time', value: 'lun-ven' });
    expect(parseHours('lunes 9:00-12:00')).to.deep.equal({ code: 'hours-day', value: 'lunes' });
    expect(parseHours('lun 25:00-26:00')).to.deep.equal({ code: 'hours-time', value: '25:00-26:00' });
    expect(parseHours('9:00-17:00')).to.deep.equal({ code: 'hours-no-days', value: '9:00-17:00' });
  });
});
