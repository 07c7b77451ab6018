// Trust: failing feeds, hostile input and a hostile host page, on the element
// itself (msw answers the feed). Each failure must end in a clear message, with
// the host's fallback content and a way to try again: nothing lost.
import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { clearLastGood, readLastGood } from '@repere/sdk';
import { LAST_GOOD_CACHE } from '@repere/sdk/internal';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import { waitFor } from '../support/wait-for.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import type { RepereErrorEvent } from '../../src/events/repere-error.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
afterEach(() => net.reset());

const FALLBACK = '<p class="host-fallback-text">Composez le 211</p>';
const status = (el: Element) => text($(el, '[part="status"]'));
const alertText = (el: Element) => text($(el, '[role="alert"] p'));
/** Whether the host's light-DOM fallback paragraph is rendered (slotted and visible). */
const fallbackShown = (el: Element) => (el.querySelector('.host-fallback-text')?.getClientRects().length ?? 0) > 0;

/**
 * A feed address on the test server whose first request never answers;
 * `state()` is `open` once that request has reached the server.
 */
/**
 * Records what the page asks its search engine to cancel. The engine runs in a
 * worker, whose fetches the page cannot watch; that a cancelled load aborts
 * its request is proven in the SDK's tests (remote.test.ts, load.test.ts).
 */
function spyCancels(): { cancelled: () => number; restore: () => void } {
  let count = 0;
  const targets = [Worker.prototype, MessagePort.prototype] as Array<{ postMessage: (message: unknown, ...rest: unknown[]) => void }>;
  const originals = targets.map((t) => t.postMessage);
  targets.forEach((t, i) => {
    t.postMessage = function (this: unknown, message: unknown, ...rest: unknown[]) {
      if ((message as { kind?: string } | null)?.kind === 'cancel') count++;
      return originals[i]!.call(this, message, ...rest);
    };
  });
  return { cancelled: () => count, restore: () => targets.forEach((t, i) => (t.postMessage = originals[i]!)) };
}

/** A finder put on the page to load `url`, not waited for (its load is still in flight); the codes of its `repere-error` events. */
function mounting(url: string): { el: RepereFinder; errors: string[] } {
  const errors: string[] = [];
  const el = document.createElement('repere-finder');
  el.addEventListener('repere-error', (e) => errors.push(e.detail.code));
  el.lang = 'fr';
  el.feed = url;
  document.body.append(el);
  return { el, errors };
}

function heldFeed(tag: string): { url: string; state: () => Promise<string | undefined> } {
  const url = new URL(`/__repere-held/feed.json?tag=${tag}-${Math.random().toString(36).slice(2)}`, location.href).href;
  const key = new URL(url).searchParams.get('tag')!;
  return {
    url,
    state: async () => ((await (await fetch('/__repere-held/state', { cache: 'no-store' })).json()) as Record<string, string>)[key],
  };
}

/** Counts requests to FEED_URL and answers with `answers[n]` (the last one repeats). */
function answer(...answers: Array<() => Response | Promise<Response>>): () => number {
  let n = 0;
  net.use(http.get(FEED_URL, () => answers[Math.min(n++, answers.length - 1)]!()));
  return () => n;
}

