/**
 * "My list": the panel of resources a resident (or a helper) keeps aside, and
 * the list as text to print, copy, or send by e-mail or text message. The
 * element imports this module when the list is first opened or used, so that
 * the embed bundle carries it only as a part fetched on demand; the ids and
 * their storage live in `list-store.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { EngineFinder, FeedSummary, Resource, ShardProgress } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { formatCount, formatDate, weekdayName } from './format.js';
import { addressText, hoursText, phoneHref, pick } from './localized-text.js';
import { colon } from './labels.js';

/** A resource's hours, one line per span: "Mon, Tue: 8:30 a.m. – 4:30 p.m.". */
export function hoursLines(r: Resource, locale: UiLocale): string[] {
  return r.hours.map((h) => {
    // Abbreviated days, as on a sign: a plain enumeration, not a sentence.
    const days = h.days.map((d) => weekdayName(d, locale, 'short')).join(', ');
    const times = hoursText(h, locale);
    return msg(str`${days}: ${times}`, { id: 'list.hours-line' });
  });
}

interface Entry {
  name: string;
  lang?: string;
  org?: string;
  phones: { text: string; href?: string }[];
  places: string[];
  hours: string[];
  website?: string;
}

function entry(r: Resource, feed: FeedSummary, locale: UiLocale): Entry {
  const name = pick(r.name, locale, feed);
  return {
    name: name?.value ?? r.id,
    lang: name?.lang,
    org: pick(r.organization, locale, feed)?.value,
    phones: r.phones.map((p) => ({ text: `${pick(p.label, locale, feed)?.value ?? ''} ${p.number}`.trim(), href: phoneHref(p) })),
    places: r.locations
      .map((l) => (l.confidential ? msg('Confidential address: call to find out how to get there.', { id: 'address.confidential' }) : addressText(l)))
      .filter(Boolean),
    hours: hoursLines(r, locale),
    website: r.website,
  };
}

const listDate = (now: Date, locale: UiLocale) =>
  msg(str`List of ${formatDate(now, locale)}`, { id: 'list.date' });

/** "My list — <the feed's title>": the text's first line, and the e-mail's subject. */
function listHeading(feed: FeedSummary, locale: UiLocale): string {
  return [msg('My list', { id: 'list.title' }), pick(feed.meta.title, locale, feed)?.value].filter(Boolean).join(' — ');
}

/** The list as plain text, for e-mail or a text message. */
export function listText(resources: readonly Resource[], feed: FeedSummary, locale: UiLocale, now: Date): string {
  const blocks = resources.map((r) => {
    const e = entry(r, feed, locale);
    return [e.name, e.org, ...e.phones.map((p) => p.text), ...e.places, ...e.hours, e.website].filter(Boolean).join('\n');
  });
  return [listHeading(feed, locale), listDate(now, locale), ...blocks].join('\n\n') + '\n';
}

/**
 * "Send by text message": an `sms:` link (RFC 5724) with the list as its body.
 * The device's messaging app opens with the text ready; nothing goes through
 * any server.
 */
export function smsHref(text: string): string {
  return `sms:?body=${encodeURIComponent(text)}`;
}

/**
 * "Send by e-mail": a `mailto:` link (RFC 6068) with a subject and the list as
 * its body, line breaks as CRLF and every reserved character encoded, so that
 * an `&` or `?` in a resource's name never cuts the message.
 */
