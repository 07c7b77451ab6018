/**
 * Panels on a phone. At narrow widths the filters open as a sheet (a modal
 * `<dialog>` at the bottom of the screen) with a "Show N results" button, so
 * that a resident never loses the results under a panel taller than the
 * screen; wider, they stay a panel in the page. Escape closes any panel
 * (filters, "Near me", "My list") and gives focus back to its toggle.
 *
 * The native dialog brings what a sheet needs: the top layer (no host CSS can
 * clip it), focus kept inside while open, Escape, and focus restored on close.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { countText, type UiLocale } from '../i18n.js';

/** Below this width (in the element's own em), the filters are a sheet: the layout's narrow breakpoint (`@container (max-width: 30em)`). */
export const SHEET_MAX_EM = 30;

/** Follows the element's width: `narrow` when filters should open as a sheet. */
export class SheetController implements ReactiveController {
  /** The element is narrow enough for a sheet. */
  narrow = false;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
      const narrow = entry.contentRect.width <= SHEET_MAX_EM * em;
      if (narrow === this.narrow) return;
      // The next frame, not inside the observer: a render that changes the
      // element's size within its own notification makes the browser report
      // "ResizeObserver loop completed with undelivered notifications" on the page.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Opens the sheet as a modal dialog, or closes it, to match `open` (after each render). */
  sync(dialog: HTMLDialogElement | null | undefined, open: boolean): void {
    if (!dialog) return;
    if (open && !dialog.open && dialog.isConnected) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }
}

/** "Show 3 resources" / « Voir 3 ressources »: the sheet's closing button, with the count it goes back to. */
export function showResultsLabel(total: number, locale: UiLocale): string {
  return total
    ? msg(str`Show ${countText(total, locale)}`, { id: 'filters.show' })
    : msg('Close the filters (no results)', { id: 'filters.show-none' });
}

export interface SheetContext {
  readonly locale: UiLocale;
  readonly total: number;
  readonly title: string;
  readonly onClose: () => void;
  /** The dialog closed (Escape or the button). */
  readonly onClosed: () => void;
}

/** The filters as a sheet: a title, the panel (scrolling), and a button that closes it on the results. */
export function filtersSheet(ctx: SheetContext, panel: unknown): TemplateResult {
  return html`<dialog id="filters" class="sheet" part="filters" aria-labelledby="filters-title" @close=${ctx.onClosed}>
    <h3 id="filters-title" class="panel-title sheet-title">${ctx.title}</h3>
    <div class="filters sheet-body">${panel}</div>
    <div class="sheet-actions">
      <button type="button" class="button sheet-close" @click=${ctx.onClose}>${showResultsLabel(ctx.total, ctx.locale)}</button>
    </div>
  </dialog>`;
}

/** A panel that Escape closes: its id (its toggle says `aria-controls="<id>"`), whether it is open, and how to close it. */
export interface EscapablePanel {
  readonly id: string;
  readonly open: boolean;
  readonly close: () => void;
}

/**
 * Escape pressed inside a panel, or on its toggle: closes that panel and
 * focuses its toggle (which then says `aria-expanded="false"`). Returns
 * whether a panel was closed.
 */
export function closeOnEscape(event: KeyboardEvent, root: ShadowRoot | HTMLElement, panels: readonly EscapablePanel[], done: Promise<unknown>): boolean {
  if (event.key !== 'Escape') return false;
  const path = event.composedPath() as Element[];
  for (const { id, open, close } of panels) {
    const toggle = `[aria-controls="${id}"]`;
    if (open && path.some((n) => n.id === id || n.matches?.(toggle))) {
      close();
      void done.then(() => root.querySelector<HTMLElement>(toggle)?.focus());
      return true;
    }
  }
  return false;
}
