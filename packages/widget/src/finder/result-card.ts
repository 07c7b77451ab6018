/**
 * A result card, as rendering functions: the summary a resident scans, and a
 * details region (full description, hours table, eligibility, fees,
 * accessibility) behind a disclosure button.
 *
 * Every text from the feed is rendered as text (never as HTML), with the
 * `lang` of the language it is really in; every link goes through the SDK's
 * URL checks once more before it reaches an `href`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  DAYS,
  mailtoHref,
  safeHref,
  safeWebUrl,
  splitHighlights,
  type FeedSummary,
  type LocalizedResult,
  type Range,
  type EngineSearchResult as SearchResult,
} from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { formatKm, formatLanguageList, formatList, formatMonth, formatSeason, formatSentenceList, formatTime, languageName, weekdayName } from './format.js';
import { remembered } from './remembered.js';
import { pair } from './pair.js';
import { directionsHref } from './directions.js';
import { addressText, hoursText, note, phoneHref, pick } from './localized-text.js';
import { audienceLabel, costLabel, deliveryLabel, phoneKindLabel } from './labels.js';

export interface CardContext {
  readonly locale: UiLocale;
  readonly feed: FeedSummary;
  readonly now: Date;
  readonly expanded: boolean;
  /** A short id, unique in this shadow root, for ARIA references. */
  readonly key: string;
  readonly onToggle: (id: string) => void;
  /** Whether the resource is in "My list". */
  readonly inList: boolean;
  readonly onList: (id: string) => void;
  /** The host's directions URL template (`directions`); Google Maps when absent. */
  readonly directions?: string;
}

/**
 * "Report an error": the feed's `corrections` template with the record's id.
 * `safeHref` keeps only a mailto: address, so the (checked) query of a mailto:
 * template (`?subject=Correction%20{id}`) is put back after the address.
 */
export function correctionHref(template: string | undefined, id: string): string | undefined {
  if (!template) return undefined;
  const filled = template.replaceAll('{id}', encodeURIComponent(id));
  if (!/^mailto:/i.test(filled)) return safeHref(filled);
  const q = filled.indexOf('?');
  const to = safeHref(q < 0 ? filled : filled.slice(0, q));
  // eslint-disable-next-line no-control-regex
  const query = q < 0 ? '' : filled.slice(q).replace(/[\u0000-\u001f\u007f\s"<>]/g, encodeURIComponent);
  return to ? to + query : undefined;
}

/** Text with matched words in `<mark>`, built from segments (never from HTML strings). */
function marked(text: string, ranges: readonly Range[] = []): unknown[] {
  return splitHighlights(text, ranges).map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text));
}

/** Names and organizations longer than this are cut on cards: no real one is, a hostile one can be 10,000 characters. */
const TITLE_MAX = 160;

/** The first words of a text, about `max` characters, keeping highlights. */
function shortened(text: string, ranges: readonly Range[], max = 200): unknown[] {
  if (text.length <= max) return marked(text, ranges);
  let cut = text.lastIndexOf(' ', max);
  if (cut < max * 0.6) cut = max;
  // A cut after a sentence's end drops its punctuation: "relocalisation…", not "relocalisation.…".
  const head = text.slice(0, cut).replace(/[\s.,;:!?…]+$/u, '');
  const kept = ranges.filter(([, end]) => end <= head.length);
  return [...marked(head, kept), '…'];
}

function statusLine(result: SearchResult, ctx: CardContext): TemplateResult | typeof nothing {
  // Read by the engine at the search's instant (`statusAt`).
  const s = result.status;
  if (s?.open === undefined) return nothing;
  let text: string;
  if (s.open) {
    text = s.closes
      ? msg(str`Open now, until ${formatTime(s.closes, ctx.locale)}`, { id: 'open.until' })
      : msg('Open now', { id: 'open.now' });
  } else if (s.season) {
    const month = formatMonth(s.season, ctx.now.toISOString().slice(0, 10), ctx.locale);
    text = msg(str`Closed, opens in ${month}`, { id: 'closed.opens-season' });
  } else if (s.next) {
    const time = formatTime(s.next.opens, ctx.locale);
    text =
      s.next.inDays === 0
        ? msg(str`Closed, opens at ${time}`, { id: 'closed.opens-today' })
        : s.next.inDays === 1
          ? msg(str`Closed, opens tomorrow at ${time}`, { id: 'closed.opens-tomorrow' })
          : msg(str`Closed, opens ${weekdayName(s.next.weekday, ctx.locale)} at ${time}`, { id: 'closed.opens-day' });
  } else {
    text = msg('Closed', { id: 'closed' });
  }
  return html`<p class="status ${s.open ? 'open' : 'closed'}" part="open-status">${text}</p>`;
}


