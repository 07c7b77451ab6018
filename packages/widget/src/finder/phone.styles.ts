import { css } from 'lit';

/**
 * What a phone needs on top of the base layout (finder.styles.ts): "Leave
 * quickly" stuck to the top of the screen, the filters as a bottom sheet,
 * and "label: value" pairs that wrap between them, never inside them.
 */
export const phoneStyles = css`
  /* Sticky within the finder: it stays on screen for as long as any part of the finder is. */
  .exit-bar {
    position: sticky;
    top: var(--repere-exit-top, 0px);
    z-index: 2;
    display: flex;
    justify-content: flex-end;
    padding-block: 0.25em;
    margin-block: -0.25em 0.25em;
    background: var(--_bg);
  }
  .button.exit {
    touch-action: manipulation;
  }

  /* The filters sheet: a modal dialog along the bottom of the screen, its button always visible. */
  /* It inherits the finder's font from .root; colours are set again over the dialog's defaults. */
  dialog.sheet {
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: 0;
    margin: auto 0 0;
    width: 100%;
    max-width: none;
    max-height: 90dvh;
  }
  dialog.sheet[open] {
    display: flex;
    flex-direction: column;
  }
  dialog.sheet::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .sheet-title {
    padding: 0.75em 0.75em 0;
  }
  .sheet-body {
    overflow-y: auto;
    overscroll-behavior: contain;
    margin: 0;
  }
  .sheet-actions {
    padding: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .sheet-close {
    width: 100%;
  }

  /* "Téléphone : 418 555-0199": the label keeps its words whole, and a number never splits ("9-8-8"). */
  .pair {
    overflow-wrap: break-word;
  }
  /* A hostile 500-character address may still break anywhere rather than widen the page. */
  .value {
    overflow-wrap: anywhere;
  }
  .number {
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: bottom;
  }

  /* "Send by text message" and "Send by e-mail" are links that look like the list's other buttons. */
  a.button {
    text-decoration: none;
  }
`;
