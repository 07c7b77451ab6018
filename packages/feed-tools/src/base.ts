/**
 * What every import shares: the feed envelope, and the categories and regions
 * that rows refer to. A `--base` feed supplies the publisher's own category
 * tree and regions (with their French and English names) so that an import
 * reuses them instead of inventing names from ids.
 */
import { readTextFile } from './validate.js';
import {
  isFeedError,
  parseFeedText,
  validateFeed,
  type CategoryInput,
  type FeedDocument,
  type RegionInput,
  type ResourceInput,
} from '@repere/sdk';
import { ToolError, type Notes } from './notes.js';
import { ID_PATTERN } from '@repere/sdk';

/** Options common to every import. */
export interface ImportOptions {
  /** The language of untranslated text and of created category names. CSV default `fr`, HSDS default `en`. */
  defaultLocale?: string;
  /** The feed's IANA time zone. Default `America/Toronto`. */
  timezone?: string;
  /** The feed's title. Default: the base feed's, else the input file name. */
  title?: string;
  /** A feed whose header, categories and regions are reused. */
  base?: FeedDocument;
  /** The time stamp written as the feed's `updated`. Default: now. */
  now?: Date;
}

/** Whether a string can be a feed id. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/**
 * Lower case, no accents: how the tools compare names, and what `slug` makes
 * ids from. Not the SDK's `fold` (which also opens ligatures, œ → oe, as
 * search needs): ids made by earlier imports must come out the same.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** An id made from a name: "Aide alimentaire" becomes "aide-alimentaire". */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

/**
 * A name a person can read for a value that is only an id or a file name:
 * "sante-mentale" becomes "Sante mentale", "resources-template"
 * "Resources template". Other text is kept as written.
 */
export function readableName(text: string): string {
  const value = text.trim();
  if (!/^[\p{L}0-9]+([-_][\p{L}0-9]+)*$/u.test(value) || !/[-_]|^[\p{Ll}]/u.test(value)) return value;
  const words = value.replace(/[-_]+/g, ' ');
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/**
 * Reads a `--base` feed. It must be a usable Repère feed: the same validator
 * as everywhere decides, and its categories and regions are taken as the
 * validator normalized them.
 */
export function readBaseFeed(path: string): FeedDocument {
  const text = readTextFile(path);
  try {
    const doc = parseFeedText(text) as FeedDocument;
    const feed = validateFeed(doc, { warnings: false });
    return {
      ...doc,
      categories: feed.categories.map((c) => ({ id: c.id, name: { ...c.name }, ...(c.parent ? { parent: c.parent } : {}), ...(Object.keys(c.keywords).length ? { keywords: c.keywords as Record<string, string[]> } : {}), ...(c.codes ? { codes: [...c.codes] } : {}), ...(c.distress ? { distress: [...c.distress] } : {}) })),
      regions: feed.regions.map((r) => ({ id: r.id, name: { ...r.name }, ...(r.parent ? { parent: r.parent } : {}), ...(r.centroid ? { centroid: r.centroid } : {}) })),
      resources: [],
    };
  } catch (error) {
    if (isFeedError(error)) throw new ToolError('base-unusable', { path, detail: error.message }, { cause: error });
    throw error;
  }
}

/**
 * The categories (or regions) of the feed being built: those of the base
 * feed, plus one per new value met in the input, named after the value.
 */
export class Vocabulary<T extends CategoryInput | RegionInput> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, string>();
  readonly created: string[] = [];

  constructor(
    base: readonly T[] | undefined,
    private readonly locale: string,
  ) {
    for (const item of base ?? []) this.add(item);
  }

  private add(item: T): void {
    this.byId.set(item.id, item);
    const names = typeof item.name === 'string' ? [item.name] : Object.values(item.name);
    for (const name of names) if (!this.byName.has(fold(name))) this.byName.set(fold(name), item.id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * The id for a value written in the input: an existing id, the id of an
   * existing entry with that name in any language, or a new entry.
   * `undefined` when no id can be made of it.
   */
  resolve(value: string, preferredId?: string): { id: string; created: boolean } | undefined {
    const text = value.trim();
    if (!text) return undefined;
    if (this.byId.has(text)) return { id: text, created: false };
    if (preferredId !== undefined && this.byId.has(preferredId)) return { id: preferredId, created: false };
    const named = this.byName.get(fold(text));
    if (named) return { id: named, created: false };
    const id = preferredId !== undefined && isId(preferredId) ? preferredId : isId(text) ? text : slug(text);
    if (!id) return undefined;
    if (this.byId.has(id)) return { id, created: false };
    // Created from a value such as "sante-mentale": the finder shows the name, so make it readable.
    this.add({ id, name: { [this.locale]: readableName(text) } } as T);
    this.created.push(id);
    return { id, created: true };
  }

  /** The id of an existing entry named by `value` (its id, or its name in any language), without creating one. */
  find(value: string): string | undefined {
    const text = value.trim();
    return this.byId.has(text) ? text : this.byName.get(fold(text));
  }

  /** Adds an entry made by the importer (an HSDS taxonomy term), unless its id is taken. */
  define(item: T): void {
    if (!this.byId.has(item.id)) this.add(item);
  }

  list(): T[] {
    return [...this.byId.values()];
  }
}

/** The feed document: envelope from options and base, then the lists. */
export function assembleFeed(
  options: ImportOptions,
  fallbackTitle: string,
  defaultLocale: string,
  categories: CategoryInput[],
  regions: RegionInput[],
  resources: ResourceInput[],
): FeedDocument {
  const base = options.base;
  const title = options.title ?? base?.title ?? fallbackTitle;
  const { format: _f, version: _v, title: _t, defaultLocale: _d, timezone: _z, updated: _u, categories: _c, regions: _r, resources: _s, ...extra } = base ?? ({} as Partial<FeedDocument>);
  return {
    format: 'repere-feed',
    version: 1,
    title: typeof title === 'string' ? { [defaultLocale]: title } : title,
    defaultLocale,
    timezone: options.timezone ?? base?.timezone ?? 'America/Toronto',
    updated: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...extra,
    categories,
    regions,
    resources,
  } as FeedDocument;
}

/** Records a note for each category or region created from a value in the input. */
export function noteCreated(notes: Notes, kind: 'category' | 'region', id: string, name: string, at: { line?: number; file?: string } = {}): void {
  notes.warning(kind === 'category' ? 'category-created' : 'region-created', { id, name }, at);
}
