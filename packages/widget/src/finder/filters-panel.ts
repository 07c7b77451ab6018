/**
 * The filters panel: one fieldset per filter, checkboxes with counts from the
 * SDK's facets (how many resources each choice would give). Categories and
 * regions are trees (nested lists). Native checkboxes: keyboard and screen
 * readers work without scripting, and the rows wrap on a 320 px screen.
 *
 * A part fetched when the filters are first opened (as My list's panels
 * are): most residents search without opening them, so their templates stay
 * out of the embed bundle. The filters themselves are in `filters.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DAYS, weekdayIn, type FeedSummary } from '@repere/sdk';
import { formatCount, languageName, weekdayName } from './format.js';
import type { FiltersContext, ListDimension } from './filters.js';
import { audienceLabel, costLabel, deliveryLabel } from './labels.js';
import { pick } from './localized-text.js';

function option(
  ctx: FiltersContext,
  dim: ListDimension,
  value: string,
  label: string,
  lang: string | undefined,
  count: number,
  children: unknown = nothing,
): TemplateResult {
  const checked = ctx.state[dim].includes(value);
  return html`<li>
    <label class="option">
      <input
        type="checkbox"
        .checked=${checked}
        @change=${(e: Event) => ctx.onToggle(dim, value, (e.target as HTMLInputElement).checked)}
      />
      <span class="option-label"><span lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${label}</span> <span class="count">(${formatCount(count, ctx.locale)})</span></span>
    </label>
    ${children}
  </li>`;
}

function tree(
  ctx: FiltersContext,
  dim: 'categories' | 'regions',
  items: FeedSummary['categories'] | FeedSummary['regions'],
): TemplateResult | typeof nothing {
  const ids = new Set(items.map((i) => i.id));
  const counts = ctx.facets[dim];
  const visible = (id: string) => (counts[id] ?? 0) > 0 || ctx.state[dim].includes(id);
  const level = (parent: string | undefined): TemplateResult | typeof nothing => {
    const here = items.filter((i) => (parent === undefined ? !i.parent || !ids.has(i.parent) : i.parent === parent) && visible(i.id));
    if (!here.length) return nothing;
    return html`<ul role="list" class=${parent ? 'options nested' : 'options'}>
      ${here.map((i) => {
        const name = pick(i.name, ctx.locale, ctx.feed);
        return option(ctx, dim, i.id, name?.value ?? i.id, name?.lang, counts[i.id] ?? 0, level(i.id));
      })}
    </ul>`;
  };
  return level(undefined);
}

function flat(ctx: FiltersContext, dim: ListDimension, label: (v: string) => string): TemplateResult | typeof nothing {
  const counts = ctx.facets[dim];
  const values = [...new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...ctx.state[dim]])];
  if (!values.length) return nothing;
  return html`<ul role="list" class="options">
    ${values.map((v) => option(ctx, dim, v, label(v), undefined, counts[v] ?? 0))}
  </ul>`;
}

function group(legend: string, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  return body === nothing ? nothing : html`<fieldset class="group"><legend>${legend}</legend>${body}</fieldset>`;
}

/** Any time, open now, or open on a day at a time (on the feed's clock). */
function hours(ctx: FiltersContext): TemplateResult {
  const { locale, state } = ctx;
  const tz = ctx.feed.meta.timezone;
  const at = state.open.includes('-');
  const [day, time] = at ? state.open.split('-') : [weekdayIn(ctx.now, tz), '09:00'];
  const today = DAYS.indexOf(weekdayIn(ctx.now, tz));
  const radio = (value: string, label: unknown) => html`<label class="option">
    <input type="radio" name="open" .checked=${value === 'at' ? at : state.open === value} @change=${() => ctx.onOpen(value === 'at' ? `${day}-${time}` : value)} />
    <span class="option-label">${label}</span>
  </label>`;
  const count = html`${' '}<span class="count">(${formatCount(ctx.facets.openNow, locale)})</span>`;
  return html`${radio('', msg('Any time', { id: 'open.any' }))}
    ${radio('now', html`${msg('Open now', { id: 'open.now' })}${state.open === 'now' || !state.open ? count : nothing}`)}
    ${radio('at', html`${msg('Open at a time I choose', { id: 'open.choose' })}${at ? count : nothing}`)}
    ${at
      ? html`<div class="open-at">
          <label>${msg('Day', { id: 'open.day' })}
            <select class="input" @change=${(e: Event) => ctx.onOpen(`${(e.target as HTMLSelectElement).value}-${time}`)}>
              ${[0, 1, 2, 3, 4, 5, 6].map((i) => {
                const d = DAYS[(today + i) % 7]!;
                const name = weekdayName(d, locale);
                const label = i === 0 ? msg(str`Today (${name})`, { id: 'open.today' }) : i === 1 ? msg(str`Tomorrow (${name})`, { id: 'open.tomorrow' }) : name;
                return html`<option value=${d} ?selected=${d === day}>${label}</option>`;
              })}
            </select>
          </label>
          <label>${msg('Time', { id: 'open.time' })}
            <input class="input" type="time" step="900" .value=${time} @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value.slice(0, 5);
              if (/^\d\d:\d\d$/.test(v)) ctx.onOpen(`${day}-${v}`);
            }} />
          </label>
        </div>`
      : nothing}`;
}

/** The panel's content. */
export function filtersPanel(ctx: FiltersContext): TemplateResult {
  const { locale } = ctx;
  return html`
    <fieldset class="group">
      <legend>${msg('Hours', { id: 'filters.hours' })}</legend>
      ${hours(ctx)}
    </fieldset>
    ${group(msg('Category', { id: 'filters.category' }), tree(ctx, 'categories', ctx.feed.categories))}
    ${group(msg('Region', { id: 'filters.region' }), tree(ctx, 'regions', ctx.feed.regions))}
    ${group(msg('For', { id: 'filters.audience' }), flat(ctx, 'audiences', audienceLabel))}
    ${group(msg('Language of service', { id: 'filters.language' }), flat(ctx, 'languages', (v) => languageName(v, locale)))}
    ${group(msg('How', { id: 'filters.delivery' }), flat(ctx, 'delivery', deliveryLabel))}
    ${group(msg('Cost', { id: 'filters.cost' }), flat(ctx, 'cost', costLabel))}
  `;
}
