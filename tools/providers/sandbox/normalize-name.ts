/**
 * The key names are compared by: accents folded, case folded, punctuation dropped, and
 * "Saint"/"St." unified, so "Saint Louis", "st. louis" and "ST LOUIS" meet.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bsaint\b/g, 'st');
}
