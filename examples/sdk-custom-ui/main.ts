// The SDK alone, without Lit or any framework: load the feed, search on each
// keystroke, render with plain DOM calls. Every text goes through textContent
// (never innerHTML), and every link is one the SDK already checked.
import {
  createFinder,
  isFeedError,
  loadFeed,
  localize,
  openStatus,
  splitHighlights,
  type Feed,
  type Finder,
  type LocalizedText,
  type Range,
  type SearchResult,
} from '@repere/sdk';

const LOCALE = 'fr';
const FEED_URL = '/examples/data/demo-feed.json';

const form = document.querySelector<HTMLFormElement>('#search')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const regionSelect = document.querySelector<HTMLSelectElement>('#region')!;
const openOnly = document.querySelector<HTMLInputElement>('#open')!;
const status = document.querySelector<HTMLElement>('#status')!;
const list = document.querySelector<HTMLOListElement>('#results')!;

/** A text in the page's language, else the feed's, with the `lang` to put on its element. */
function text(feed: Feed, value: LocalizedText | undefined): { value: string; lang: string } | undefined {
  return value ? localize(value, LOCALE, [feed.meta.defaultLocale]) : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

/** A text with its matched words in <mark>. */
function highlighted(tag: 'h2' | 'p', className: string, value: { value: string; lang: string }, ranges: readonly Range[]): HTMLElement {
  const node = el(tag, className);
  node.lang = value.lang;
  for (const segment of splitHighlights(value.value, ranges)) {
    node.append(segment.match ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  return node;
}

/** "aujourd’hui", "demain", "lundi". */
function when(inDays: number, at: Date, feed: Feed): string {
  if (inDays === 0) return 'aujourd’hui';
  if (inDays === 1) return 'demain';
  return at.toLocaleDateString('fr-CA', { weekday: 'long', timeZone: feed.meta.timezone });
}

function card(feed: Feed, item: SearchResult): HTMLLIElement {
  const { resource, highlights } = item;
  const li = el('li', 'card');
  const name = text(feed, resource.name);
  if (name) li.append(highlighted('h2', 'name', name, highlights.name));
  const org = text(feed, resource.organization);
  if (org && org.value !== name?.value) li.append(highlighted('p', 'org', org, highlights.organization));

  const hours = openStatus(resource, new Date(), feed.meta.timezone);
  if (hours.open === true) li.append(el('p', 'open', hours.closes ? `Ouvert jusqu’à ${hours.closes}` : 'Ouvert 24 h sur 24'));
  else if (hours.open === false) li.append(el('p', 'closed', hours.next ? `Fermé · ouvre ${when(hours.next.inDays, hours.next.at, feed)} à ${hours.next.opens}` : 'Fermé'));

  const city = resource.locations.find((l) => l.address?.city)?.address?.city;
  if (city) li.append(el('p', 'city', city));

  const phone = resource.phones[0];
  if (phone) {
    const a = el('a', 'phone', phone.number);
    a.href = phone.href; // a safe tel: URL built by the SDK
    li.append(a);
  }
  return li;
}

async function render(finder: Finder): Promise<void> {
  const regions = regionSelect.value ? [regionSelect.value] : [];
  const results = await finder.search(input.value, {
    locale: LOCALE,
    filters: { regions, openNow: openOnly.checked },
    limit: 10,
  });
  status.textContent =
    results.total === 0 ? 'Aucun résultat' : `${results.total.toLocaleString('fr-CA')} ressource${results.total > 1 ? 's' : ''}`;
  list.replaceChildren(...results.items.map((item) => card(finder.feed, item)));
}

function fillRegions(feed: Feed): void {
  const children = (parent?: string) => feed.regions.filter((r) => r.parent === parent);
  const add = (id: string, label: string) => regionSelect.append(new Option(label, id));
  for (const top of children(undefined)) {
    add(top.id, text(feed, top.name)?.value ?? top.id);
    for (const sub of children(top.id)) add(sub.id, `\u2003${text(feed, sub.name)?.value ?? sub.id}`);
  }
}

async function main(): Promise<void> {
  let feed: Feed;
  try {
    feed = await loadFeed(FEED_URL);
  } catch (error) {
    status.textContent = isFeedError(error) ? error.localizedMessage(LOCALE) : 'Le répertoire est indisponible.';
    return;
  }
  const finder = createFinder(feed);
  fillRegions(feed);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(finder), 150);
  });
  regionSelect.addEventListener('change', () => void render(finder));
  openOnly.addEventListener('change', () => void render(finder));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void render(finder);
  });
  await render(finder);
}

void main();
