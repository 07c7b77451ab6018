/**
 * "Directions" links: a host's map service as a URL template, Google Maps by
 * default. Every value put in is URL-encoded, and the filled address must
 * pass the SDK's web-URL check before it reaches an `href`.
 */
import { safeWebUrl, type Location } from '@repere/sdk';
import { remembered } from './remembered.js';
import { addressText } from './localized-text.js';

/** Google Maps directions to the place: coordinates when known, else the address. */
export const DEFAULT_DIRECTIONS = 'https://www.google.com/maps/dir/?api=1&destination={destination}';

const PLACEHOLDER = /\{(lat|lon|address|destination)\}/g;

/**
 * The directions link to a location, or undefined: for a confidential place,
 * when the template asks for a value the location lacks (`{lat}` without
 * coordinates), or when the result is not a safe http(s) address.
 *
 * Placeholders: `{lat}`, `{lon}`, `{address}`, and `{destination}` (`lat,lon`
 * when known, else the address).
 */
export function directionsHref(location: Location, template = DEFAULT_DIRECTIONS): string | undefined {
  if (location.confidential) return undefined;
  const coords = typeof location.lat === 'number' && typeof location.lon === 'number';
  const address = addressText(location);
  const values: Record<string, string> = {
    lat: coords ? String(location.lat) : '',
    lon: coords ? String(location.lon) : '',
    address,
    destination: coords ? `${location.lat},${location.lon}` : address,
  };
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    missing ||= !values[name];
    return encodeURIComponent(values[name]!);
  });
  if (missing || filled === template) return undefined;
  return links(filled, () => safeWebUrl(filled));
}

const links = remembered<string | undefined>();
