/**
 * Builds an index in steps, so that a page never freezes while 20,000
 * records are indexed: everything but the words at once (`index-base.ts`),
 * then the words a slice at a time (`index-words.ts`), then the postings
 * laid out. The same steps in one go are {@link buildIndex}.
 */
import type { Feed } from '../feed/model.js';
import { baseIndex } from './index-base.js';
import { WordIndexer } from './index-words.js';
import type { SearchIndex } from './search-index.js';

/**
 * An index being built: `base` at once, `step` indexes the next documents
 * for a time budget, `finish` gives the finished index. Chunking changes
 * nothing in the result.
 */
export class IndexBuilder {
  readonly feed: Feed;
  /** Everything but the words: enough to list, filter and count facets while the words are indexed. */
  readonly base: SearchIndex;
  private indexer?: WordIndexer;
  private result?: SearchIndex;

  constructor(feed: Feed) {
    this.feed = feed;
    this.base = baseIndex(feed);
  }

  /** Made on first need: the first list, from `base`, comes before any word is read. */
  private get words(): WordIndexer {
    return (this.indexer ??= new WordIndexer(this.feed, this.base.categoriesById));
  }

  /** Whether every document's words are indexed. */
  get done(): boolean {
    return this.words.done;
  }

  /** How many documents are indexed. */
  get progress(): number {
    return this.words.progress;
  }

  /**
   * Indexes the next documents, until all are or `budgetMs` has passed
   * (checked every 32 documents). Returns whether all are done.
   */
  step(budgetMs = Infinity): boolean {
    return this.words.step(budgetMs);
  }

  /** The finished index (indexing whatever is left first); it shares the base's state. */
  finish(): SearchIndex {
    if (this.result) return this.result;
    this.words.step();
    this.result = { ...this.base, ...this.words.postings() };
    return this.result;
  }
}

/** Builds the index of a loaded feed, in one go. Pure: the feed is not changed. */
export function buildIndex(feed: Feed): SearchIndex {
  return new IndexBuilder(feed).finish();
}
