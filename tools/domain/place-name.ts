/**
 * The key place names are compared by: accents folded, case folded, punctuation dropped, "&" read
 * as "and", and "Saint"/"St." unified, so "Saint Louis", "st. louis" and "ST LOUIS" meet.
 * Shared by every provider's gazetteer lookup.
 */
export function placeKey(text: string): string {
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
