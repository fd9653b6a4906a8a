import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../../tools/domain/geo.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld();
const DATE = '2027-05-12';
/** The gazetteer lists the first 78 cities first; these came after them. */
const ADDED = getGazetteer().cities.slice(78);

describe('sandbox: the second set of cities', () => {
  it('serves each city from airports of its own country within 50 km', () => {
    expect(ADDED.length).toBeGreaterThanOrEqual(60);
    for (const city of ADDED) {
      expect(city.airports.length, city.info.name).toBe(city.curated.airports.length);
      for (const airport of city.airports) {
        const km = greatCircleKm(airport, { lat: city.curated.lat, lon: city.curated.lon });
        expect(km, `${city.info.name} ${airport.iata}`).toBeLessThan(50);
        expect(airport.countryCode, `${city.info.name} ${airport.iata}`).toBe(city.curated.countryCode);
      }
    }
  });

  it('resolves local spellings, nicknames and islands to their cities', () => {
    const expected: Record<string, string> = {
      Wien: 'Vienna',
      Kraków: 'Krakow',
      København: 'Copenhagen',
      Sevilla: 'Seville',
      Oporto: 'Porto',
      Bali: 'Denpasar',
      Saigon: 'Ho Chi Minh City',
      Joburg: 'Johannesburg',
      Cabo: 'Cabo San Lucas',
      'Columbus, OH': 'Columbus',
      'San Juan, PR': 'San Juan',
      Bogota: 'Bogotá',
      DUB: 'Dublin',
    };
    for (const [alias, name] of Object.entries(expected))
      expect(world.resolveCity(alias)?.name, alias).toBe(name);
  });

  it('names countries as people do, and keeps "turkey" for the country only as a region', () => {
    expect(world.citiesInRegion('Turkey').map((c) => c.name)).toEqual(['Istanbul']);
    expect(world.citiesInRegion('UAE').map((c) => c.name)).toEqual(['Dubai']);
    expect(world.citiesInRegion('Ohio').map((c) => c.name)).toEqual(['Cleveland', 'Columbus', 'Cincinnati']);
    expect(world.resolveCity('Turkey')).toBeUndefined();
  });

  it('drives only where a road joins two cities', async () => {
    const drive = (from: string, to: string) => world.groundRoute({ from, to, mode: 'self-driving' });
    expect(await drive('Miami', 'Key West')).toBeDefined();
    expect(await drive('Charleston', 'Savannah')).toBeDefined();
    expect(await drive('Dublin', 'London')).toBeUndefined();
    expect(await drive('Taipei', 'Hong Kong')).toBeUndefined();
    expect(await drive('Auckland', 'Queenstown')).toBeUndefined();
    expect(await drive('Delhi', 'Dubai')).toBeUndefined();
  });

  it('runs trains where real lines serve the added cities', async () => {
    const trains = (from: string, to: string) => world.searchTrains({ from, to, date: DATE });
    const vienna = await trains('Vienna', 'Budapest');
    expect(vienna.length).toBeGreaterThan(0);
    expect(vienna[0]?.operator).toBe('ÖBB Railjet');
    expect((await trains('London', 'Brussels'))[0]?.operator).toBe('Eurostar');
    expect((await trains('Baltimore', 'New York'))[0]?.operator).toBe('Amtrak Acela');
    expect(await trains('Dublin', 'London')).toEqual([]);
    expect(await trains('Istanbul', 'Athens')).toEqual([]);
  });
});
