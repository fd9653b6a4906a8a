import type { PlaceMention } from './place-mentions.js';

/** The destination as read, a region's count perhaps still open. */
type ReadDestination =
  | { readonly kind: 'city'; readonly city: string }
  | { readonly kind: 'cities'; readonly stops: ReadonlyArray<{ readonly city: string }> }
  | { readonly kind: 'region'; readonly region: string };

/** Cities named in the text that the reading gave no part: neither a stop nor the region's. */
export function unplacedCities(
  mentions: readonly PlaceMention[],
  destination: ReadDestination | null,
): string[] {
  if (destination === null) return [];
  const stops =
    destination.kind === 'city'
      ? [destination.city]
      : destination.kind === 'cities'
        ? destination.stops.map((s) => s.city)
        : [];
  const inRegion = (m: PlaceMention) =>
    destination.kind === 'region' &&
    (m.city?.region === destination.region || m.city?.country === destination.region);
  const names = mentions
    .filter((m) => m.city !== undefined && !stops.includes(m.city.name) && !inRegion(m))
    .map((m) => m.city!.name);
  return [...new Set(names)];
}

/**
 * Of the cities given no part, those named right before another place with only a comma between
 * ("Chicago, Paris for a week"): the way people write "from Chicago to Paris" in a hurry, so the
 * question may offer them as the start. One named in passing ("we loved Lisbon") is not.
 */
export function leadingCities(
  lower: string,
  mentions: readonly PlaceMention[],
  unplaced: readonly string[],
): string[] {
  const leading = mentions.filter((m, i) => {
    const next = mentions[i + 1];
    return (
      m.city !== undefined &&
      unplaced.includes(m.city.name) &&
      next !== undefined &&
      /^\s*[,;/]?\s*$/.test(lower.slice(m.end, next.start))
    );
  });
  return [...new Set(leading.map((m) => m.city!.name))];
}
