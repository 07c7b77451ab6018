/**
 * "Téléphone : 418 555-0199", "Urgence : 911": a label and its value. The
 * label keeps its words whole and its colon (the UI language's: French puts a
 * no-break space before it); the value is isolated from the text around it
 * (right-to-left interfaces, feed text in another language); a number never
 * splits across lines ("9-8-8"). One inline run, so that the space between
 * label and value survives inside flex containers.
 */
import { html, type TemplateResult } from 'lit';
import { colon } from './labels.js';

export function pair(label: unknown, value: unknown, kind: 'number' | 'ltr' | 'text' = 'text'): TemplateResult {
  return html`<span class="pair"><span class="pair-label">${label}${colon()}</span>${' '}<bdi class=${kind === 'number' ? 'number' : 'value'} dir=${kind === 'text' ? 'auto' : 'ltr'}>${value}</bdi></span>`;
}
