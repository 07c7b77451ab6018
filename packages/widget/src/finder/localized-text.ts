/**
 * A feed's texts in the resident's language: a localized text picked for the
 * interface language (else the language the resident reads best), the note
 * that says when it is in another language, and a location's address as one
 * line, a span of opening hours, a phone's link. Shared by the cards, the
 * filters, "Near me" and "My list".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { localize, telHref, type FeedSummary, type Hours, type Location, type LocalizedResult, type LocalizedText, type Phone } from '@repere/sdk';
import { directionOf, type UiLocale } from '../i18n.js';
import { formatTime, languageName } from './format.js';
import { fallbackNote, shownInNote } from './labels.js';
import { browserLanguages } from './language.js';

/**
 * Picks a text in the UI language, else in the language the resident reads
 * best: the browser's languages in order, then the feed's default, then any.
 * (An Arabic interface over a French and English record: English for a
 * browser that also reads English, French otherwise.)
 */
export function pick(text: LocalizedText | undefined, locale: UiLocale, feed: FeedSummary): LocalizedResult | undefined {
  return localize(text, locale, [...browserLanguages(), feed.meta.defaultLocale, ...feed.meta.locales]);
}

/** "(Only in French)", or "(In English)" when the text has other languages too, beside text shown in another language than the UI's. */
export function note(picked: LocalizedResult | undefined, locale: UiLocale): TemplateResult | typeof nothing {
  if (!picked?.isFallback) return nothing;
  const name = languageName(picked.lang, locale);
  return html`${' '}<span class="fallback" lang=${locale} dir=${directionOf(locale)}>(${picked.isOnlyLanguage === false ? shownInNote(name) : fallbackNote(name)})</span>`;
}

/** One line of a location's postal address ("12 rue Principale, La Pocatière (QC), G0R 1Z0"). */
export function addressText(location: Location): string {
  const a = location.address;
  if (!a) return '';
  const cityLine = [a.city, a.province].filter(Boolean).join(' (') + (a.city && a.province ? ')' : '');
  return [a.street, cityLine, a.postalCode].filter(Boolean).join(', ');
}

/** A span of opening hours in words: "Open 24 hours", else "8:30 a.m. – 4:30 p.m.". */
export const hoursText = (h: Pick<Hours, 'opens' | 'closes'>, locale: UiLocale): string =>
  h.opens === '00:00' && h.closes === '24:00' ? msg('Open 24 hours', { id: 'details.24h' }) : `${formatTime(h.opens, locale)} – ${formatTime(h.closes, locale)}`;

/** A phone's `tel:` link: none for a fax, or for a number that is not safe to dial. */
export const phoneHref = (phone: Phone): string | undefined => (phone.kind === 'fax' ? undefined : telHref(phone.href));
