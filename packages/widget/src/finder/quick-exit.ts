/**
 * "Leave quickly", in reach at every width: a bar that sticks to the top of
 * the screen while the finder scrolls under it (phones have no Escape key, and
 * a resident three cards down must still be one tap from leaving). It is the
 * first thing in the finder, before the heading, in reading and Tab order.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export function quickExitBar(onLeave: () => void): TemplateResult {
  return html`<div class="exit-bar">
    <button type="button" class="button exit" part="quick-exit" aria-describedby="exit-hint" @click=${onLeave}>
      ${msg('Leave quickly', { id: 'exit.button' })}
    </button>
    <span id="exit-hint" class="visually-hidden">${msg('Or press Escape twice.', { id: 'exit.hint' })}</span>
  </div>`;
}
