/**
 * How names are compared across the plan and the world: case-, accent- and spacing-insensitive,
 * because models and providers disagree on capitalisation far more often than on identity.
 */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Identity of a named entity in a city (restaurant, sight, stay). */
export function entityKey(name: string, city: string): string {
  return `${nameKey(name)}@${nameKey(city)}`;
}
