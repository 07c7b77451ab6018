/**
 * The most entries a record's lists keep. One record with 100,000 phone
 * numbers (a 2.9 MB feed) made a 3-second long task on the host page and
 * 300,000 elements in the finder; no real service needs more than these. The
 * first entries are kept, the rest dropped, and a `too-many-items` problem
 * says so (the validator reports it on the record).
 */
export const RECORD_LIST_CAPS: Readonly<Record<string, number>> = Object.freeze({
  categories: 50,
  regions: 1000,
  audiences: 20,
  languages: 100,
  delivery: 20,
  phones: 20,
  locations: 100,
  hours: 50,
  closedDates: 400,
  /** Per language. */
  keywords: 100,
});

/** A list that was cut: its field (`keywords.fr` for a language's keywords), its length, its cap. */
export interface ListCut {
  readonly field: string;
  readonly count: number;
  readonly max: number;
}

const isPlain = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A record with each list cut to its cap: the record itself when nothing is cut, else a shallow copy. */
export function capRecordLists(record: unknown, cuts: ListCut[]): unknown {
  if (!isPlain(record)) return record;
  let out: Record<string, unknown> | undefined;
  for (const field in RECORD_LIST_CAPS) {
    if (!Object.prototype.hasOwnProperty.call(record, field)) continue;
    const max = RECORD_LIST_CAPS[field]!;
    const value = record[field];
    if (Array.isArray(value) && value.length > max) {
      cuts.push({ field, count: value.length, max });
      (out ??= { ...record })[field] = value.slice(0, max);
    } else if (field === 'keywords' && isPlain(value)) {
      let lists: Record<string, unknown> | undefined;
      for (const lang of Object.keys(value)) {
        const words = value[lang];
        if (!Array.isArray(words) || words.length <= max) continue;
        cuts.push({ field: `${field}.${lang}`, count: words.length, max });
        (lists ??= { ...value })[lang] = words.slice(0, max);
      }
      if (lists) (out ??= { ...record })[field] = lists;
    }
  }
  return out ?? record;
}

/** The records with their lists capped (the same array when nothing is cut), and the cuts by record index. */
export function capRecordsLists(records: unknown[]): { records: unknown[]; cuts: Map<number, ListCut[]> } {
  const cuts = new Map<number, ListCut[]>();
  let out: unknown[] | undefined;
  for (let i = 0; i < records.length; i++) {
    const found: ListCut[] = [];
    const capped = capRecordLists(records[i], found);
    if (capped === records[i]) continue;
    cuts.set(i, found);
    (out ??= records.slice())[i] = capped;
  }
  return { records: out ?? records, cuts };
}
