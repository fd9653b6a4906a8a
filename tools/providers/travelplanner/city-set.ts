import { readFileSync } from 'node:fs';
import type { CityInfo } from '../../domain/inventory.schema.js';

/** The benchmark's 312 cities are all listed under US-style states (even its few foreign ones). */
const COUNTRY = 'United States';
const CITY_SET_URL = new URL('./data/citySet_with_states.txt', import.meta.url);

let cached: readonly CityInfo[] | undefined;

/** Parses `city TAB state` lines; blank lines are skipped, anything else malformed is a bug in the file. */
export function parseCitySet(text: string): CityInfo[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const [name, region, ...rest] = line.split('\t').map((part) => part.trim());
      if (!name || !region || rest.length > 0) {
        throw new Error(`citySet_with_states.txt line ${number}: expected "city<TAB>state", got "${line}"`);
      }
      return Object.freeze({ name, region, country: COUNTRY, location: null, timeZone: null, airports: [] });
    });
}

/** The shipped gazetteer, read once: every city a TravelPlanner query may name. */
export function travelPlannerCitySet(): readonly CityInfo[] {
  cached ??= Object.freeze(parseCitySet(readFileSync(CITY_SET_URL, 'utf8')));
  return cached;
}