export function mailHref(subject: string, text: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))}`;
}

/** Whether the device can likely send a text message: a touch screen (a phone or a tablet), not a library computer. */
const deviceCanText = (): boolean => typeof matchMedia === 'function' && matchMedia('(any-pointer: coarse)').matches;

/**
 * "Copy as text", "Copy a link to this list": `text` to the clipboard. Where
 * the page may not write it (permission, an insecure page, an old browser),
 * `shown(false)` puts the text on screen, and it is selected there, in
 * `root`, to copy by hand.
 */
export async function copy(text: string, root: ParentNode, shown: (copied: boolean) => Promise<unknown>): Promise<void> {
  let copied = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    copied = false;
  }
  await shown(copied);
  if (copied) return;
  const area = root.querySelector<HTMLTextAreaElement>('#list-copy');
  area?.focus();
  area?.select();
}

/** What the last list action did, as a code (translated here, at render time). */
export type ListMessage = '' | 'copied' | 'link' | 'cleared';

/**
 * Saved services being looked for in the shards of other regions (a feed
 * published as region shards): how many of the shards are ready (none
 * counted yet: `total` 0); 'failed' when one could not be had.
 */
export type SavedLoading = ShardProgress | 'failed';

/** What {@link findSaved} reads and tells of the element's list. */
export interface SavedList {
  /** The saved ids without their record yet. */
  missing(): string[];
  /** Records found: false when they are no longer wanted (the feed was loaded again meanwhile). */
  found(records: readonly Resource[]): boolean;
  /** How far the search is (`undefined`: over). */
  now(state: SavedLoading | undefined): void;
  /** Every shard read: ids that none holds, gone from the directory. */
  gone(ids: readonly string[]): void;
}

/**
 * Looks for the saved services without a record: first in the shards loaded
 * since the list was read (the resident's region, by now), then in every
 * shard (`get`'s `everywhere`), which may fetch the whole province; so the
 * element calls it only once the list is shown, never at each page load.
 * A shard that cannot be had keeps every id ('failed').
 */
export async function findSaved(finder: EngineFinder, list: SavedList): Promise<void> {
  try {
    if (!list.found(await finder.get(list.missing()))) return;
    list.now({ loaded: 0, total: 0 });
    const elsewhere = list.missing();
    if (!list.found(await finder.get(elsewhere, { everywhere: true, onShardProgress: list.now }))) return;
    list.gone(list.missing().filter((id) => elsewhere.includes(id)));
    list.now(undefined);
  } catch {
    list.now('failed');
  }
}

/** The status line: the saved services being looked for, else what the last action did. */
function messageText(message: ListMessage, loading: SavedLoading | undefined, locale: UiLocale): string {
  if (loading === 'failed') return msg('Some services in your list could not be loaded right now. They stay in your list.', { id: 'list.unavailable' });
  if (loading) {
    const { loaded, total } = loading;
    return total
      ? msg(str`Looking for your saved services in the other regions… ${formatCount(loaded, locale)} of ${formatCount(total, locale)}`, { id: 'list.loading' })
      : '';
  }
  return message === 'copied'
    ? msg('The list is copied.', { id: 'list.copied' })
    : message === 'link'
      ? msg('The link is copied.', { id: 'list.link-copied' })
      : message === 'cleared'
        ? msg('Your list is empty.', { id: 'list.cleared' })
        : '';
}

export interface ListContext {
  readonly locale: UiLocale;
  readonly feed: FeedSummary;
  readonly resources: readonly Resource[];
  /** How many services are saved: `resources` and those still being looked for (or that could not be loaded). */
  readonly count: number;
  readonly loading?: SavedLoading;
  /** Looks again for the saved services that could not be loaded. */
  readonly onRetry: () => void;
  readonly now: Date;
  readonly persisted: boolean;
  readonly message: ListMessage;
  readonly fallback?: string;
  readonly onRemove: (id: string) => void;
  readonly onAction: (action: 'print' | 'copy' | 'share' | 'clear') => void;
  /** Offer "Send by text message" (default: on a touch screen). */
  readonly canText?: boolean;
}

/** "Send by text message" (where the device can) and "Send by e-mail": links the device opens, with the list as text. */
function sendLinks(ctx: ListContext): TemplateResult {
  const body = listText(ctx.resources, ctx.feed, ctx.locale, ctx.now);
  const subject = listHeading(ctx.feed, ctx.locale);
  return html`${ctx.canText ?? deviceCanText()
      ? html`<a class="button secondary send-sms" href=${smsHref(body)}>${msg('Send by text message', { id: 'list.sms' })}</a>`
      : nothing}
    <a class="button secondary send-email" href=${mailHref(subject, body)}>${msg('Send by e-mail', { id: 'list.email' })}</a>`;
}

/** "Try again" goes away while the services are looked for: focus goes to the panel's title, not to the page. */
const retry = (ctx: ListContext) => (event: Event) => {
  (event.currentTarget as HTMLElement).closest('section')?.querySelector('h3')?.focus();
  ctx.onRetry();
};

/** The list panel: what is printed, with its actions (hidden on paper). */
export function listPanel(ctx: ListContext): TemplateResult {
  const { locale, feed, resources, loading } = ctx;
  const button = (action: 'print' | 'copy' | 'share' | 'clear', label: string) =>
    html`<button type="button" class="button secondary" @click=${() => ctx.onAction(action)}>${label}</button>`;
  return html`<section id="mylist" class="panel mylist" part="list" aria-labelledby="mylist-title">
    <h3 id="mylist-title" class="panel-title" tabindex="-1">${msg('My list', { id: 'list.title' })} (${formatCount(ctx.count, locale)})</h3>
    <p class="list-date">${listDate(ctx.now, locale)}</p>
    ${resources.length
      ? html`<ol class="list-items">
          ${resources.map((r, i) => {
            const e = entry(r, feed, locale);
            return html`<li class="list-item">
              <h4 id="l${i}" lang=${e.lang ?? nothing} dir="auto">${e.name}</h4>
              ${e.org ? html`<p class="muted" dir="auto">${e.org}</p>` : nothing}
              ${e.phones.map((p) => html`<p>${p.href ? html`<a class="action phone" href=${p.href} dir="auto">${p.text}</a>` : html`<bdi>${p.text}</bdi>`}</p>`)}
              ${e.places.map((p) => html`<p dir="auto">${p}</p>`)}
              ${e.hours.length ? html`<p>${msg('Opening hours', { id: 'details.hours' })}${colon()}</p><ul class="hours-lines">${e.hours.map((h) => html`<li>${h}</li>`)}</ul>` : nothing}
              ${e.website ? html`<p class="website" dir="ltr">${e.website}</p>` : nothing}
              <button type="button" class="link-button no-print" aria-describedby="l${i}" @click=${() => ctx.onRemove(r.id)}>
                ${msg('Remove from my list', { id: 'list.remove' })}
              </button>
            </li>`;
          })}
        </ol>`
      : ctx.count
        ? nothing
        : html`<p>${msg('Your list is empty. Use “Add to my list” on a result to keep it here.', { id: 'list.empty' })}</p>`}
    <p class="hint no-print">
      ${ctx.persisted
        ? msg('This list is kept in this browser, on this device, until you empty it.', { id: 'list.kept' })
        : msg('This list stays on this page only: it disappears when you close or reload the page.', { id: 'list.session' })}
    </p>
    ${resources.length
      ? html`<div class="list-actions no-print">
          ${button('print', msg('Print my list', { id: 'list.print' }))}
          ${button('copy', msg('Copy as text', { id: 'list.copy' }))}
          ${button('share', msg('Copy a link to this list', { id: 'list.share' }))}
          ${sendLinks(ctx)}
          ${button('clear', msg('Empty my list', { id: 'list.clear' }))}
        </div>`
      : nothing}
    <p class="list-message no-print" role="status">${messageText(ctx.message, loading, locale)}</p>
    ${loading === 'failed'
      ? html`<button type="button" class="button secondary no-print list-retry" @click=${retry(ctx)}>${msg('Try again', { id: 'error.retry' })}</button>`
      : nothing}
    ${ctx.fallback !== undefined
      ? html`<label class="label no-print" for="list-copy">${msg('Select the text below and copy it:', { id: 'list.fallback' })}</label>
          <textarea id="list-copy" class="input no-print" readonly rows="6" .value=${ctx.fallback}></textarea>`
      : nothing}
  </section>`;
}
