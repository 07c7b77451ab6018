// The queries the benchmark types, in order: keystroke-by-keystroke prefixes,
// typos, accents and multi-word needs, in French and English. `baseline`
// marks the subset that plain fuse.js also runs at 20,000 and 50,000 records
// (it takes seconds per query there); ratios are computed on that subset.
export const QUERIES = [
  // Typing "popote roulante", one keystroke at a time.
  { q: 'p', baseline: false },
  { q: 'po' },
  { q: 'pop' },
  { q: 'popo', baseline: true },
  { q: 'popot' },
  { q: 'popote', baseline: true },
  { q: 'popote r' },
  { q: 'popote roul' },
  { q: 'popote roulante', baseline: true },
  // Typing "banque alimentaire".
  { q: 'b' },
  { q: 'ba' },
  { q: 'ban' },
  { q: 'banq' },
  { q: 'banque', baseline: true },
  { q: 'banque a' },
  { q: 'banque alim' },
  { q: 'banque alimentaire', baseline: true },
  // Typos.
  { q: 'popotte' },
  { q: 'logment', baseline: true },
  { q: 'sante mentalle' },
  { q: 'bennevole' },
  { q: 'aide aux devoir' },
  { q: 'depanage alimentaire', baseline: true },
  // Accents and case folded.
  { q: 'sante' },
  { q: 'SANTÉ MENTALE' },
  { q: 'aines isoles' },
  { q: "cuillere d'argent", baseline: true },
  { q: 'grenier des bleuets' },
  // Multi-word needs, French and English.
  { q: 'aide aux devoirs' },
  { q: 'transport medical benevole', baseline: true },
  { q: 'maison des jeunes rimouski' },
  { q: 'cuisine collective' },
  { q: "clinique d'impots gratuite" },
  { q: 'soutien proches aidants', baseline: true },
  { q: 'food bank montreal', locale: 'en' },
  { q: 'meals on wheels', locale: 'en', baseline: true },
  { q: 'shelter for women', locale: 'en' },
  { q: 'newcomers french classes', locale: 'en', baseline: true },
  { q: 'mental health support group', locale: 'en' },
  // Browsing: no query, with and without filters.
  { q: '', browse: true },
  { q: '', browse: true, filters: { regions: ['bas-saint-laurent'] } },
  { q: 'aide', filters: { categories: ['food'], openNow: true } },
];

/** What the typing simulation types, one character at a time. */
export const TYPED = ['popote roulante kamouraska', 'banque alimentaire'];
