/**
 * Starts the page's engine as soon as the script runs, when the page already
 * has a finder with a feed: before the element's own code is even evaluated,
 * so that the worker boots while the element is defined and drawn (the
 * engine would be started moments later by the finder's first update anyway:
 * no request is made that the finder would not make).
 */
import { openEngine } from './open-engine.js';

if (typeof document !== 'undefined' && document.querySelector('repere-finder[feed]')) openEngine().catch(() => {});
