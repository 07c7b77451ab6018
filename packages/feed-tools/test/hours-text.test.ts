import { expect } from 'chai';
import { readTextHours } from '../src/hours-text.js';

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr'];
const ALL = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }];
const span = (days: string[], opens: string, closes: string) => ({ days, opens, closes });

describe('Free-text hours from directory exports', () => {
  // Each text as a 211 export or a coordinator writes it, and what a resident should see.
  const readable: [string, object[]][] = [
    ['7:30 am - 4:00 pm, Monday - Friday', [span(WEEKDAYS, '07:30', '16:00')]],
    ['Mon-Fri 9-5', [span(WEEKDAYS, '09:00', '17:00')]],
    ['lun. au ven. 9 h à 17 h', [span(WEEKDAYS, '09:00', '17:00')]],
    ['du lundi au vendredi de 8 h 30 à 16 h 30', [span(WEEKDAYS, '08:30', '16:30')]],
    ['24/7', ALL],
    ['24 h sur 24', ALL],
    ['24 heures sur 24, 7 jours sur 7', ALL],
    ['Open 24 hours a day, 7 days a week', ALL],
    ['Monday - Friday 8:30am - 4:30pm', [span(WEEKDAYS, '08:30', '16:30')]],
    ['Monday to Friday, 9:00 a.m. to 5:00 p.m.', [span(WEEKDAYS, '09:00', '17:00')]],
    ['Monday - Friday: 9am - 12pm, 1pm - 4pm', [span(WEEKDAYS, '09:00', '12:00'), span(WEEKDAYS, '13:00', '16:00')]],
    ['Mon-Thu 9-5; Fri 9-12', [span(['mo', 'tu', 'we', 'th'], '09:00', '17:00'), span(['fr'], '09:00', '12:00')]],
    ['Mon-Fri 8:30am-4:30pm, Sat 10am-2pm', [span(WEEKDAYS, '08:30', '16:30'), span(['sa'], '10:00', '14:00')]],
    ['Tuesday and Thursday 1pm-4pm', [span(['tu', 'th'], '13:00', '16:00')]],
    ['Weekdays 9-5', [span(WEEKDAYS, '09:00', '17:00')]],
    ['Daily 10am - 6pm', [span(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], '10:00', '18:00')]],
    ['lun, mer, ven 9 h - 12 h', [span(['mo', 'we', 'fr'], '09:00', '12:00')]],
    ['Lundi au jeudi de 8 h à midi et de 13 h à 16 h 30', [span(['mo', 'tu', 'we', 'th'], '08:00', '12:00'), span(['mo', 'tu', 'we', 'th'], '13:00', '16:30')]],
    ['Tous les jours de 9 h à 21 h', [span(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], '09:00', '21:00')]],
    ['Mon-Fri 9-5, Sat-Sun closed', [span(WEEKDAYS, '09:00', '17:00')]],
    ['8:30 am - 4:30 pm Monday through Friday', [span(WEEKDAYS, '08:30', '16:30')]],
    ['Lun-Ven : 8h30-16h30', [span(WEEKDAYS, '08:30', '16:30')]],
    ['Monday - Friday 12 noon - 4 pm', [span(WEEKDAYS, '12:00', '16:00')]],
    ['Mon-Thu 3-6 pm', [span(['mo', 'tu', 'we', 'th'], '15:00', '18:00')]],
    ['Sat 11-2 pm', [span(['sa'], '11:00', '14:00')]],
    ['M-F 9-5', [span(WEEKDAYS, '09:00', '17:00')]],
    ['Mon.-Fri. 9:00 a.m.-5:00 p.m.', [span(WEEKDAYS, '09:00', '17:00')]],
    ['Mon, Wed, Fri: 10am-2pm', [span(['mo', 'we', 'fr'], '10:00', '14:00')]],
    ['Monday-Thursday 9AM-5PM; Friday 9AM-12PM', [span(['mo', 'tu', 'we', 'th'], '09:00', '17:00'), span(['fr'], '09:00', '12:00')]],
    ['Friday and Saturday 8 pm - 2 am', [span(['fr', 'sa'], '20:00', '02:00')]],
  ];
  for (const [text, hours] of readable) {
    it(`reads "${text}" as structured hours`, () => {
      expect(readTextHours(text)).to.deep.equal({ hours });
    });
  }

  it('keeps a note about holidays beside the hours it read', () => {
    const text = 'Monday - Friday 8:30am - 4:30pm. Closed statutory holidays.';
    expect(readTextHours(text)).to.deep.equal({ hours: [span(WEEKDAYS, '08:30', '16:30')], note: text });
  });

  // Texts with no certain reading are kept whole, never guessed.
  const unreadable = [
    'By appointment only',
    'Sur rendez-vous',
    'Call for hours',
    'Mornings',
    '9:00-17:00',
    '1st and 3rd Tuesday of the month, 1pm-3pm',
    'Mon-Fri',
    'Sat 1-4',
    'Mon-Fri 9am-5pm (closed 12-1 for lunch)',
    'Varies by season',
    '',
  ];
  for (const text of unreadable) {
    it(`keeps "${text}" whole as a note`, () => {
      expect(readTextHours(text)).to.deep.equal({ note: text });
    });
  }
});
