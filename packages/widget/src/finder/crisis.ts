/** The feed's crisis lines, as a banner: "Need help right now?", or, while the query speaks of distress, "You are not alone". */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { telHref, type FeedSummary } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { pick } from './localized-text.js';
import { pair } from './pair.js';

/**
 * The crisis banner, first in the results area; `urgent` while the query
 * speaks of distress (as the SDK reads it). Its lines come from the
 * feed, so it is rendered once the feed is in, in the space that the
 * loading placeholders held: neither the search field (where a resident
 * may already be typing) nor the results area moves. It comes before every
 * result in reading and Tab order.
 */
export function crisisBanner(locale: UiLocale, feed: FeedSummary | undefined, urgent: boolean): TemplateResult | typeof nothing {
  const lines = feed?.meta.crisis ?? [];
  if (!lines.length) return nothing;
  return html`<aside class="crisis ${urgent ? 'urgent' : ''}" part=${urgent ? 'crisis crisis-urgent' : 'crisis'} aria-labelledby="crisis-title">
    <p id="crisis-title" class="crisis-title">
      ${urgent
        ? msg('You are not alone. Talk to someone now, free and confidential:', { id: 'crisis.urgent' })
        : msg('Need help right now?', { id: 'crisis.title' })}
    </p>
    <ul role="list">
      ${lines.map((line) => {
        const label = pick(line.label, locale, feed!);
        const hours = pick(line.hours, locale, feed!);
        const href = telHref(line.href);
        // The label inside the link: its name is "Urgence : 911", not "911".
        const text = pair(html`<bdi lang=${label?.lang ?? nothing}>${label?.value}</bdi>`, line.phone, 'number');
        return html`<li>
          ${href ? html`<a class="action phone" href=${href}>${text}</a>` : text}
          ${hours ? html`<bdi class="muted" lang=${hours.lang}>(${hours.value})</bdi>` : nothing}
        </li>`;
      })}
    </ul>
  </aside>`;
}
