/**
 * Gazetteer lookups fold the same few hundred city names for every hop, stay and check of a
 * plan; six regular expressions each time were a per cent of a plan's CPU. Bounded, so endless
 * distinct names cost a refill, never memory; the key depends on the text alone.
 */
const MAX_CACHED_KEYS = 20_000;
const keys = new Map<string, string>();

/**
 * The key place names are compared by: accents folded, case folded, punctuation dropped, "&" read
 * as "and", and "Saint"/"St." unified, so "Saint Louis", "st. louis" and "ST LOUIS" meet.
 * Shared by every provider's gazetteer lookup.
 */
export function placeKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = foldPlace(text);
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    keys.set(text, key);
  }
  return key;
}

function foldPlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bsaint\b/g, 'st');
}
