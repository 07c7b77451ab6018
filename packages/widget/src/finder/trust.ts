/**
 * What the finder shows when the feed is slow, failing or gone: the host's
 * own fallback content (the element's light-DOM children, e.g. "Call 211"),
 * the note over a saved copy of the feed, and the "trying again" hint.
 * Call these while rendering (inside `inLocale`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { StaleInfo } from '@repere/sdk';
import { formatter, intlLocale, type UiLocale } from '../i18n.js';
import { errorText } from './labels.js';

/** The light-DOM children of `<repere-finder>`, shown while loading and when there is nothing to show. */
export function fallbackSlot(): TemplateResult {
  return html`<div class="host-fallback" part="fallback"><slot></slot></div>`;
}

/** "Trying again…" while the SDK waits before a retry. */
export function retryingHint(retrying: boolean | undefined): TemplateResult | typeof nothing {
  return retrying ? html`<p class="hint retrying" part="retrying">${msg('The directory is slow to answer. Trying again…', { id: 'loading.retrying' })}</p>` : nothing;
}

/** A date and time for a resident, in the UI language (with `intlLocale`'s regional forms). */
export function savedDate(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  try {
    return formatter(`saved:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' })).format(date);
  } catch {
    return date.toISOString().slice(0, 16).replace('T', ' ');
  }
}

/**
 * The note above results that come from the saved copy: its date, why the
 * directory could not be updated, and "Try again".
 */
export function staleNote(stale: StaleInfo, locale: UiLocale, onRetry: () => void): TemplateResult {
  const date = savedDate(stale.savedAt, locale);
  return html`<div class="panel stale" part="stale">
    <p>
      <strong>${msg(str`Saved copy from ${date}: some information may be out of date.`, { id: 'stale.saved' })}</strong>
      ${errorText(stale.error.code)}
    </p>
    <button type="button" class="button secondary" part="retry-button" @click=${onRetry}>${msg('Try again', { id: 'error.retry' })}</button>
  </div>`;
}
