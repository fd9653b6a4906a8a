/**
 * Entities are matched by name, case- and space-insensitively: providers and models spell the
 * same city or restaurant with different capitalisation, and a name counts once per trip.
 */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Code-unit order: unlike localeCompare it does not depend on the host's ICU locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