/** A website's safe link and the host a card shows for it ("example.org"), or undefined. */
function websiteLink(raw: string): { href: string; host: string } | undefined {
  return websites(raw, () => {
    const href = safeWebUrl(raw);
    return href ? { href, host: new URL(href).hostname.replace(/^www\./, '') } : undefined;
  });
}

const websites = remembered<{ href: string; host: string } | undefined>();

const newTab = () => html`<span class="visually-hidden"> (${msg('opens in a new tab', { id: 'link.new-tab' })})</span>`;

function locations(result: SearchResult, ctx: CardContext): unknown {
  return result.resource.locations.map((location) => {
    const name = pick(location.name, ctx.locale, ctx.feed);
    if (location.confidential) {
      // A confidential place (a shelter): its address is never rendered.
      return html`<p class="address confidential">
        ${msg('Confidential address: call to find out how to get there.', { id: 'address.confidential' })}
      </p>`;
    }
    const text = addressText(location);
    if (!text && !name) return nothing;
    const directions = directionsHref(location, ctx.directions);
    return html`<p class="address">
      ${name ? html`<span lang=${name.lang} dir="auto">${name.value}</span>${text ? ', ' : ''}` : nothing}<span dir="auto">${text}</span>
      ${directions
        ? html`<a class="action" href=${directions} target="_blank" rel="noopener noreferrer">${msg('Directions', { id: 'address.directions' })}${newTab()}</a>`
        : nothing}
    </p>`;
  });
}

function contacts(result: SearchResult, ctx: CardContext): unknown {
  const r = result.resource;
  const phones = r.phones.map((p) => {
    const href = phoneHref(p);
    const label = pick(p.label, ctx.locale, ctx.feed);
    const labelText = html`${label ? html`<span lang=${label.lang} dir="auto">${label.value}</span>` : phoneKindLabel(p.kind)}`;
    const text = pair(labelText, p.number, 'number');
    return html`<li>
      ${href ? html`<a class="action phone" href=${href} part="phone-link">${text}</a>` : html`<span class="action">${text}</span>`}
    </li>`;
  });
  const website = r.website ? websiteLink(r.website) : undefined;
  const mail = r.email ? mailtoHref(r.email) : undefined;
  if (!phones.length && !website && !mail) return nothing;
  return html`<ul class="contacts" role="list">
    ${phones}
    ${website
      ? html`<li><a class="action" href=${website.href} target="_blank" rel="noopener noreferrer">${pair(msg('Website', { id: 'contact.website' }), website.host, 'ltr')}${newTab()}</a></li>`
      : nothing}
    ${mail ? html`<li><a class="action" href=${mail}>${pair(msg('E-mail', { id: 'contact.email' }), r.email, 'ltr')}</a></li>` : nothing}
  </ul>`;
}

function names(ids: readonly string[], list: FeedSummary['categories'] | FeedSummary['regions'], ctx: CardContext): unknown[] {
  const out: unknown[] = [];
  for (const id of ids) {
    const item = list.find((c) => c.id === id);
    const name = item ? pick(item.name, ctx.locale, ctx.feed) : undefined;
    if (name) out.push(html`<li lang=${name.lang} dir="auto">${name.value}</li>`);
  }
  return out;
}

