/**
 * Quality warnings: what a good record has and this one lacks (a translation
 * the feed promises, hours, a region, a way to reach it). The record is kept;
 * only `warnings: true` reports them.
 */
import type { Resource } from '../model.js';
import type { Problems, RecordAt } from './problems.js';

/** Reports what `r` lacks; `feedLocales` are the languages the feed promises. */
export function qualityWarnings(r: Resource, path: string, at: RecordAt, feedLocales: readonly string[], problems: Problems): void {
  const where = { id: r.id, index: at.index };
  if (feedLocales.length > 1) {
    for (const field of ['name', 'description'] as const) {
      const text = r[field];
      if (!text) continue;
      for (const locale of feedLocales) {
        if (!(locale in text)) problems.add('warning', 'missing-translation', `${path}.${field}`, 'kept', { field, locale }, where);
      }
    }
  }
  if (r.hours.length === 0 && !r.hoursNote) problems.add('warning', 'no-hours', `${path}.hours`, 'kept', {}, where);
  r.hours.forEach((h, i) => {
    if (h.validFrom && h.validTo && h.validFrom > h.validTo) {
      problems.add('warning', 'reversed-season', `${path}.hours[${i}]`, 'kept', { from: h.validFrom, to: h.validTo }, where);
    }
  });
  if (r.regions.length === 0) problems.add('warning', 'no-region', `${path}.regions`, 'kept', {}, where);
  if (r.phones.length === 0 && !r.email && !r.website && r.locations.length === 0) {
    problems.add('warning', 'no-contact', path, 'kept', {}, where);
  }
}
