import { placeKey } from '../../domain/place-name.js';

/**
 * How the dataset's city names are compared: accents and case folded, dots and apostrophes
 * dropped, "Saint" folded to "St", and a trailing "(State)" qualifier ignored, so the plan's
 * "Pittsburgh(Pennsylvania)", the key's "St. Petersburg" and a request's "saint petersburg" meet.
 */
export function cityKey(name: string): string {
  return placeKey(stripStateQualifier(name));
}

/** "Pittsburgh(Pennsylvania)" → "Pittsburgh": annotated plans qualify cities with their state. */
export function stripStateQualifier(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim();
}
