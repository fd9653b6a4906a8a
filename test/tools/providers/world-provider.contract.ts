import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addDays, type IsoDate } from '../../../tools/domain/common.schema.js';
import { Attribution } from '../../../tools/providers/sources/source-common.schema.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';
import { describeFlightsKindContract } from './kinds/flights.contract.js';
import { describeGazetteerContract } from './kinds/gazetteer.contract.js';
import { describeGroundKindContract } from './kinds/ground.contract.js';
import { describeRestaurantsKindContract } from './kinds/restaurants.contract.js';
import { describeSightsKindContract } from './kinds/sights.contract.js';
import { describeStaysKindContract } from './kinds/stays.contract.js';
import { describeTrainsKindContract } from './kinds/trains.contract.js';
import { describeWeatherKindContract } from './kinds/weather.contract.js';

/** Known-good queries for the provider under test. */
export interface WorldProviderFixture {
  /** A city with stays, restaurants and sights. */
  city: string;
  /** A query that has at least one flight. */
  flightQuery: { from: string; to: string; date: IsoDate };
  /** A pair with a road route in both modes; omit it when the flight pair has no road route. */
  groundPair?: { from: string; to: string };
  /** A query with at least one train; omit it for a provider without trains (TravelPlanner). */
  trainQuery?: { from: string; to: string; date: IsoDate };
  /** A date to ask the weather for; defaults to the flight date. */
  weatherDate?: IsoDate;
}

/**
 * The contract every WorldProvider passes (STYLE.md §6): each of its kinds passes its own kind
 * contract (test/tools/providers/kinds/, in canonical names resolved by the provider), and the
 * world as a whole is consistent — every plannable city is found in its region, a flight it
 * found re-quotes as itself, and its attributions parse.
 */
export function describeWorldProviderContract(
  label: string,
  makeProvider: () => WorldProvider,
  fixture: WorldProviderFixture,
): void {
  const provider = makeProvider();
  const canonical = (name: string): string => {
    const info = provider.resolveCity(name);
    if (!info) throw new Error(`fixture city "${name}" does not resolve`);
    return info.name;
  };
  const city = canonical(fixture.city);
  const hop = <Q extends { from: string; to: string }>(q: Q): Q => ({
    ...q,
    from: canonical(q.from),
    to: canonical(q.to),
  });
  const flightQuery = hop(fixture.flightQuery);

  describe(`WorldProvider contract: ${label}`, () => {
    it('has a name and parseable attributions', () => {
      expect(provider.name.trim()).not.toBe('');
      z.array(Attribution).parse(provider.attributions);
    });

    // A gazetteer may be wider than the inventory (TravelPlanner knows 312 cities, one query's
    // data covers a few): citiesInRegion may leave out a city only when nothing there can be planned.
    it('finds each plannable city in its region', async () => {
      for (const known of provider.listCities()) {
        const names = provider.citiesInRegion(known.region).map((c) => c.name);
        if (names.includes(known.name)) continue;
        const [stays, sights] = await Promise.all([
          provider.searchStays({ city: known.name }),
          provider.searchSights({ city: known.name }),
        ]);
        expect({ city: known.name, stays: stays.length, sights: sights.length }).toEqual({
          city: known.name,
          stays: 0,
          sights: 0,
        });
      }
      expect(provider.citiesInRegion(provider.resolveCity(city)?.region ?? '').map((c) => c.name)).toContain(
        city,
      );
    });

    it('re-quotes a flight it found as that flight; a flight it never had as undefined', async () => {
      const [flight] = await provider.searchFlights(flightQuery);
      expect(await provider.requoteFlight(flight!, flightQuery)).toEqual(flight);
      const unknown = { ...flight!, flightNumber: 'ZZ0000' };
      expect(await provider.requoteFlight(unknown, flightQuery)).toBeUndefined();
    });

    it('takes the stay dates and party a real source prices by', async () => {
      const checkIn = fixture.flightQuery.date;
      const query = { city, checkIn, checkOut: addDays(checkIn, 2), travellers: 2 };
      const dated = await provider.searchStays(query);
      expect(dated.every((s) => s.city === city)).toBe(true);
    });

    it('re-quotes a stay it found as that stay; a stay it never had as undefined', async () => {
      const checkIn = fixture.flightQuery.date;
      const query = { city, checkIn, checkOut: addDays(checkIn, 2), travellers: 2 };
      const [stay] = await provider.searchStays(query);
      expect(await provider.requoteStay(stay!, query)).toEqual(stay);
      expect(await provider.requoteStay({ ...stay!, name: 'Nowhere Inn ZZ' }, query)).toBeUndefined();
    });
  });

  describeGazetteerContract(label, makeProvider, { city: fixture.city });
  describeFlightsKindContract(label, makeProvider, { query: flightQuery });
  describeTrainsKindContract(
    label,
    makeProvider,
    fixture.trainQuery ? { query: hop(fixture.trainQuery) } : { noTrainsQuery: flightQuery },
  );
  describeGroundKindContract(label, makeProvider, {
    city,
    ...(fixture.groundPair ? { pair: hop(fixture.groundPair) } : { noRoutePair: flightQuery }),
  });
  describeStaysKindContract(label, makeProvider, { query: { city } });
  describeRestaurantsKindContract(label, makeProvider, { city });
  describeSightsKindContract(label, makeProvider, { city });
  describeWeatherKindContract(label, makeProvider, {
    city,
    date: fixture.weatherDate ?? fixture.flightQuery.date,
  });
}