function hoursTable(result: SearchResult, ctx: CardContext): unknown {
  const r = result.resource;
  if (!r.hours.length) return nothing;
  const hoursNote = pick(r.hoursNote, ctx.locale, ctx.feed);
  return html`<table class="hours">
      <caption>${msg('Opening hours', { id: 'details.hours' })}</caption>
      <tbody>
        ${DAYS.map((day) => {
          const spans = r.hours.filter((h) => h.days.includes(day));
          return html`<tr>
            <th scope="row">${weekdayName(day, ctx.locale)}</th>
            <td>
              ${spans.length
                ? spans
                    .map((h) =>
                      hoursText(h, ctx.locale) +
                      (h.validFrom || h.validTo ? ` (${formatSeason(h.validFrom, h.validTo, ctx.locale)})` : ''),
                    )
                    .join(', ')
                : msg('Closed', { id: 'closed' })}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${hoursNote ? html`<p><span lang=${hoursNote.lang} dir="auto">${hoursNote.value}</span>${note(hoursNote, ctx.locale)}</p>` : nothing}`;
}

function detailItem(term: string, value: LocalizedResult | string | undefined, ctx: CardContext): unknown {
  if (!value) return nothing;
  if (typeof value === 'string') return html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`<dt>${term}</dt><dd><span lang=${value.lang} dir="auto">${value.value}</span>${note(value, ctx.locale)}</dd>`;
}

function details(result: SearchResult, ctx: CardContext, id: string): TemplateResult {
  const r = result.resource;
  const description = pick(r.description, ctx.locale, ctx.feed);
  const report = correctionHref(ctx.feed.meta.corrections, r.id);
  const web = report?.startsWith('http');
  const access = r.locations
    .map((l) => pick(l.accessibility, ctx.locale, ctx.feed))
    .find((a) => a !== undefined);
  const list = (values: readonly string[], label: (v: string) => string) =>
    values.length ? formatList(values.map(label), ctx.locale) : undefined;
  return html`<div class="details" id=${id} part="details" ?hidden=${!ctx.expanded}>
    ${ctx.expanded
      ? html`${description
            ? html`<p class="full-description" lang=${description.lang} dir="auto">${marked(description.value, result.highlights.description)}</p>`
            : nothing}
          ${hoursTable(result, ctx)}
          <dl>
            ${detailItem(msg('Eligibility', { id: 'details.eligibility' }), pick(r.eligibility, ctx.locale, ctx.feed), ctx)}
            ${detailItem(msg('Fees', { id: 'details.fees' }), pick(r.fees, ctx.locale, ctx.feed) ?? (r.cost ? costLabel(r.cost) : undefined), ctx)}
            ${detailItem(msg('Accessibility', { id: 'details.accessibility' }), access, ctx)}
            ${detailItem(msg('For', { id: 'details.audiences' }), list(r.audiences, audienceLabel), ctx)}
            ${detailItem(msg('How', { id: 'details.delivery' }), r.delivery.length ? formatSentenceList(r.delivery.map(deliveryLabel), ctx.locale) : undefined, ctx)}
          </dl>
          ${report
            ? html`<p>
                <a class="action" part="report-link" href=${report} aria-describedby="${ctx.key}-name" target=${web ? '_blank' : nothing} rel=${web ? 'noopener noreferrer' : nothing}
                  >${msg('Report an error', { id: 'card.report' })}${web ? newTab() : nothing}</a
                >
              </p>`
            : nothing}`
      : nothing}
  </div>`;
}

/** One result, as a list item. */
export function resultCard(result: SearchResult, ctx: CardContext): TemplateResult {
  const r = result.resource;
  const { locale, feed, key } = ctx;
  const name = pick(r.name, locale, feed);
  const org = pick(r.organization, locale, feed);
  const description = pick(r.description, locale, feed);
  const categories = names(r.categories, feed.categories, ctx);
  const regions = names(r.regions, feed.regions, ctx);
  const languages = r.languages.map((l) => languageName(l, locale));
  const detailsId = `${key}-details`;
  return html`<li class="card" part="card">
    <article aria-labelledby="${key}-name" tabindex="-1">
      <h3 class="name" id="${key}-name" part="card-title">
        <span lang=${name?.lang ?? nothing} dir="auto">${name ? shortened(name.value, result.highlights.name, TITLE_MAX) : r.id}</span>${note(name, locale)}
      </h3>
      ${org
        ? html`<p class="organization"><span lang=${org.lang} dir="auto">${shortened(org.value, result.highlights.organization, TITLE_MAX)}</span>${note(org, locale)}</p>`
        : nothing}
      ${statusLine(result, ctx)}
      ${result.distanceKm !== undefined
        ? html`<p class="distance" part="distance">${msg(str`${formatKm(result.distanceKm, locale)} away`, { id: 'card.distance' })}</p>`
        : nothing}
      ${description && !ctx.expanded
        ? html`<p class="description"><span lang=${description.lang} dir="auto">${shortened(description.value, result.highlights.description)}</span>${note(description, locale)}</p>`
        : nothing}
      ${description && ctx.expanded ? note(description, locale) : nothing}
      ${categories.length || regions.length
        ? html`<div class="tags">
            ${categories.length
              ? html`<ul role="list" class="chips" aria-label=${msg('Categories', { id: 'card.categories' })}>${categories}</ul>`
              : nothing}
            ${regions.length
              ? html`<ul role="list" class="chips regions" aria-label=${msg('Regions served', { id: 'card.regions' })}>${regions}</ul>`
              : nothing}
          </div>`
        : nothing}
      ${contacts(result, ctx)} ${locations(result, ctx)}
      ${languages.length
        ? html`<p class="languages">${msg(str`Services in: ${formatLanguageList(languages, locale)}`, { id: 'card.languages' })}</p>`
        : nothing}
      <div class="card-actions">
      <button
        type="button"
        class="button secondary details-button"
        part="details-button"
        aria-expanded=${ctx.expanded ? 'true' : 'false'}
        aria-controls=${detailsId}
        aria-describedby="${key}-name"
        @click=${() => ctx.onToggle(r.id)}
      >
        ${ctx.expanded ? msg('Fewer details', { id: 'card.less' }) : msg('More details', { id: 'card.more' })}
      </button>
      <button type="button" class="button secondary list-button" part="list-button" aria-describedby="${key}-name" @click=${() => ctx.onList(r.id)}>
        ${ctx.inList ? msg('Remove from my list', { id: 'list.remove' }) : msg('Add to my list', { id: 'list.add' })}
      </button>
      </div>
      ${details(result, ctx, detailsId)}
    </article>
  </li>`;
}