async function finderWith(attrs = '', children = FALLBACK): Promise<{ el: RepereFinder; errors: RepereErrorEvent['detail'][] }> {
  const errors: RepereErrorEvent['detail'][] = [];
  const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}>${children}</repere-finder>`, (e) =>
    e.addEventListener('repere-error', (ev) => errors.push(ev.detail)),
  );
  return { el, errors };
}

describe('trust: a failing feed ends in a clear message, with the fallback and Try again', function () {
  this.timeout(20_000);

  const cases: Array<[string, () => Response | Promise<Response>, string, string]> = [
    ['HTTP 500', () => new HttpResponse('oops', { status: 500 }), 'http', 'Le répertoire n’est pas disponible pour le moment.'],
    ['HTTP 503', () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } }), 'http', 'Le répertoire n’est pas disponible pour le moment.'],
    ['HTTP 429', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }), 'http', 'Le répertoire n’est pas disponible pour le moment.'],
    ['a network error', () => HttpResponse.error(), 'network', 'Le répertoire est injoignable. Vérifiez votre connexion et réessayez.'],
    [
      'a connection reset mid-body',
      () =>
        new HttpResponse(
          new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode(JSON.stringify(feed).slice(0, 500)));
              c.error(new TypeError('reset'));
            },
          }),
        ),
      'network',
      'Le répertoire est injoignable. Vérifiez votre connexion et réessayez.',
    ],
  ];
  for (const [what, reply, code, message] of cases) {
    it(`${what}: retried, then a clear error`, async () => {
      const count = answer(reply);
      const { el, errors } = await finderWith('retries="1"');
      expect(count(), 'one retry').to.equal(2);
      expect(alertText(el)).to.equal(message);
      expect(errors.map((e) => e.code)).to.deep.equal([code]);
      expect(fallbackShown(el), 'the host’s fallback content is shown').to.equal(true);
      expect($(el, '[part="retry-button"]')).to.not.equal(null);
    });
  }

  it('a feed that never answers: given up after the timeout attribute, retried, then a clear error', async () => {
    const count = answer(async () => {
      await delay('infinite');
      return HttpResponse.json(feed);
    });
    const { el, errors } = await finderWith('timeout="300" retries="1"');
    expect(count(), 'one retry').to.equal(2);
    expect(alertText(el)).to.equal('Le répertoire met trop de temps à répondre.');
    expect(errors.map((e) => e.code)).to.deep.equal(['timeout']);
    expect(fallbackShown(el)).to.equal(true);
  });

  it('a feed larger than max-bytes: refused while it streams, with a clear error', async () => {
    answer(() => HttpResponse.json(feed));
    const { el, errors } = await finderWith('max-bytes="200" retries="0"');
    expect(errors.map((e) => e.code)).to.deep.equal(['too-large']);
    expect(alertText(el)).to.equal('Le répertoire n’a pas pu être lu.');
  });

  it('a 429 then a feed: recovered by the automatic retry, Retry-After: 0 honoured', async () => {
    const count = answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }), () => HttpResponse.json(feed));
    const { el, errors } = await finderWith();
    expect(count()).to.equal(2);
    expect(status(el)).to.equal('5 ressources');
    expect(errors).to.deep.equal([]);
    expect(fallbackShown(el)).to.equal(false);
  });

  const unreadable: Array<[string, () => Response]> = [
    ['HTML with status 200', () => HttpResponse.html('<!doctype html><title>Maintenance</title>')],
    ['truncated JSON', () => new HttpResponse(JSON.stringify(feed).slice(0, 300), { headers: { 'content-type': 'application/json' } })],
    ['a body over the byte cap (Content-Length 50 MB)', () => new HttpResponse('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } })],
    ['a 304 with nothing cached', () => new HttpResponse(null, { status: 304 })],
  ];
  for (const [what, reply] of unreadable) {
    it(`${what}: not retried, a clear error`, async () => {
      const count = answer(reply);
      const { el, errors } = await finderWith();
      expect(count()).to.equal(1);
      expect(alertText(el)).to.match(/^Le répertoire (n’a pas pu être lu|n’est pas disponible pour le moment)\.$/);
      expect(errors).to.have.length(1);
      expect(fallbackShown(el)).to.equal(true);
    });
  }

  it('a BOM and a wrong Content-Type: loads', async () => {
    answer(() => new HttpResponse(`\uFEFF${JSON.stringify(feed)}`, { headers: { 'content-type': 'text/plain' } }));
    const { el } = await finderWith();
    expect(status(el)).to.equal('5 ressources');
  });

  it('Try again after a failure loads the feed', async () => {
    const count = answer(() => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.json(feed));
    const { el } = await finderWith('retries="1"');
    expect(count()).to.equal(2);
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await settle(el);
    expect(status(el)).to.equal('5 ressources');
    expect(fallbackShown(el)).to.equal(false);
  });
});

describe('trust: the last good feed', function () {
  this.timeout(20_000);

  it('offline reload: shows the saved copy with its date and a note, then recovers', async () => {
    answer(() => HttpResponse.json(feed));
    const first = await finderWith();
    expect(status(first.el)).to.equal('5 ressources');
    // The copy is saved in the background, after the results are shown.
    await waitFor('the copy to be saved', () => readLastGood(new URL(FEED_URL).href));
    first.el.remove();

    net.reset();
    const count = answer(() => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.error(), () => HttpResponse.json(feed));
    const { el, errors } = await finderWith('retries="1"');
    expect(count()).to.equal(2);
    expect(status(el)).to.equal('5 ressources');
    const note = text($(el, '[part="stale"]'));
    const year = String(new Date().getFullYear());
    expect(note).to.match(/^Copie enregistrée le .+ : certains renseignements peuvent avoir changé\. Le répertoire est injoignable/);
    expect(note).to.contain(year);
    expect(errors).to.deep.equal([{ code: 'network', stale: true }]);
    expect($(el, '[role="alert"]'), 'results are shown, not an alert').to.equal(null);
    expect($$(el, '[part~="card"]')).to.have.length(5);
    // The phone numbers are all there.
    expect($$(el, 'a[href^="tel:"]').length).to.be.greaterThan(1);

    // Try again, back online: fresh results, no note.
    $<HTMLButtonElement>(el, '[part="stale"] [part="retry-button"]')!.click();
    await settle(el);
    expect($(el, '[part="stale"]')).to.equal(null);
    expect(status(el)).to.equal('5 ressources');
  });

  it('shows the copy in English too', async () => {
    answer(() => HttpResponse.json(feed));
    (await finderWith()).el.remove();
    net.reset();
    answer(() => new HttpResponse(null, { status: 503 }));
    const { el } = await finderWith('retries="0"');
    el.lang = 'en';
    await settle(el);
    expect(text($(el, '[part="stale"]'))).to.match(/^Saved copy from .+: some information may be out of date\. The directory is unavailable at the moment\. Try again$/);
  });

  it('no-cache keeps no copy, and removes one kept earlier', async () => {
    answer(() => HttpResponse.json(feed));
    (await finderWith()).el.remove();
    await waitFor('the copy to be saved', () => readLastGood(FEED_URL));
    net.reset();
    answer(() => HttpResponse.error());
    const { el } = await finderWith('no-cache retries="0"');
    expect(alertText(el)).to.contain('injoignable');
    expect(await readLastGood(FEED_URL)).to.equal(undefined);
    net.reset();
    answer(() => HttpResponse.json(feed));
    await clearLastGood();
    const again = await finderWith('no-cache');
    expect(status(again.el)).to.equal('5 ressources');
    expect(await caches.has(LAST_GOOD_CACHE), 'nothing stored').to.equal(false);
  });
});

describe('trust: loads in flight, fallback content', function () {
  this.timeout(20_000);

  it('shows the host’s fallback content while loading, and hides it once results render', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    answer(async () => {
      await gate;
      return HttpResponse.json(feed);
    });
    const el = document.createElement('repere-finder');
    el.lang = 'fr';
    el.feed = FEED_URL;
    el.innerHTML = FALLBACK;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(fallbackShown(el)).to.equal(true);
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements().map((e) => e.className)).to.deep.equal(['host-fallback-text']);
      release();
      await settle(el);
      expect(status(el)).to.equal('5 ressources');
      expect(fallbackShown(el)).to.equal(false);
    } finally {
      release();
      el.remove();
    }
  });

  it('aborts the load when feed changes; the new feed wins, no error', async () => {
    const slow = heldFeed('changed');
    const spy = spyCancels();
    const other = 'https://feeds.example.org/repere/other.json';
    net.use(http.get(other, () => HttpResponse.json({ ...feed, resources: feed.resources.slice(0, 2) })));
    const { el, errors } = mounting(slow.url);
    try {
      await waitFor('the first request to reach the server', async () => (await slow.state()) === 'open');
      el.feed = other;
      await settle(el);
      expect(status(el)).to.equal('2 ressources');
      expect(spy.cancelled(), 'the first load was cancelled').to.equal(1);
      expect(errors).to.deep.equal([]);
    } finally {
      spy.restore();
      el.remove();
    }
  });

  it('lets its engine forget the feed once removed, and loads it again, with the same search, when put back', async () => {
    const count = answer(() => HttpResponse.json(feed));
    const { el } = await finderWith();
    await typeQuery(el, 'popote');
    const found = status(el);
    expect(count()).to.equal(1);
    // Moved (removed and put back at once): nothing is reloaded.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(count()).to.equal(1);
    // Removed for good, then put back later: the feed is asked for again.
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    parent.append(el);
    await settle(el);
    expect(count()).to.equal(2);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('popote');
    expect(status(el)).to.equal(found);
  });

  it('aborts the load when the element is removed, and loads again when it is put back', async () => {
    const slow = heldFeed('removed');
    const spy = spyCancels();
    const { el, errors } = mounting(slow.url);
    try {
      await waitFor('the request to reach the server', async () => (await slow.state()) === 'open');
      el.remove();
      expect(spy.cancelled(), 'the load was cancelled on removal').to.equal(1);
      expect(errors, 'no error for a removal').to.deep.equal([]);
      // Put back: it asks again (the server now answers, with 9 records).
      document.body.append(el);
      await settle(el);
      expect(status(el)).to.equal('9 ressources');
      expect(errors).to.deep.equal([]);
    } finally {
      spy.restore();
      el.remove();
    }
  });
});

// ---------------------------------------------------------------- hostile input

const LONG_WORD = 'A'.repeat(10_000);
const hostileText = {
  ...feed,
  resources: [
    ...feed.resources,
    { id: 'h1', name: '<script>alert(1)</script>', description: '<img src=x onerror=alert(1)>', categories: ['sante'] },
    { id: 'h2', name: 'Gauche \u202Eevil\u202C droite', description: 'zero\u200Bwidth\u200D\u2060 joiner', categories: ['sante'] },
    { id: 'h3', name: LONG_WORD, description: `${LONG_WORD} ${LONG_WORD}`, organization: LONG_WORD, categories: ['sante'] },
  ],
};
const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https://a@evil.example/',
  'tel:911;javascript:alert(1)',
];

describe('trust: hostile feed content', function () {
  this.timeout(20_000);

  it('creates no element from hostile text, and the layout holds at 320 px', async () => {
    const el = await fixture<RepereFinder>('<repere-finder lang="fr" limit="50" style="width: 320px"></repere-finder>', (e) => (e.feedData = hostileText));
    // The 20,000-character description, the name and the organization are all cut on the card.
    const long = $$(el, '[part~="card"]').find((c) => c.textContent!.includes('AAAA'))!;
    expect(long.textContent!.length).to.be.below(1_000);
    expect(text(long.querySelector('[part="card-title"]')).length).to.be.at.most(200);
    expect(long.textContent).to.contain('…');
    // Everything open (full descriptions in the details): still no element from the feed, still no overflow.
    for (const b of $$<HTMLButtonElement>(el, '[part~="details-button"]')) b.click();
    await el.updateComplete;
    expect($$(el, 'script, img, svg:not([aria-hidden="true"]), iframe, object, embed, [onerror], [onload]')).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('<script>alert(1)</script>');
    const root = $(el, '.root')!;
    expect(root.scrollWidth, 'no horizontal overflow').to.be.at.most(root.clientWidth);
    for (const card of $$(el, '[part~="card"]')) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });

  it('lets none of the hostile URLs reach an href', async () => {
    const hostile = {
      ...feed,
      crisis: hostileUrls.map((u) => ({ label: 'x', phone: u })),
      resources: hostileUrls.map((u, i) => ({ id: `u${i}`, name: `U ${i}`, categories: ['sante'], website: u, email: u, phones: [{ number: u }], corrections: u })),
    };
    const el = await fixture<RepereFinder>('<repere-finder lang="fr" limit="50"></repere-finder>', (e) => (e.feedData = hostile));
    for (const b of $$<HTMLButtonElement>(el, '[part~="details-button"]')) b.click();
    await el.updateComplete;
    for (const href of $$(el, '[href]').map((a) => a.getAttribute('href')!)) {
      expect(href, href).to.match(/^(https:\/\/[a-z0-9.-]+\/|tel:\+?[\d,]+$|mailto:)/i);
      expect(href.toLowerCase()).to.not.match(/javascript|vbscript|data:|evil\.example/);
    }
  });

  it('loads 100,000 records and searches them', async function () {
    this.timeout(60_000);
    const words = ['popote', 'logement', 'écoute', 'transport', 'devoirs', 'aînés', 'jeunes', 'familles', 'emploi', 'impôts'];
    const big = {
      ...feed,
      resources: Array.from({ length: 100_000 }, (_, i) => ({
        id: `r${i}`,
        name: { fr: i === 99_999 ? 'Zéphyrine dernière fiche' : `Service ${words[i % 10]} ${i}` },
        categories: [i % 2 ? 'sante' : 'alimentation'],
        phones: [{ number: '418 555-0100' }],
      })),
    };
    const el = await fixture<RepereFinder>('<repere-finder lang="fr"></repere-finder>', (e) => (e.feedData = big));
    expect(status(el)).to.match(/^100\s000 ressources$/);
    await typeQuery(el, 'zéphyrine');
    expect(status(el)).to.equal('1 ressource');
  });
});

describe('trust: hostile host CSS', () => {
  function luminance(rgb: string): number {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }
  const contrast = (a: string, b: string) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };

  it('keeps its contrast (≥ 4.5:1) and size (≥ 16 px) beside html{font-size:10px} *{color:white !important…}', async () => {
    const style = document.createElement('style');
    style.textContent = 'html{font-size:10px} *{color:white !important; background: white !important; font-size: 8px !important}';
    document.head.append(style);
    try {
      answer(() => HttpResponse.json(feed));
      const { el } = await finderWith();
      for (const selector of ['.root', '[part~="card-title"]', '[part~="status"]', 'label', '[part~="search-input"]']) {
        const node = $(el, selector)!;
        const cs = getComputedStyle(node);
        expect(parseFloat(cs.fontSize), `${selector} font size`).to.be.at.least(16);
      }
      const root = $(el, '.root')!;
      const bg = getComputedStyle(root).backgroundColor;
      for (const selector of ['.root', '[part~="card-title"]', 'label']) {
        const fg = getComputedStyle($(el, selector)!).color;
        expect(contrast(fg, bg), `${selector}: ${fg} on ${bg}`).to.be.at.least(4.5);
      }
    } finally {
      style.remove();
    }
  });
});
