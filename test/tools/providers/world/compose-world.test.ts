import { describe, expect, it } from 'vitest';
import type { Flight, Stay } from '../../../../tools/domain/inventory.schema.js';
import { createSandboxKinds, createSandboxWorld } from '../../../../tools/providers/sandbox/sandbox-world.js';
import type { Attribution } from '../../../../tools/providers/sources/source-common.schema.js';
import { composeWorld } from '../../../../tools/providers/world/compose-world.js';
import type {
  FlightQuery,
  FlightsKind,
  StayQuery,
  StaysKind,
} from '../../../../tools/providers/world/world-kinds.js';
import type { WorldProvider } from '../../../../tools/providers/world-provider.js';

const query: FlightQuery = { from: 'Seattle', to: 'Los Angeles', date: '2025-06-13' };
const OSM: Attribution = {
  source: 'openstreetmap',
  text: '© OpenStreetMap contributors',
  licence: 'ODbL-1.0',
  url: 'https://www.openstreetmap.org/copyright',
};

describe('composeWorld', () => {
  it('answers exactly as the kinds it is made of', async () => {
    const sandbox = createSandboxWorld({ seed: 3 });
    const composed = composeWorld('mine', createSandboxKinds({ seed: 3 }));
    expect(composed.name).toBe('mine');
    expect(composed.attributions).toEqual([]);
    expect(composed.listCities()).toEqual(sandbox.listCities());
    expect(await composed.searchFlights(query)).toEqual(await sandbox.searchFlights(query));
    expect(await composed.searchStays({ city: 'Portland' })).toEqual(
      await sandbox.searchStays({ city: 'Portland' }),
    );
    expect(await composed.weather({ city: 'Portland', date: '2025-06-13' })).toEqual(
      await sandbox.weather({ city: 'Portland', date: '2025-06-13' }),
    );
  });

  it('takes each kind from where it is given: a flights kind of its own replaces the sandbox fares', async () => {
    const kinds = createSandboxKinds();
    const flights: FlightsKind = { name: 'no-flights', searchFlights: async () => [] };
    const world = composeWorld('flights=none', { ...kinds, flights });
    expect(await world.searchFlights(query)).toEqual([]);
    expect((await world.searchStays({ city: 'Seattle' })).length).toBeGreaterThan(0);
  });

  it('keeps a copy of the attributions that cannot be changed', () => {
    const given = [OSM];
    const world = composeWorld('osm', { ...createSandboxKinds(), attributions: given });
    given.pop();
    expect(world.attributions).toEqual([OSM]);
    expect(Object.isFrozen(world.attributions)).toBe(true);
  });

  it('refuses an empty name (plans show it)', () => {
    expect(() => composeWorld('  ', createSandboxKinds())).toThrow(/name/);
  });

  describe('requoteFlight', () => {
    it("uses the flights kind's own re-quote when it has one", async () => {
      const asked: [Flight, FlightQuery][] = [];
      const [flight] = await createSandboxWorld().searchFlights(query);
      const repriced = { ...flight!, price: flight!.price + 10 };
      const flights: FlightsKind = {
        name: 'offers',
        searchFlights: async () => {
          throw new Error('a kind with offers re-quotes without searching');
        },
        requoteFlight: async (f, q) => {
          asked.push([f, q]);
          return repriced;
        },
      };
      const world = composeWorld('offers', { ...createSandboxKinds(), flights });
      const withParty = { ...query, travellers: 3 };
      expect(await world.requoteFlight(flight!, withParty)).toEqual(repriced);
      expect(asked).toEqual([[flight, withParty]]);
    });

    it('else searches again and finds the flight by number, or undefined when it is gone', async () => {
      const world = createSandboxWorld();
      const [first, second] = await world.searchFlights(query);
      expect(await world.requoteFlight(second!, query)).toEqual(second);
      const gone = { ...first!, flightNumber: 'ZZ9999' };
      expect(await world.requoteFlight(gone, query)).toBeUndefined();
    });

    it('searches through a derived world: a world spread from it with its own fares re-quotes those', async () => {
      const base = createSandboxWorld();
      const [flight] = await base.searchFlights(query);
      const derived: WorldProvider = {
        ...base,
        searchFlights: async (q) => (await base.searchFlights(q)).map((f) => ({ ...f, price: f.price * 2 })),
      };
      expect((await derived.requoteFlight(flight!, query))?.price).toBe(flight!.price * 2);
    });
  });

  describe('requoteStay', () => {
    const stayQuery: StayQuery = {
      city: 'Portland',
      checkIn: '2025-06-13',
      checkOut: '2025-06-15',
      travellers: 2,
    };

    it("uses the stays kind's own re-quote when it has one", async () => {
      const asked: [Stay, StayQuery][] = [];
      const [stay] = await createSandboxWorld().searchStays(stayQuery);
      const repriced = { ...stay!, pricePerNight: stay!.pricePerNight + 10 };
      const stays: StaysKind = {
        name: 'offers',
        searchStays: async () => {
          throw new Error('a kind with offers re-quotes without searching');
        },
        requoteStay: async (s, q) => {
          asked.push([s, q]);
          return repriced;
        },
      };
      const world = composeWorld('offers', { ...createSandboxKinds(), stays });
      expect(await world.requoteStay(stay!, stayQuery)).toEqual(repriced);
      expect(asked).toEqual([[stay, stayQuery]]);
    });

    it('else searches again and finds the stay by name, or undefined when it is gone', async () => {
      const world = createSandboxWorld();
      const [first, second] = await world.searchStays(stayQuery);
      expect(await world.requoteStay(second!, stayQuery)).toEqual(second);
      expect(await world.requoteStay({ ...first!, name: 'Nowhere Inn' }, stayQuery)).toBeUndefined();
    });

    it('searches through a derived world: a world spread from it with its own rates re-quotes those', async () => {
      const base = createSandboxWorld();
      const [stay] = await base.searchStays(stayQuery);
      const derived: WorldProvider = {
        ...base,
        searchStays: async (q) =>
          (await base.searchStays(q)).map((s) => ({ ...s, pricePerNight: s.pricePerNight * 2 })),
      };
      expect((await derived.requoteStay(stay!, stayQuery))?.pricePerNight).toBe(stay!.pricePerNight * 2);
    });
  });
});
