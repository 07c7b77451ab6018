import { css } from 'lit';

/**
 * `css` under a name the build's minifier leaves alone: it minifies every
 * literal whose tag says "css" as a whole style sheet, and a list of
 * declarations alone is not one (it used to warn and skip it on every build).
 * Use it only for a declaration list that is inserted inside a rule below.
 */
const declarations = css;

/** The dark palette, for theme="dark" and for theme="auto" on a dark device. */
const DARK = declarations`
--_text:var(--repere-color-text, #f1f1f1);
--_muted:var(--repere-color-muted, #c4c4c4);
--_bg:var(--repere-color-background, #121417);
--_surface:var(--repere-color-surface, #1e2227);
--_border:var(--repere-color-border, #9a9a9a);
--_accent:var(--repere-color-accent, #8cc4ff);
--_accent-text:var(--repere-color-accent-text, #0b1020);
--_focus:var(--repere-color-focus, #ffb3c0);
--_mark:var(--repere-color-highlight, #5c4a00);
--_open:var(--repere-color-open, #7fdc99);
--_danger:var(--repere-color-danger, #ff9aa8);
`;

/**
 * All the widget's CSS. `:host` resets what it inherits from the page (`all:
 * initial`) and sets its own font size in px, so that host rules such as
 * `html { font-size: 10px }` or `* { color: white !important }` cannot reach
 * inside; everything below is sized in em. Colours come from `--repere-*`
 * custom properties with accessible defaults (WCAG AA contrast).
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    --_font: var(--repere-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_size: var(--repere-font-size, 16px);
    --_text: var(--repere-color-text, #1b1b1b);
    --_muted: var(--repere-color-muted, #545454);
    --_bg: var(--repere-color-background, #ffffff);
    --_surface: var(--repere-color-surface, #f4f6f8);
    --_border: var(--repere-color-border, #757575);
    --_accent: var(--repere-color-accent, #0b5394);
    --_accent-text: var(--repere-color-accent-text, #ffffff);
    --_focus: var(--repere-color-focus, #b3001b);
    --_mark: var(--repere-color-highlight, #fff0a0);
    --_open: var(--repere-color-open, #136b2f);
    --_danger: var(--repere-color-danger, #a3001b);
    --_radius: var(--repere-radius, 8px);
    --_space: var(--repere-spacing, 16px);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* Opt-in dark theme: theme="dark", or theme="auto" on a device set to dark. */
  :host([theme='dark']) {
    ${DARK}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${DARK}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Set on the inner box too, so that nothing depends on what the host inherits. */
  .root {
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  h2,
  h3,
  fieldset {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 700;
    border-radius: 2px;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }

  .button,
  .chip,
  .link-button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .button.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .link-button {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.4em 0.5em;
  }

  .top-actions,
  .card-actions,
  .list-actions,
  .open-at {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  /* The language menu: a native select (keyboard and screen readers for free), each option in its own language. */
  .lang-menu {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    color: var(--_accent);
  }
  .input.lang-select {
    width: auto;
    max-width: 12em;
    min-height: 44px;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    font-weight: 600;
  }
  .lang-failed {
    flex-basis: 100%;
  }
  /* "Afficher en français": one line, in the browser's language, under the top bar. */
  .lang-offer {
    margin-block: -0.5em 0.5em;
  }
  .button.exit {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .crisis {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin-block-end: 0.75em;
  }
  .crisis.urgent {
    border-width: 4px;
    background: var(--_surface);
    font-size: 1.125em;
  }
  .crisis-title {
    font-weight: 700;
  }

  .search {
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  .label {
    font-weight: 700;
  }
  .input {
    font: inherit;
    width: 100%;
    min-height: 48px;
    padding: 0.5em 0.75em;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .hint,
  .muted,
  .organization,
  .languages {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9em;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_text);
  }
  .panel {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 0.75em;
    margin-block-end: 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .panel-title,
  .mylist h4 {
    font-size: 1em;
    font-weight: 700;
    margin: 0;
  }
  .list-items {
    display: grid;
    gap: 0.75em;
    width: 100%;
  }
  .list-item + .list-item {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
  }
  .mylist textarea {
    min-height: 8em;
  }
  .open-at label {
    display: grid;
  }
  .distance {
    font-weight: 600;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.75em;
    padding: 0.75em;
    margin-block-end: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .group {
    border: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    cursor: pointer;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .nested {
    padding-inline-start: 1.5em;
  }
  .count {
    color: var(--_muted);
  }
  p.count {
    font-weight: 700;
    color: var(--_text);
    min-height: 1.5em;
    margin-block-end: 0.5em;
  }

  .results {
    min-height: 12em;
  }
  .list {
    display: grid;
    gap: 0.75em;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_bg);
    /* Cards off screen are laid out as they come near: a page of twenty
       would otherwise cost a phone's first draw all of their layout. */
    content-visibility: auto;
    /* (Its height only: its width is the list's, at any screen width.) */
    contain-intrinsic-block-size: auto 18em;
  }
  .card article {
    display: grid;
    gap: 0.4em;
    justify-items: start;
  }
  .name {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .fallback {
    font-size: 0.875em;
    font-weight: 400;
    font-style: italic;
    color: var(--_muted);
  }
  .status {
    font-weight: 600;
  }
  .status.open {
    color: var(--_open);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border-radius: 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .details {
    display: grid;
    gap: 0.5em;
    width: 100%;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .hours {
    border-collapse: collapse;
    font: inherit;
    color: inherit;
  }
  .hours caption {
    text-align: start;
    font-weight: 700;
  }
  .hours th,
  .hours td {
    text-align: start;
    padding-block: 0.15em;
    padding-inline: 0 1em;
    font-weight: 400;
  }
  .hours th {
    text-transform: capitalize;
  }
  dt {
    font-weight: 700;
  }
  dd + dt {
    margin-block-start: 0.375em;
  }
  .more {
    margin-block-start: 0.75em;
    width: 100%;
  }
  .error,
  .empty {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error {
    border-inline-start: 4px solid var(--_danger);
  }

  /* Loading: placeholders with the height of cards, so nothing jumps. */
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .bone {
    display: grid;
    gap: 0.5em;
    height: 9em;
    padding: 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .bone span {
    display: block;
    height: 1em;
    border-radius: 4px;
    background: var(--_border);
    opacity: 0.35;
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bone span:nth-child(1) {
    width: 60%;
  }
  .bone span:nth-child(2) {
    width: 90%;
  }
  .bone span:nth-child(3) {
    width: 40%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.15;
    }
  }

  /* Narrow: a sidebar (compact) or a phone. */
  :host([compact]) .filters {
    grid-template-columns: 1fr;
  }
  :host([compact]) .root {
    padding: 0.5em;
  }
  :host([compact]) .title {
    font-size: 1.125em;
  }
  @container (max-width: 30em) {
    .filters {
      grid-template-columns: 1fr;
    }
    .button.more {
      width: 100%;
    }
  }

  /* Printing with "My list" open prints the list only: names, phones, addresses, hours, date. */
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .list-open > :not(.mylist),
    .no-print,
    button {
      display: none !important;
    }
    .panel {
      border: 0;
      padding: 0;
    }
    .list-item {
      break-inside: avoid;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .chip,
    .card,
    .input,
    .error,
    .empty,
    .filters,
    .bone {
      border: 1px solid CanvasText;
    }
    .button {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .bone span {
      background: GrayText;
    }
  }
`;
