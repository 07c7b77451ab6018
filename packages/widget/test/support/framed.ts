// A built single-file bundle (npm run build) in an iframe, as a webmaster's
// page includes it: a <repere-finder lang> and the script after it. Each
// frame is removed after its test.
import type { RepereFinder } from '../../src/finder/finder.component.js';

export const DIST = '/packages/widget/dist';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** The finder of a page that loads `script` from dist/ (`classic`: a plain `<script src>`), once defined; its feed not yet given. */
export async function framed(script: string, classic: boolean, lang: string): Promise<{ el: RepereFinder; win: Window }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 400px; height: 600px';
  iframe.srcdoc = `<!doctype html><html><body><repere-finder lang="${lang}"></repere-finder><script ${classic ? '' : 'type="module"'} src="${DIST}/${script}"></script></body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  await win.customElements.whenDefined('repere-finder');
  const el = iframe.contentDocument!.querySelector('repere-finder') as RepereFinder;
  return { el, win };
}
