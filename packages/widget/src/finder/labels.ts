/**
 * Names for the feed's fixed vocabularies (audiences, delivery modes, costs,
 * phone kinds; labels.test.ts checks that each covers the SDK's whole
 * vocabulary) and feed errors, as UI strings. Call them while rendering
 * (inside `inLocale`) so that `msg()` answers in the element's language.
 */
import { msg, str } from '@lit/localize';
import type { FeedErrorCode } from '@repere/sdk';

export function audienceLabel(value: string): string {
  switch (value) {
    case 'seniors': return msg('Seniors', { id: 'audience.seniors' });
    case 'youth': return msg('Youth', { id: 'audience.youth' });
    case 'children': return msg('Children', { id: 'audience.children' });
    case 'families': return msg('Families', { id: 'audience.families' });
    case 'women': return msg('Women', { id: 'audience.women' });
    case 'men': return msg('Men', { id: 'audience.men' });
    case '2slgbtq': return msg('2SLGBTQ+ people', { id: 'audience.2slgbtq' });
    case 'indigenous': return msg('Indigenous peoples', { id: 'audience.indigenous' });
    case 'newcomers': return msg('Newcomers', { id: 'audience.newcomers' });
    case 'people-with-disabilities': return msg('People with disabilities', { id: 'audience.disabilities' });
    case 'caregivers': return msg('Caregivers', { id: 'audience.caregivers' });
    case 'students': return msg('Students', { id: 'audience.students' });
    default: return value;
  }
}

export function deliveryLabel(value: string): string {
  switch (value) {
    case 'in-person': return msg('In person', { id: 'delivery.in-person' });
    case 'phone': return msg('By phone', { id: 'delivery.phone' });
    case 'online': return msg('Online', { id: 'delivery.online' });
    case 'home-visit': return msg('Home visits', { id: 'delivery.home-visit' });
    default: return value;
  }
}

export function costLabel(value: string): string {
  switch (value) {
    case 'free': return msg('Free', { id: 'cost.free' });
    case 'low-cost': return msg('Low cost', { id: 'cost.low-cost' });
    case 'fee': return msg('Fee', { id: 'cost.fee' });
    default: return value;
  }
}

export function phoneKindLabel(value: string): string {
  switch (value) {
    case 'text': return msg('Text message', { id: 'phone.text' });
    case 'crisis': return msg('Crisis line', { id: 'phone.crisis' });
    case 'tty': return msg('TTY', { id: 'phone.tty' });
    case 'fax': return msg('Fax', { id: 'phone.fax' });
    default: return msg('Phone', { id: 'phone.voice' });
  }
}

/** A feed error for a resident: what happened, in plain words, by code. */
export function errorText(code: FeedErrorCode | string): string {
  switch (code) {
    case 'timeout':
      return msg('The directory is taking too long to answer.', { id: 'error.timeout' });
    case 'network':
    case 'aborted':
      return msg('The directory could not be reached. Check your connection and try again.', { id: 'error.network' });
    case 'http':
      return msg('The directory is unavailable at the moment.', { id: 'error.http' });
    case 'not-json':
    case 'format':
    case 'version':
    case 'too-large':
      return msg('The directory could not be read.', { id: 'error.format' });
    case 'invalid-source':
      return msg('No directory is set up for this finder.', { id: 'error.invalid-source' });
    default:
      return msg('The directory could not be loaded.', { id: 'error.other' });
  }
}

/** "Only in French": the note beside text shown in another language. */
export function fallbackNote(languageName: string): string {
  return msg(str`Only in ${languageName}`, { id: 'fallback.note' });
}

/** "In English": beside text shown in another language than the UI's, when the text has other languages too. */
export function shownInNote(languageName: string): string {
  return msg(str`In ${languageName}`, { id: 'fallback.in' });
}

/**
 * The colon after a label, as the UI language writes it: French puts a
 * no-break space (U+00A0) before it (« Téléphone : »), Chinese writes "：".
 */
export function colon(): string {
  return msg(':', { id: 'punct.colon' });
}
