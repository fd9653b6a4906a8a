import { boundedMemo } from '../domain/bounded-memo.js';

/**
 * The solver and validator ask for the same few thousand names again and again (each candidate
 * day, each check); normalising them each time was a few per cent of a worker's CPU. Bounded, so
 * a provider with endless names costs a cache refill, never memory.
 */
const MAX_CACHED_KEYS = 20_000;

/**
 * How names are compared everywhere a plan is built or checked: case-, accent- and
 * spacing-insensitive, because models and providers disagree on capitalisation far more often
 * than on identity. The solver and the validator must agree, so both use this one.
 */
export const nameKey: (name: string) => string = boundedMemo(MAX_CACHED_KEYS, (name) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase(),
);

export function sameName(a: string, b: string): boolean {
  // Names mostly arrive spelled alike (one world, one gazetteer): no keys to look up then.
  return a === b || nameKey(a) === nameKey(b);
}

/** Identity of a named entity in a city (restaurant, sight, stay). */
export function entityKey(name: string, city: string): string {
  return `${nameKey(name)}@${nameKey(city)}`;
}

/** Code-unit order: unlike localeCompare it does not depend on the host's ICU locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `text` closed with a full stop, unless it already ends with one ("… at Scottish Co."). */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
