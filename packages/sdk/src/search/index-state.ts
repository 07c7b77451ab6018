/**
 * The one owner of what searching works out about an index after it is
 * built, on first need: the query's place names, the synonyms table, the
 * distress answers, each language's names and name order, the open states
 * of the minute, the scratch arrays of a search, the trigrams of the first
 * typo. Each is a typed slot, made once per feed: the index while its words
 * are indexed and the finished one share one state.
 */

/** A kind of value an {@link IndexState} holds, with its type. */
export interface Slot<T> {
  readonly name: string;
  /** Never set: carries `T`. */
  readonly type?: T;
}

/** A slot of type `T`; `name` is for debugging only (slots are told apart by identity). */
export const slot = <T>(name: string): Slot<T> => Object.freeze({ name });

/** Per-feed values of an index, made on first need and kept with it. */
export class IndexState {
  private readonly values = new Map<Slot<unknown>, unknown>();

  /** The value of `slot`, made by `make` the first time. */
  get<T>(slot: Slot<T>, make: () => T): T {
    let value = this.values.get(slot) as T | undefined;
    if (value === undefined) {
      value = make();
      this.values.set(slot, value);
    }
    return value;
  }
}
