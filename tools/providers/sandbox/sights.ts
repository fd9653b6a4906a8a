import type { Sight } from '../../domain/inventory.schema.js';
import type { SandboxCity } from './gazetteer.js';

/** The city's curated sights as domain entities (no randomness: sights are real). */
export function curatedSights(city: SandboxCity): Sight[] {
  return city.curated.sights.map(([name, category, lat, lon, address]) =>
    Object.freeze({
      name,
      city: city.info.name,
      category,
      location: Object.freeze({ lat, lon }),
      address,
    }),
  );
}
