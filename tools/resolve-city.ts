import { ToolArgumentError } from './define-tool.js';
import type { CityInfo } from './domain/inventory.schema.js';
import type { WorldProvider } from './providers/world-provider.js';

/** The canonical city for a name, or an error naming close matches the model can retry with. */
export function resolveCityOrThrow(world: WorldProvider, name: string): CityInfo {
  const city = world.resolveCity(name);
  if (city) return city;
  const needle = name.trim().toLowerCase().slice(0, 3);
  const close = world
    .listCities()
    .filter((c) => c.name.toLowerCase().startsWith(needle))
    .slice(0, 5)
    .map((c) => c.name);
  const hint = close.length > 0 ? ` Did you mean ${close.join(', ')}?` : '';
  throw new ToolArgumentError(`Unknown city "${name}".${hint}`);
}
