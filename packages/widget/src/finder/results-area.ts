/**
 * What the results area shows in each state of the feed and the search:
 * placeholders while loading, the error and its retry, the saved-copy note,
 * the empty answers (a distress query never ends on "no result"), or the
 * list of cards and "Show more". The element supplies each card.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EngineSearchResults, FeedSummary } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import type { FeedController } from './feed.controller.js';
import { interpretationHint } from './interpretation.js';
import { errorText } from './labels.js';
import { fallbackSlot, retryingHint, staleNote } from './trust.js';

export interface ResultsAreaContext {
  readonly locale: UiLocale;
  readonly feed: FeedSummary | undefined;
  /** The feed's load: its status, error, retries and saved copy. */
  readonly load: Pick<FeedController, 'status' | 'error' | 'retrying' | 'stale'>;
  readonly results: EngineSearchResults | undefined;
  /** The query speaks of distress (as the SDK read it). */
  readonly distress: boolean;
  /** Filters are chosen: an empty answer offers to clear them. */
  readonly filtered: boolean;
  readonly onRetry: () => void;
  readonly onClearFilters: () => void;
  readonly onShowMore: () => void;
  readonly card: (item: EngineSearchResults['items'][number], i: number) => TemplateResult;
}

export function resultsArea(ctx: ResultsAreaContext): unknown {
  const { locale, feed, load } = ctx;
  if (load.status === 'loading') {
    return html`${fallbackSlot()}${retryingHint(load.retrying)}<ul class="skeleton" part="skeleton" aria-hidden="true">
      ${[0, 1, 2].map(() => html`<li class="bone"><span></span><span></span><span></span></li>`)}
    </ul>`;
  }
  if (load.status === 'error') {
    return html`<div class="error" part="error" role="alert">
        <p>${errorText(load.error?.code ?? 'network')}</p>
        ${load.error?.code === 'invalid-source'
          ? nothing
          : html`<button type="button" class="button" part="retry-button" @click=${ctx.onRetry}>
              ${msg('Try again', { id: 'error.retry' })}
            </button>`}
      </div>
      ${fallbackSlot()}`;
  }
  const hint = feed ? interpretationHint(feed, locale) : nothing;
  const stale = load.stale && feed && ctx.results ? staleNote(load.stale, locale, ctx.onRetry) : nothing;
  return html`${stale}${hint}${feed ? results(ctx, feed) : nothing}`;
}

function results(ctx: ResultsAreaContext, feed: FeedSummary): unknown {
  if (!ctx.results) return nothing;
  if (feed.size === 0) {
    return html`<p class="empty" part="empty">${msg('This directory has no resources yet.', { id: 'empty.feed' })}</p>`;
  }
  const { items, total } = ctx.results;
  if (total === 0 && ctx.distress && feed.meta.crisis.length) {
    // Distress never ends on "no result": the help lines above answer it.
    return html`<div class="empty" part="empty">
      <p>${msg('Call one of the help lines above to talk to someone now.', { id: 'empty.distress' })}</p>
    </div>`;
  }
  if (total === 0) {
    return html`<div class="empty" part="empty">
      <p>${msg('No resource matches your search.', { id: 'empty.none' })}</p>
      <p>
        ${ctx.filtered
          ? msg('Try clearing the filters, or other words.', { id: 'empty.hint-filters' })
          : msg('Try other words, or fewer words.', { id: 'empty.hint' })}
      </p>
      ${ctx.filtered
        ? html`<button type="button" class="button" @click=${ctx.onClearFilters}>${msg('Clear all filters', { id: 'filters.clear' })}</button>`
        : nothing}
    </div>`;
  }
  return html`<ol class="list" part="results" role="list">
      ${items.map(ctx.card)}
    </ol>
    ${total > items.length
      ? html`<button type="button" class="button secondary more" part="more-button" @click=${ctx.onShowMore}>
          ${msg('Show more results', { id: 'results.more' })}
        </button>`
      : nothing}`;
}
