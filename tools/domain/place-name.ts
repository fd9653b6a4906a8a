import { boundedMemo } from './bounded-memo.js';

/**
 * Gazetteer lookups fold the same few hundred city names for every hop, stay and check of a
 * plan; six regular expressions each time were a per cent of a plan's CPU. Bounded, so endless
 * distinct names cost a refill, never memory; the key depends on the text alone.
 */
const MAX_CACHED_KEYS = 20_000;

/**
 * The key place names are compared by: accents folded, case folded, punctuation dropped, "&" read
 * as "and", and "Saint"/"St." unified, so "Saint Louis", "st. louis" and "ST LOUIS" meet.
 * Shared by every provider's gazetteer lookup.
 */
export const placeKey: (text: string) => string = boundedMemo(MAX_CACHED_KEYS, foldPlace);

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
