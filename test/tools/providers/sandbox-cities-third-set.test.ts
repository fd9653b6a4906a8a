import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../../tools/domain/geo.js';
import { getGazetteer } from '../../../tools/providers/sandbox/gazetteer.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld();
const DATE = '2027-05-12';

/** The third set: destinations people asked for that the world lacked. [name, region, zone, airports]. */
const ADDED: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['Maui', 'Hawaii', 'Pacific/Honolulu', ['OGG']],
  ['Palm Springs', 'California', 'America/Los_Angeles', ['PSP']],
  ['Jackson', 'Wyoming', 'America/Denver', ['JAC']],
  ['Bozeman', 'Montana', 'America/Denver', ['BZN']],
  ['Madison', 'Wisconsin', 'America/Chicago', ['MSN']],
  ['Charlotte', 'North Carolina', 'America/New_York', ['CLT']],
  ['Myrtle Beach', 'South Carolina', 'America/New_York', ['MYR']],
  ['Fort Lauderdale', 'Florida', 'America/New_York', ['FLL']],
  ['Santorini', 'Greece', 'Europe/Athens', ['JTR']],
  ['Mykonos', 'Greece', 'Europe/Athens', ['JMK']],
  ['Bologna', 'Italy', 'Europe/Rome', ['BLQ']],
  ['Granada', 'Spain', 'Europe/Madrid', ['GRX']],
  ['Málaga', 'Spain', 'Europe/Madrid', ['AGP']],
  ['Palma', 'Spain', 'Europe/Madrid', ['PMI']],
  ['Hamburg', 'Germany', 'Europe/Berlin', ['HAM']],
  ['Frankfurt', 'Germany', 'Europe/Berlin', ['FRA']],
  ['Lucerne', 'Switzerland', 'Europe/Zurich', ['ZRH']],
  ['Interlaken', 'Switzerland', 'Europe/Zurich', []],
  ['Bruges', 'Belgium', 'Europe/Brussels', []],
  ['Manchester', 'England', 'Europe/London', ['MAN']],
  ['Busan', 'South Korea', 'Asia/Seoul', ['PUS']],
  ['Hiroshima', 'Japan', 'Asia/Tokyo', ['HIJ']],
  ['Chiang Mai', 'Thailand', 'Asia/Bangkok', ['CNX']],
  ['Krabi', 'Thailand', 'Asia/Bangkok', ['KBV']],
  ['Da Nang', 'Vietnam', 'Asia/Ho_Chi_Minh', ['DAD']],
  ['Cairns', 'Queensland', 'Australia/Brisbane', ['CNS']],
  ['Gold Coast', 'Queensland', 'Australia/Brisbane', ['OOL']],
  ['Perth', 'Western Australia', 'Australia/Perth', ['PER']],
];

describe('sandbox: the third set of cities', () => {
  it('knows each city by name, in its region and zone, served by its real airports', () => {
    for (const [name, region, zone, airports] of ADDED) {
      const city = world.resolveCity(name);
      expect(city?.name, name).toBe(name);
      expect(city?.region, name).toBe(region);
      expect(city?.timeZone, name).toBe(zone);
      expect(city?.airports, name).toEqual(airports);
    }
    expect(getGazetteer().unknownAirports).toEqual([]);
  });

  it('has 8-12 real sights near each city, in the shared category vocabulary', () => {
    for (const [name] of ADDED) {
      const city = getGazetteer().resolve(name)!;
      expect(city.curated.sights.length, name).toBeGreaterThanOrEqual(8);
      expect(city.curated.sights.length, name).toBeLessThanOrEqual(13);
      for (const [sight, , lat, lon] of city.curated.sights) {
        // A day out at most: the farthest (Palm Springs' desert museum, Chiang Mai's elephants) ~50 km.
        expect(greatCircleKm({ lat, lon }, city.curated), `${name}: ${sight}`).toBeLessThan(58);
      }
    }
  });

  it('answers to the names people use', () => {
    const expected: Record<string, string> = {
      Kahului: 'Maui',
      'Jackson Hole': 'Jackson',
      'Jackson, WY': 'Jackson',
      'Madison, WI': 'Madison',
      'Ft. Lauderdale': 'Fort Lauderdale',
      Thira: 'Santorini',
      Malaga: 'Málaga',
      Mallorca: 'Palma',
      Majorca: 'Palma',
      'Palma de Mallorca': 'Palma',
      Luzern: 'Lucerne',
      Brugge: 'Bruges',
      'Frankfurt am Main': 'Frankfurt',
      Pusan: 'Busan',
      'Hoi An': 'Da Nang',
      Danang: 'Da Nang',
      'Ao Nang': 'Krabi',
      'Surfers Paradise': 'Gold Coast',
      OGG: 'Maui',
      JAC: 'Jackson',
      CNX: 'Chiang Mai',
    };
    for (const [alias, name] of Object.entries(expected))
      expect(world.resolveCity(alias)?.name, alias).toBe(name);
    // Lucerne shares Zurich's airport; the code still names the bigger city.
    expect(world.resolveCity('ZRH')?.name).toBe('Zurich');
  });

  it('puts the new cities in their regions', () => {
    expect(world.citiesInRegion('Hawaii').map((c) => c.name)).toEqual(['Honolulu', 'Maui']);
    expect(world.citiesInRegion('Wisconsin').map((c) => c.name)).toEqual(['Milwaukee', 'Madison']);
    expect(world.citiesInRegion('Queensland').map((c) => c.name)).toEqual([
      'Brisbane',
      'Cairns',
      'Gold Coast',
    ]);
    expect(world.citiesInRegion('Vietnam').map((c) => c.name)).toContain('Da Nang');
  });

  it('crosses to the islands only by air', async () => {
    const drive = (from: string, to: string) => world.groundRoute({ from, to, mode: 'self-driving' });
    expect(await drive('Honolulu', 'Maui')).toBeUndefined();
    expect(await drive('Athens', 'Santorini')).toBeUndefined();
    expect(await drive('Santorini', 'Mykonos')).toBeUndefined();
    expect(await drive('Barcelona', 'Palma')).toBeUndefined();
    expect(await drive('Salt Lake City', 'Jackson')).toBeDefined();
    expect(await drive('Chicago', 'Madison')).toBeDefined();
  });

  it('runs trains where real lines serve them', async () => {
    const trains = (from: string, to: string) => world.searchTrains({ from, to, date: DATE });
    expect((await trains('Zurich', 'Lucerne')).length).toBeGreaterThan(0);
    expect((await trains('Zurich', 'Interlaken')).length).toBeGreaterThan(0);
    expect((await trains('Brussels', 'Bruges')).length).toBeGreaterThan(0);
    expect((await trains('Seoul', 'Busan'))[0]?.operator).toBe('Korail KTX');
    expect((await trains('Kyoto', 'Hiroshima')).length).toBeGreaterThan(0);
    expect((await trains('Bologna', 'Florence')).length).toBeGreaterThan(0);
    expect(await trains('Athens', 'Santorini')).toEqual([]);
  });

  it('gives each city its own weather and kitchens', async () => {
    const maui = await world.weather({ city: 'Maui', date: '2027-01-15' });
    const jackson = await world.weather({ city: 'Jackson', date: '2027-01-15' });
    expect(maui?.highC).toBeGreaterThan(22);
    expect(jackson?.highC).toBeLessThan(5);
    const cuisines = (await world.searchRestaurants({ city: 'Chiang Mai' })).flatMap((r) => r.cuisines);
    expect(cuisines).toContain('Khao Soi');
  });
});
