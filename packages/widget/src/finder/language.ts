/**
 * The interface language of one finder, as a Lit reactive controller: which
 * language it speaks (its `lang`, else the page's, else the browser's, else
 * the feed's default), the download of that language's strings, the language
 * menu, and the one-line offer to switch to the browser's first language.
 *
 * The page's language stays the default: the browser's is offered, in
 * itself ("Afficher en français", "عرض بالعربية"), never switched to by
 * itself. A choice (menu or offer) is kept in the element's `lang`, and in the
 * page's address only with `sync-url` (`repere-lang`): nothing is stored.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  INLINE_LOCALES,
  UI_LOCALES,
  autonym,
  directionOf,
  isLocaleReady,
  loadUiLocale,
  negotiate,
  offerText,
  toUiLocale,
  type UiLocale,
} from '../i18n.js';
import { colon } from './labels.js';

/** The element a language controller serves. */
export type LanguageHost = ReactiveControllerHost & HTMLElement;

/** The browser's languages, best first (`navigator.languages`). */
export const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

export class LanguageController implements ReactiveController {
  /** The language of the last render. */
  shown?: UiLocale;
  /** The download under way, if any (settled means rendered in the language wanted). */
  loading?: Promise<void>;
  /** The language whose strings could not be downloaded. */
  failed?: UiLocale;
  /** The resident chose a language (menu, offer or a `repere-lang` address): nothing more is offered. */
  chosen = false;
  private wanted?: UiLocale;

  /**
   * @param host The finder.
   * @param feedLocale The loaded feed's default language, if any.
   * @param onChoose Called after the resident chose a language (to write the address).
   */
  constructor(
    private readonly host: LanguageHost,
    private readonly feedLocale: () => string | undefined,
    private readonly onChoose: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.request();
  }

  /**
   * The languages the widget may speak, best first: its `lang`, else the
   * nearest `lang` in the page, then the browser's languages, then the feed's
   * default. Tags that are not UI languages are skipped.
   */
  private get negotiated(): UiLocale[] {
    const host = this.host;
    return negotiate([
      host.lang,
      host.parentElement?.closest('[lang]')?.getAttribute('lang'),
      document.documentElement.getAttribute('lang'),
      ...browserLanguages(),
      this.feedLocale(),
    ]);
  }

  /** The language the widget speaks (or will, once its strings are downloaded). */
  get locale(): UiLocale {
    return this.negotiated[0] ?? 'fr';
  }

  /**
   * The language to render now: `locale` once its strings are here; until
   * then (or if they cannot be downloaded), the language already on screen,
   * else the best of French and English.
   */
  get rendered(): UiLocale {
    const wanted = this.locale;
    if (isLocaleReady(wanted)) return wanted;
    return this.shown ?? this.negotiated.find((l) => INLINE_LOCALES.includes(l)) ?? 'fr';
  }

  /** The browser's first language, offered when the widget speaks it but shows another; else undefined. */
  get offer(): UiLocale | undefined {
    if (this.chosen) return undefined;
    const first = toUiLocale(browserLanguages()[0]);
    return first && first !== this.locale ? first : undefined;
  }

  /** Downloads the wanted language's strings once, then renders again. */
  private request(): void {
    const wanted = this.locale;
    if (isLocaleReady(wanted) || wanted === this.wanted || wanted === this.failed) return;
    this.wanted = wanted;
    this.loading = loadUiLocale(wanted).then((ok) => {
      if (this.wanted !== wanted) return;
      this.wanted = undefined;
      if (!ok) this.failed = wanted;
      this.host.requestUpdate();
    });
  }

  /** The resident's choice: kept in `lang` (and the address, with `sync-url`). */
  choose(locale: UiLocale): void {
    this.failed = undefined;
    this.chosen = true;
    this.host.lang = locale;
    this.onChoose();
  }

  /** The language menu: each language named in itself, with its `lang`. */
  menu(locale: UiLocale): TemplateResult {
    const wanted = this.locale;
    const failed = this.failed;
    return html`<label class="lang-menu">
        <span class="visually-hidden">${msg('Language', { id: 'language.label' })}</span>
        <select
          class="input lang-select"
          part="language-switch"
          @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value as UiLocale)}
        >
          ${UI_LOCALES.map((code) => html`<option value=${code} lang=${code} dir=${directionOf(code)} .selected=${code === wanted}>${autonym(code)}</option>`)}
        </select>
      </label>
      ${failed && failed !== locale
        ? html`<p class="hint lang-failed" aria-live="polite"><span lang=${failed} dir=${directionOf(failed)}>${autonym(failed)}</span>${colon()} ${msg('this language could not be loaded. Check your connection and choose it again.', { id: 'language.failed' })}</p>`
        : nothing}`;
  }

  /** One line, in the browser's language, to switch to it; then focus stays on the language menu. */
  offerLine(): TemplateResult | typeof nothing {
    const offer = this.offer;
    if (!offer) return nothing;
    return html`<p class="lang-offer">
      <button
        type="button"
        class="link-button"
        part="language-offer"
        lang=${offer}
        dir=${directionOf(offer)}
        @click=${async () => {
          this.choose(offer);
          await this.host.updateComplete;
          this.host.shadowRoot?.querySelector<HTMLElement>('.lang-select')?.focus();
        }}
      >${offerText(offer)}</button>
    </p>`;
  }
}
