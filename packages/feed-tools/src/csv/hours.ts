/**
 * Opening hours as people type them in a spreadsheet, in French or English:
 * "lun-ven 8:30-16:30; sam 10h-14h", "Mon-Fri 8:30 am-4:30 pm",
 * "lun, mer, ven 9 h 30 - 12 h", "24/7", "ven-sam 20:00-02:00".
 */
import type { Day } from '@repere/sdk';
import type { MessageCode } from '../messages.js';
import { fold } from '../base.js';

/** One span of opening hours, as the feed writes it. */
export type HoursSpan = {
  days: Day[];
  opens: string;
  closes: string;
};

/** Why a text could not be read: a message code and its parameter. */
export interface HoursError {
  code: Extract<MessageCode, `hours-${string}`>;
  value: string;
}

const ORDER: readonly Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

const DAY_NAMES: Readonly<Record<string, Day>> = {
  lun: 'mo', lundi: 'mo', mon: 'mo', monday: 'mo', mo: 'mo',
  mar: 'tu', mardi: 'tu', tue: 'tu', tues: 'tu', tuesday: 'tu', tu: 'tu',
  mer: 'we', mercredi: 'we', wed: 'we', wednesday: 'we', we: 'we',
  jeu: 'th', jeudi: 'th', thu: 'th', thur: 'th', thurs: 'th', thursday: 'th', th: 'th',
  ven: 'fr', vendredi: 'fr', fri: 'fr', friday: 'fr', fr: 'fr',
  sam: 'sa', samedi: 'sa', sat: 'sa', saturday: 'sa', sa: 'sa',
  dim: 'su', dimanche: 'su', sun: 'su', sunday: 'su', su: 'su',
};

const ALL_DAY_WORDS = /^(24\s*\/\s*7|24\s*h?\s*\/\s*24(\s*,?\s*7\s*j?\s*\/\s*7)?|24\s*h(eures)?|24\s*hours|open\s+24\s*hours|ouvert\s+24\s*h)$/;
const CLOSED_WORDS = /^(ferme|closed|fermee)$/;
const TIME = String.raw`(\d{1,2})(?:\s*[:h]\s*(\d{2})?)?\s*(am|pm|a\.m\.|p\.m\.)?`;
const RANGE = new RegExp(String.raw`^${TIME}\s*(?:-|–|—|à|a|to|au)\s*${TIME}$`);

function clock(hour: string, minute: string | undefined, meridiem: string | undefined, closing: boolean): string | undefined {
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    const pm = meridiem.startsWith('p');
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (m > 59 || h > 24 || (h === 24 && (m !== 0 || !closing))) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function parseDays(text: string): Day[] | HoursError {
  const days = new Set<Day>();
  for (const rawItem of text.split(/\s*(?:,|\bet\b|\band\b|&)\s*/)) {
    const item = rawItem.trim();
    if (!item) continue;
    const range = item.split(/\s*(?:-|–|—|\bau\b|\bà\b|\ba\b|\bto\b)\s*/);
    if (range.length > 2) return { code: 'hours-day', value: item };
    const ends = range.map((name) => DAY_NAMES[name.replace(/\.$/, '')]);
    if (ends.some((d) => d === undefined)) return { code: 'hours-day', value: range.find((name) => !DAY_NAMES[name.replace(/\.$/, '')]) ?? item };
    const [from, to = from] = ends as Day[];
    // Ranges may wrap around the week: "sam-lun" is Saturday, Sunday, Monday.
    for (let i = ORDER.indexOf(from!); ; i = (i + 1) % 7) {
      days.add(ORDER[i]!);
      if (ORDER[i] === to) break;
    }
  }
  return ORDER.filter((d) => days.has(d));
}

function parseGroup(group: string): HoursSpan[] | HoursError {
  const text = fold(group).replace(/\s+/g, ' ');
  if (ALL_DAY_WORDS.test(text)) return [{ days: [...ORDER], opens: '00:00', closes: '24:00' }];
  const firstDigit = text.search(/\d/);
  const dayText = (firstDigit === -1 ? text : text.slice(0, firstDigit)).replace(/[:\s]+$/, '').replace(/\s+(de|from)$/, '');
  const timeText = firstDigit === -1 ? '' : text.slice(firstDigit).trim();
  const closedOnly = CLOSED_WORDS.test(timeText) || CLOSED_WORDS.test(dayText.split(' ').pop() ?? '');
  if (closedOnly) return [];
  if (!dayText) return { code: 'hours-no-days', value: group.trim() };
  const days = parseDays(dayText);
  if (!Array.isArray(days)) return days;
  if (days.length === 0) return { code: 'hours-no-days', value: group.trim() };
  if (!timeText) return { code: 'hours-no-time', value: group.trim() };
  if (ALL_DAY_WORDS.test(timeText)) return [{ days, opens: '00:00', closes: '24:00' }];
  const spans: HoursSpan[] = [];
  for (const part of timeText.split(/\s*(?:,|\bet\b|\band\b|&|\/)\s*/)) {
    if (!part) continue;
    const m = RANGE.exec(part);
    const opens = m ? clock(m[1]!, m[2], m[3], false) : undefined;
    const closes = m ? clock(m[4]!, m[5], m[6], true) : undefined;
    if (!opens || !closes || opens === closes) return { code: 'hours-time', value: part };
    spans.push({ days: [...days], opens, closes });
  }
  return spans;
}

/**
 * Reads opening hours. Groups are separated by `;` or new lines; within a
 * group, days come first ("lun-ven", "lun, mer, ven", "Mon to Fri"), then one
 * or more time ranges. A closing time before the opening time runs past
 * midnight, as in the feed format. Returns the spans, or the first thing that
 * could not be read.
 */
export function parseHours(text: string): HoursSpan[] | HoursError {
  const spans: HoursSpan[] = [];
  for (const group of text.split(/\s*[;\n]\s*/)) {
    if (!group.trim()) continue;
    const result = parseGroup(group);
    if (!Array.isArray(result)) return result;
    spans.push(...result);
  }
  return spans;
}
