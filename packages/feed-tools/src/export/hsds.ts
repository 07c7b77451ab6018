/**
 * `repere export hsds`: a Repère feed back to Open Referral HSDS 3.0, as the
 * nested JSON an HSDS API serves (`/services` with full records, and
 * `/taxonomy_terms`), so that a feed can flow into the field's tools.
 *
 * HSDS ids are UUIDs: each is derived from the Repère id (UUID version 5),
 * so that exporting the same feed twice gives the same ids. HSDS is
 * single-language: the text is taken in one language, the feed's default
 * unless asked otherwise, else any language the record has.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { localize, type Feed, type Resource } from '@repere/sdk';
import { ToolError } from '../notes.js';
import { writeFileAtomic } from '../write-atomic.js';

type Json = Record<string, unknown>;

/** The namespace of the ids this exporter derives (a fixed, random UUID). */
const NAMESPACE = 'b7a1f6c2-52d1-4f0e-9d43-6a3c2f8e1d57';

/** A name-based UUID (RFC 9562 version 5) in {@link NAMESPACE}. */
export function hsdsId(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const PHONE_TYPES: Record<string, string> = { voice: 'voice', crisis: 'voice', text: 'text', tty: 'textphone', fax: 'fax' };

/** A time as HSDS writes it: the feed's `24:00` (end of day) is HSDS midnight. */
function hsdsTime(time: string): string {
  return time === '24:00' ? '00:00' : time;
}

/** Drops the keys whose value is undefined, so that the output carries no empty fields. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** What the export wrote. */
export interface HsdsExport {
  readonly services: Json[];
  readonly taxonomyTerms: Json[];
}

/**
 * A validated feed as HSDS 3.0 services (full records, each with its
 * organization, locations, phones, schedules and taxonomy terms) and the
 * taxonomy terms of its categories. `locale` picks the language of the text.
 */
export function feedToHsds(feed: Feed, locale = feed.meta.defaultLocale): HsdsExport {
  const fallbacks = [feed.meta.defaultLocale, ...feed.meta.locales];
  const text = (value: Resource['name'] | undefined) => localize(value, locale, fallbacks)?.value;
  const terms = new Map(
    feed.categories.map((category) => [
      category.id,
      compact({
        id: hsdsId(`category:${category.id}`),
        code: category.id,
        name: text(category.name) ?? category.id,
        description: text(category.name) ?? category.id,
        parent_id: category.parent !== undefined ? hsdsId(`category:${category.parent}`) : undefined,
        taxonomy: feed.meta.title ? text(feed.meta.title) : undefined,
      }),
    ]),
  );
  const regions = new Map(feed.regions.map((region) => [region.id, text(region.name) ?? region.id]));

  const services = feed.resources.map((r) => {
    const id = hsdsId(`resource:${r.id}`);
    const organizationName = text(r.organization);
    const organization = organizationName
      ? { id: hsdsId(`organization:${organizationName}`), name: organizationName, description: organizationName }
      : undefined;
    const hoursNote = text(r.hoursNote);
    const schedules = [
      ...r.hours.map((h, i) =>
        compact({
          id: hsdsId(`resource:${r.id}:hours:${i}`),
          service_id: id,
          freq: 'WEEKLY',
          byday: h.days.map((d) => d.toUpperCase()).join(','),
          opens_at: hsdsTime(h.opens),
          closes_at: hsdsTime(h.closes),
        }),
      ),
      // A note on hours has no rule to go with it: HSDS keeps it as a schedule's description.
      ...(hoursNote ? [{ id: hsdsId(`resource:${r.id}:hours-note`), service_id: id, description: hoursNote }] : []),
    ];
    const updated = r.updated && /^\d{4}-\d{2}-\d{2}$/.test(r.updated) ? `${r.updated}T00:00:00Z` : r.updated;
    return compact({
      id,
      name: text(r.name) ?? r.id,
      description: text(r.description),
      url: r.website,
      email: r.email,
      status: 'active',
      fees_description: text(r.fees),
      eligibility_description: text(r.eligibility),
      last_modified: updated && /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(updated) ? updated : undefined,
      organization_id: organization?.id,
      organization,
      phones: r.phones.map((p, i) =>
        compact({ id: hsdsId(`resource:${r.id}:phone:${i}`), service_id: id, number: p.number, type: PHONE_TYPES[p.kind] ?? 'voice', description: text(p.label) }),
      ),
      schedules,
      service_areas: r.regions.map((region) => ({ id: hsdsId(`region:${region}`), service_id: id, name: regions.get(region) ?? region })),
      languages: r.languages.map((code) => ({ id: hsdsId(`language:${code}`), service_id: id, code })),
      // Free is the one cost HSDS can state as data: an option of amount 0.
      cost_options: r.cost === 'free' ? [{ id: hsdsId(`resource:${r.id}:cost`), service_id: id, amount: 0 }] : [],
      service_at_locations: r.locations.map((l, i) => {
        const locationId = hsdsId(`resource:${r.id}:location:${i}`);
        const a = l.address;
        const accessibility = text(l.accessibility);
        return {
          id: hsdsId(`resource:${r.id}:service-at-location:${i}`),
          service_id: id,
          location_id: locationId,
          location: compact({
            id: locationId,
            location_type: 'physical',
            name: text(l.name),
            // A confidential place (a shelter) is never given away by its coordinates.
            latitude: l.confidential ? undefined : l.lat,
            longitude: l.confidential ? undefined : l.lon,
            addresses:
              a && !l.confidential
                ? [{ id: hsdsId(`resource:${r.id}:address:${i}`), location_id: locationId, address_1: a.street ?? '', city: a.city ?? '', state_province: a.province ?? '', postal_code: a.postalCode ?? '', country: a.country ?? '', address_type: 'physical' }]
                : [],
            accessibility: accessibility ? [{ id: hsdsId(`resource:${r.id}:accessibility:${i}`), location_id: locationId, description: accessibility }] : [],
          }),
        };
      }),
      attributes: r.categories
        .filter((c) => terms.has(c))
        .map((c) => {
          const term = terms.get(c)!;
          return { id: hsdsId(`resource:${r.id}:category:${c}`), link_id: id, link_type: 'service', link_entity: 'service', taxonomy_term_id: term.id, taxonomy_term: term };
        }),
    });
  });
  return { services, taxonomyTerms: [...terms.values()] };
}

/** A list as one page of the HSDS API, the shape HSDS tools read. */
function page(contents: Json[]): Json {
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
}

/**
 * Writes `services.json` and `taxonomy_terms.json` into `dir` (created when
 * missing), each atomically; `inputs` are never overwritten. Returns the
 * paths written.
 */
export function writeHsds(exported: HsdsExport, dir: string, inputs: readonly string[]): string[] {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ToolError('write-failed', { path: dir, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
  const written: string[] = [];
  for (const [name, contents] of [['taxonomy_terms.json', exported.taxonomyTerms], ['services.json', exported.services]] as const) {
    const path = join(dir, name);
    writeFileAtomic(path, `${JSON.stringify(page(contents), null, 2)}\n`, inputs);
    written.push(path);
  }
  return written;
}
