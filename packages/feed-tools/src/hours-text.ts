/**
 * Opening hours written as free text in a directory export, in English or
 * French: "7:30 am - 4:00 pm, Monday - Friday", "Mon-Fri 9-5",
 * "lun. au ven. 9 h à 17 h", "du lundi au vendredi de 8 h 30 à 16 h 30",
 * "24/7", "24 h sur 24". This module only rewrites such text into the
 * spreadsheet grammar (days first, then times) and lets `parseHours` read it:
 * the day names and time forms have one home, `csv/hours.ts`.
 */
import { fold } from './base.js';
import { parseHours, type HoursSpan } from './csv/hours.js';

/** What free-text hours became: structured hours, a note kept whole, or both. */
export type TextHours =
  /** Every part was read; `note` keeps the text when it also says something hours cannot (holidays). */
  | { readonly hours: HoursSpan[]; readonly note?: string }
  /** Nothing certain could be read: the text is kept whole for residents to read. */
  | { readonly hours?: undefined; readonly note: string };

const ALL_WEEK = 'lun-dim 0:00-24:00';

// Whole texts meaning "always open" (folded: lower case, no accents).
const ALWAYS = [
  /^24\s*\/\s*7$/,
  /^24\s*h(eures)?\s*(sur|\/)\s*24(\s*,?\s*7\s*j(ours)?\s*(sur|\/)\s*7)?$/,
  /^(open\s+)?24\s*(hours|hrs|h)(\s*(a|per)\s*day)?(\s*,?\s*7\s*days(\s*(a|per)\s*week)?)?$/,
  /^(ouvert\s+)?24\s*h(eures)?(\s*par\s*jour)?(\s*,?\s*7\s*jours?\s*(sur\s*7|par\s*semaine))?$/,
];

// Words for sets of days, rewritten into ranges parseHours reads.
const DAY_PHRASES: readonly [RegExp, string][] = [
  [/\b(7\s*days\s*(a|per)\s*week|7\s*j(ours)?\s*(sur|\/)\s*7|every\s*day|daily|tous\s*les\s*jours|7\s*jours)\b/g, ' lun-dim '],
  [/\b(weekdays|en\s*semaine|jours\s*de\s*semaine|m\s*-\s*f)\b/g, ' lun-ven '],
  [/\b(weekends?|(la\s*)?fins?\s*de\s*semaine)\b/g, ' sam-dim '],
];

// Filler words that carry no hours: "from", "de", "du lundi", "open", "hours:".
const FILLER = /\b(from|open|opened|hours|du|des|le|les|de|d'|ouvert|ouverts|heures\s*d'ouverture|horaire|on)\b\s*:?/g;

// One or more time ranges at the start of a piece, for "7:30 am - 4:00 pm Monday - Friday".
const TIME = String.raw`\d{1,2}(?:\s*[:h]\s*\d{0,2})?\s*(?:am|pm)?`;
const TIME_RANGE = String.raw`${TIME}\s*(?:-|–|to|a)\s*${TIME}`;
const TIMES_FIRST = new RegExp(String.raw`^${TIME_RANGE}(?:\s*(?:,|et|and|&)\s*${TIME_RANGE})*\s*-?\s*`);

const CLOSED = /\b(closed|ferme|fermee|fermes|fermees)\b/;

/**
 * "9-5" without am/pm is a working day, not a night: a closing hour below
 * the opening one, both on a 12-hour dial, is read as afternoon. Times with
 * am/pm or "h" are left alone ("9 h à 5 h" stays as written).
 */
function afternoon(text: string): string | undefined {
  // "3-6 pm", "11-2 pm": the first time takes the half of the day that makes the span forward.
  let out = text.replace(/\b(\d{1,2})(:\d{2})?\s*(-|–|to|a)\s*(\d{1,2})(:\d{2})?\s*(am|pm)\b/g, (whole, h1: string, m1: string | undefined, sep: string, h2: string, m2: string | undefined, half: string) => {
    if (/(am|pm)\s*$/.test(whole.slice(0, whole.indexOf(sep)))) return whole;
    const open = Number(h1);
    const close = Number(h2) % 12;
    const first = open % 12 <= close ? half : half === 'pm' ? 'am' : 'pm';
    return `${h1}${m1 ?? ''} ${first} ${sep} ${h2}${m2 ?? ''} ${half}`;
  });
  // "1-4" could be night or day: no reading is certain.
  if (/\b([1-6])(:\d{2})?\s*(-|–|to)\s*(\d{1,2})(:\d{2})?\b(?![:\d]|\s*(am|pm|h\b|h\d))/.test(out)) return undefined;
  out = out.replace(
    /\b(\d{1,2})(:\d{2})?\s*(-|–|to|a)\s*(\d{1,2})(:\d{2})?(?![:\d]|\s*(am|pm|h\b|h\d))/g,
    (whole, h1: string, m1: string | undefined, sep: string, h2: string, m2: string | undefined) => {
      const open = Number(h1);
      const close = Number(h2);
      if (open >= 1 && open <= 12 && close >= 1 && close < 12 && close < open) return `${h1}${m1 ?? ''} ${sep} ${close + 12}${m2 ?? ''}`;
      return whole;
    },
  );
  return out;
}

