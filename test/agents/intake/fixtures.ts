import { readFileSync } from 'node:fs';
import {
  type Gazetteer,
  type ParsedRequest,
  parseTripRequest,
} from '../../../agents/intake/parse-request.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';

/** The TravelPlanner sandbox's 311 cities, from the shipped copy (region = state). */
export function travelPlannerGazetteer(): Gazetteer {
  const file = new URL(
    '../../../tools/providers/travelplanner/data/citySet_with_states.txt',
    import.meta.url,
  );
  const cities = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim().split('\t'))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] !== '' && parts[1] !== '')
    .map(([name, region]) => ({ name, region, country: 'United States' }));
  return { cities, regions: [...new Set(cities.map((c) => c.region))] };
}

/** The sandbox world's cities as the reader sees them: with the aliases people use. */
export function sandboxGazetteer(): Gazetteer {
  const world = getGazetteer();
  return {
    cities: world.cities.map((c) => ({ ...c.info, aliases: c.curated.aliases ?? [] })),
    regions: world.regions,
  };
}

const sandbox = sandboxGazetteer();

/** A request read in the sandbox world on `today` (a Monday, 2026-12-07, unless given). */
export function readInSandbox(text: string, today = '2026-12-07'): ParsedRequest {
  return parseTripRequest(text, sandbox, { today });
}

/** A small world: international cities, multi-word and accented names, a city named like its region. */
export const worldGazetteer: Gazetteer = {
  cities: [
    { name: 'Paris', region: 'Ile-de-France', country: 'France' },
    { name: 'Lyon', region: 'Auvergne-Rhone-Alpes', country: 'France' },
    { name: 'Nice', region: "Provence-Alpes-Cote d'Azur", country: 'France' },
    { name: 'Kyoto', region: 'Kansai', country: 'Japan' },
    { name: 'Osaka', region: 'Kansai', country: 'Japan' },
    { name: 'Tokyo', region: 'Kanto', country: 'Japan' },
    { name: 'Rome', region: 'Lazio', country: 'Italy' },
    { name: 'Florence', region: 'Tuscany', country: 'Italy' },
    { name: 'Zürich', region: 'Zurich', country: 'Switzerland' },
    { name: 'São Paulo', region: 'Sao Paulo', country: 'Brazil' },
    { name: 'Rio de Janeiro', region: 'Rio de Janeiro', country: 'Brazil' },
    { name: 'New York', region: 'New York', country: 'United States' },
    { name: 'San Luis Obispo', region: 'California', country: 'United States' },
    { name: 'San Francisco', region: 'California', country: 'United States' },
    { name: 'Los Angeles', region: 'California', country: 'United States' },
    { name: 'Salt Lake City', region: 'Utah', country: 'United States' },
    { name: 'St. Petersburg', region: 'Florida', country: 'United States' },
    { name: 'Seattle', region: 'Washington', country: 'United States' },
    { name: 'Portland', region: 'Oregon', country: 'United States' },
    { name: 'Eugene', region: 'Oregon', country: 'United States' },
    { name: 'Denver', region: 'Colorado', country: 'United States' },
    { name: 'Winston-Salem', region: 'North Carolina', country: 'United States' },
    { name: 'Edinburgh', region: 'Scotland', country: 'United Kingdom' },
    { name: 'London', region: 'England', country: 'United Kingdom' },
  ],
  regions: [
    'France',
    'Japan',
    'Italy',
    'Tuscany',
    'Kansai',
    'California',
    'Oregon',
    'Colorado',
    'Utah',
    'Florida',
    'New York',
    'Washington',
    'North Carolina',
    'Scotland',
    'England',
    'Rio de Janeiro',
  ],
};

/** The day the tests pretend it is: yearless dates resolve to their next occurrence from here. */
export const TODAY = '2026-11-24';

const travelPlanner = travelPlannerGazetteer();

/** Parses with the TravelPlanner gazetteer (or the one given) as of `TODAY`. */
export function parse(text: string, gazetteer: Gazetteer = travelPlanner): ParsedRequest {
  return parseTripRequest(text, gazetteer, { today: TODAY });
}
