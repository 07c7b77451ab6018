/**
 * The interpretation hint: when the resident reads the interface in a
 * language the feed is not written in (Arabic over a French and English
 * directory), say which languages the information is in and offer the feed's
 * interpretation line (e.g. 211, which answers through interpreters).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { baseLanguage as base, localize, type FeedSummary } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { formatList, languageName } from './format.js';

/** The hint, or nothing when the feed speaks the UI language or declares no interpretation line. */
export function interpretationHint(feed: FeedSummary, locale: UiLocale): TemplateResult | typeof nothing {
  const line = feed.meta.interpretation;
  const written = [feed.meta.defaultLocale, ...Object.keys(feed.meta.title)].filter((l, i, all) => all.indexOf(l) === i);
  if (!line || written.some((l) => base(l) === base(locale))) return nothing;
  const languages = formatList(written.map((l) => languageName(l, locale)), locale);
  const label = localize(line.label, locale, [feed.meta.defaultLocale]);
  const hours = localize(line.hours, locale, [feed.meta.defaultLocale]);
  const phone = line.phone;
  return html`<div class="panel interpretation" part="interpretation">
    <p>${msg(str`The information in this directory is in ${languages}.`, { id: 'interpretation.written' })}</p>
    <p>
      <a class="action" href=${line.href} part="phone-link"
        ><span>${msg('For help in your language, call', { id: 'interpretation.call' })} <bdi class="number" dir="ltr">${phone}</bdi></span></a
      >
      ${label ? html`— <bdi lang=${label.lang}>${label.value}</bdi>` : nothing}
      ${hours ? html`<bdi lang=${hours.lang}>(${hours.value})</bdi>` : nothing}
    </p>
  </div>`;
}
