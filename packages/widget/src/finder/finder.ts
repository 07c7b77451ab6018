/**
 * Registers `<repere-finder>`. Guarded, so that loading this module (or the
 * bundle) twice on one page never throws: the first definition stays.
 */
import { RepereFinder } from './finder.component.js';

export { RepereFinder };

if (!customElements.get('repere-finder')) customElements.define('repere-finder', RepereFinder);

declare global {
  interface HTMLElementTagNameMap {
    'repere-finder': RepereFinder;
  }
}
