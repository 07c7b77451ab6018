// The needs report, checked on 10,000 seeded batches: the figures, the k
// threshold, the gaps, and the HTML as a person sees it in Chromium.
import { expect } from 'chai';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NeedSearch, NeedsBatch } from '@repere/sdk';
import type { NeedsFigures } from '../src/needs/aggregate.js';
import { run, tempDir } from './helpers.js';

const FEED = {
  format: 'repere-feed',
  version: 1,
  title: { fr: 'Répertoire fictif', en: 'Fictional directory' },
  updated: '2026-11-01',
  defaultLocale: 'fr',
  timezone: 'America/Toronto',
  categories: [
    { id: 'alimentation', name: { fr: 'Alimentation', en: 'Food' } },
    { id: 'logement', name: { fr: 'Logement', en: 'Housing' } },
    { id: 'sante-mentale', name: { fr: 'Santé mentale', en: 'Mental health' } },
    { id: 'transport', name: { fr: 'Transport', en: 'Transportation' } },
  ],
  regions: [
    { id: 'bsl', name: 'Bas-Saint-Laurent' },
    { id: 'kamouraska', parent: 'bsl', name: 'Kamouraska' },
    { id: 'riviere-du-loup', parent: 'bsl', name: 'Rivière-du-Loup' },
  ],
  resources: [
    { id: 'popote', name: 'Popote fictive du Kamouraska', categories: ['alimentation'], regions: ['kamouraska'], phones: [{ number: '418-555-0142' }] },
    { id: 'popote-rdl', name: 'Popote fictive de Rivière-du-Loup', categories: ['alimentation'], regions: ['riviere-du-loup'] },
    { id: 'logis', name: 'Comité logement fictif', categories: ['logement'], regions: ['riviere-du-loup'] },
    { id: 'ecoute', name: "Ligne d'écoute fictive", categories: ['sante-mentale'], phones: [{ number: '1-800-555-0199', kind: 'crisis' }] },
  ],
};