/** Splits a text into sentences and parts: by new line, `;`, `,`, or a period before a capital letter. */
function pieces(text: string): string[] {
  return text
    .split(/\.\s+(?=[A-ZÀ-Ý])|\n|;/)
    .flatMap((sentence) => sentence.split(','))
    .map((piece) => piece.trim().replace(/\.$/, '').trim())
    .filter(Boolean);
}

interface Group {
  days: string[];
  times: string[];
}

/**
 * Reads free-text opening hours. Returns structured hours when every part of
 * the text is read with certainty (parts that only say "closed …" add
 * nothing, and when they name no day, such as "closed on holidays", the text
 * is also kept as a note); otherwise the whole text as a note, never a guess.
 */
export function readTextHours(text: string): TextHours {
  const whole = text.trim();
  const folded = fold(whole).replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (!folded) return { note: whole };
  if (ALWAYS.some((re) => re.test(folded))) return { hours: parseHours(ALL_WEEK) as HoursSpan[] };

  const groups: Group[] = [];
  let pendingTimes: string[] = [];
  let keepNote = false;
  // Split on the original text (periods before capitals), then fold each piece.
  for (const raw of pieces(whole)) {
    let piece = fold(raw)
      .replace(/\b(a|p)\.\s?m\.?/g, '$1m')
      .replace(/\b(12\s*)?(noon|midi)\b/g, '12:00')
      .replace(/\b(through|thru)\b/g, 'to')
      .replace(/\b(midnight|minuit)\b/g, '24:00');
    for (const [re, replacement] of DAY_PHRASES) piece = piece.replace(re, replacement);
    if (ALWAYS.some((re) => re.test(piece.trim()))) piece = ALL_WEEK;
    if (CLOSED.test(piece)) {
      // "Sat-Sun closed" adds nothing to weekly hours; "closed on holidays" is worth keeping as a note.
      const rest = piece.replace(CLOSED, '').replace(FILLER, ' ').trim();
      if (!/^(lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)/.test(rest)) keepNote = true;
      continue;
    }
    const timed = afternoon(piece.replace(FILLER, ' ').replace(/\s+/g, ' ').trim());
    if (timed === undefined) return { note: whole };
    piece = timed;
    if (!piece) continue;
    const firstDigit = piece.search(/\d/);
    const dayPart = (firstDigit === -1 ? piece : piece.slice(0, firstDigit)).replace(/[:\s-]+$/, '').trim();
    const timePart = firstDigit === -1 ? '' : piece.slice(firstDigit).trim();
    // Times first, days after: "7:30 am - 4:00 pm Monday - Friday" (in one piece or two).
    const dayAfter = TIMES_FIRST.exec(timePart);
    if (!dayPart && dayAfter && /[a-z]{3}/.test(timePart.slice(dayAfter[0].length))) {
      const days = timePart.slice(dayAfter[0].length).trim();
      const times = dayAfter[0].trim();
      if (/\d/.test(days)) return { note: whole };
      groups.push({ days: [days], times: [times] });
      continue;
    }
    const current = groups.at(-1);
    if (dayPart && timePart) {
      // "lun, mer, ven 9-12": the days listed before belong with these times.
      if (current && current.times.length === 0) current.days.push(dayPart), current.times.push(timePart);
      else groups.push({ days: [dayPart], times: [timePart] });
    } else if (dayPart) {
      if (pendingTimes.length) {
        groups.push({ days: [dayPart], times: pendingTimes });
        pendingTimes = [];
      } else if (current && current.times.length === 0) current.days.push(dayPart);
      else groups.push({ days: [dayPart], times: [] });
    } else if (current && (current.times.length > 0 || current.days.length > 0) && pendingTimes.length === 0) {
      current.times.push(timePart);
    } else pendingTimes.push(timePart);
  }
  if (pendingTimes.length || groups.length === 0 || groups.some((g) => g.times.length === 0)) return { note: whole };
  const hours: HoursSpan[] = [];
  for (const group of groups) {
    const parsed = parseHours(`${group.days.join(', ')} ${group.times.join(', ')}`);
    if (!Array.isArray(parsed)) return { note: whole };
    hours.push(...parsed);
  }
  return keepNote ? { hours, note: whole } : { hours };
}