/** A small seeded generator (mulberry32): the same 10,000 batches on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function batches(count: number): NeedsBatch[] {
  const random = seeded(19);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out: NeedsBatch[] = [];
  for (let b = 0; b < count; b++) {
    const day = new Date(Date.UTC(2026, 8, 7) + Math.floor(random() * 84) * 86_400_000).toISOString().slice(0, 10);
    const searches: NeedSearch[] = [];
    for (let s = 0, n = 1 + Math.floor(random() * 3); s < n; s++) {
      const zero = random() < 0.15;
      searches.push({
        lang: random() < 0.7 ? 'fr' : random() < 0.85 ? 'en' : 'es',
        regions: random() < 0.7 ? [pick(['kamouraska', 'riviere-du-loup'])] : [],
        categories: [pick(['alimentation', 'logement', 'sante-mentale', 'transport'])],
        results: zero ? '0' : pick(['1-5', '6+'] as const),
        distress: random() < 0.03,
        filters: random() < 0.3 ? ['region'] : [],
        ...(zero ? { tokens: [pick(['orthophoniste', 'dentiste', 'garderie'])] } : {}),
      });
    }
    out.push({ format: 'repere-needs', version: 1, day, searches });
  }
  // Rare words: one in 4 separate batches (below k = 5), one in exactly 5.
  const rare = (word: string, times: number) => {
    for (let i = 0; i < times; i++)
      out.push({ format: 'repere-needs', version: 1, day: '2026-10-01', searches: [{ lang: 'fr', regions: [], categories: [], results: '0', distress: false, filters: [], tokens: [word] }] });
  };
  rare('tremblay', 4);
  rare('veterinaire', 5);
  return out.slice(-count);
}

describe('repere needs report', function () {
  this.timeout(60_000);
  const dir = tempDir();
  const ndjson = join(dir, 'needs.ndjson');
  const feed = join(dir, 'feed.json');
  const all = batches(10_000);
  writeFileSync(ndjson, `${all.map((b) => JSON.stringify(b)).join('\n')}\n{"format":"repere-needs","query":"Jean Tremblay"}\nnot json\n`);
  writeFileSync(feed, JSON.stringify(FEED));
  let figures: NeedsFigures;

  before(async () => {
    const r = await run('needs', 'report', ndjson, '--feed', feed, '--json', '--lang', 'en');
    expect(r.code, r.err).to.equal(0);
    figures = JSON.parse(r.out);
  });

  it('counts every valid batch and search, and leaves out the lines that are not batches', () => {
    expect(figures.batches).to.equal(10_000);
    expect(figures.searches).to.equal(all.reduce((n, b) => n + b.searches.length, 0));
    expect(figures.skipped).to.equal(2);
    expect(figures.weeks.reduce((n, w) => n + w.searches, 0)).to.equal(figures.searches);
    expect(figures.weeks.reduce((n, w) => n + (w.regions.kamouraska ?? 0), 0)).to.equal(figures.regions.find((r) => r.id === 'kamouraska')!.searches);
    expect(figures.weeks.reduce((n, w) => n + w.distress, 0)).to.equal(all.flatMap((b) => b.searches).filter((s) => s.distress).length);
  });

  it('shows a word of a search that found nothing only when k separate batches hold it', () => {
    const words = figures.unfound.map((w) => w.word);
    expect(words).to.include.members(['orthophoniste', 'dentiste', 'garderie', 'veterinaire']);
    expect(words).not.to.include('tremblay');
    expect(figures.unfound.find((w) => w.word === 'veterinaire')!.batches).to.equal(5);
  });

  it('finds the gaps as the finder would: transport nowhere, housing and mental health with nothing local in Kamouraska', () => {
    const gaps = figures.gaps!.map((g) => `${g.region.id} ${g.category.id} ${g.kind}`);
    expect(gaps).to.include.members([
      'kamouraska transport nothing',
      'riviere-du-loup transport nothing',
      'kamouraska logement nothing',
      'kamouraska sante-mentale only-wide',
    ]);
    expect(gaps.some((g) => g.includes('alimentation'))).to.equal(false);
    expect(figures.gaps!.find((g) => g.region.id === 'kamouraska' && g.category.id === 'logement')!.elsewhere).to.equal(1);
  });

  it('writes a static French report that Chromium shows with its charts and data tables', async function () {
    const html = join(dir, 'rapport.html');
    const r = await run('needs', 'report', ndjson, '--feed', feed, '-o', html, '--lang', 'fr');
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.contain('(10000 lot(s)');
    const text = readFileSync(html, 'utf8');
    expect(text).not.to.match(/<script|https?:\/\/(?!repere)/);
    expect(text).to.contain('<html lang="fr">');

    const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    if (!existsSync(chromium)) this.skip();
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      for (const width of [390, 1024]) {
        await page.setViewport({ width, height: 900 });
        await page.goto(`file://${html}`);
        const shot = join(process.env.REPERE_SHOTS ?? dir, `rapport-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        expect(readFileSync(shot).subarray(1, 4).toString()).to.equal('PNG');
      }
      const seen = await page.evaluate(() => ({
        h1: document.querySelector('h1')!.textContent,
        captions: [...document.querySelectorAll('table caption')].map((c) => c.textContent),
        charts: [...document.querySelectorAll('svg[role="img"]')].map((s) => s.getAttribute('aria-label')),
        categories: [...document.querySelectorAll('#categories ~ table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
        gaps: [...document.querySelectorAll('#gaps ~ table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
        words: document.querySelector('#unfound ~ table')?.textContent ?? '',
        overflow: document.documentElement.scrollWidth > window.innerWidth,
      }));
      expect(seen.h1).to.equal('Ce que les résidents cherchent');
      expect(seen.captions).to.include.members(['Besoins par catégorie', 'Recherches lues comme une détresse, par semaine', 'Langues des résidents']);
      expect(seen.charts.every((label) => label!.startsWith('Graphique\u00a0:'))).to.equal(true);
      const counts = Object.fromEntries(seen.categories.map(([name, n]) => [name, Number(n!.replace(/\s/g, ''))]));
      expect(counts).to.deep.equal(Object.fromEntries(figures.categories.map((c) => [FEED.categories.find((x) => x.id === c.id)!.name.fr, c.searches])));
      const wide = seen.gaps.find((g) => g[0] === 'Kamouraska' && g[1] === 'Santé mentale')!;
      expect(wide.slice(3)).to.deep.equal(['seulement des services sans région (offerts partout)', '0']);
      expect(seen.captions).to.include('Recherches par région, semaine par semaine');
      expect(seen.words).to.contain('veterinaire (5)').and.not.contain('tremblay');
      expect(seen.overflow).to.equal(false);
    } finally {
      await browser.close();
    }
  });

  it('refuses a missing file and a bad k, in French too', async () => {
    expect((await run('needs', 'report', join(dir, 'none.ndjson'), '-o', join(dir, 'x.html'))).code).to.equal(2);
    const bad = await run('needs', 'report', ndjson, '--k', 'deux', '-o', join(dir, 'x.html'), '--lang', 'fr');
    expect(bad.code).to.equal(2);
    expect(bad.err).to.contain('--k prend un nombre entier, pas «\u00a0deux\u00a0».');
    expect(existsSync(join(dir, 'x.html'))).to.equal(false);
  });
});
