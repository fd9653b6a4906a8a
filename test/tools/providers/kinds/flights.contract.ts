import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Flight } from '../../../../tools/domain/inventory.schema.js';
import type { FlightQuery, FlightsKind } from '../../../../tools/providers/world/world-kinds.js';
import { expectExactly, NOT_A_DATE, UNKNOWN_CITY } from './kind-contract-support.js';

export interface FlightsFixture {
  /** A query with at least one flight, in canonical city names. */
  query: FlightQuery;
}

/**
 * The FlightsKind contract: flights are exactly their schema, are on the asked date between the asked cities, are
 * deterministic (also across instances), accept the optional pricing fields, and unknown cities
 * give no flights. A kind with offers re-quotes a flight it found as the same flight number.
 */
export function describeFlightsKindContract(
  label: string,
  makeKind: () => FlightsKind,
  fixture: FlightsFixture,
): void {
  describe(`FlightsKind contract: ${label}`, () => {
    const kind = makeKind();
    const { query } = fixture;

    it('has a name', () => {
      expect(kind.name.trim()).not.toBe('');
    });

    it('returns parseable flights on the asked date between the asked cities', async () => {
      const flights = await kind.searchFlights(query);
      expect(flights.length).toBeGreaterThan(0);
      expectExactly(z.array(Flight), flights);
      for (const flight of flights) {
        expect([flight.from, flight.to, flight.date]).toEqual([query.from, query.to, query.date]);
      }
    });

    it('is deterministic, also across instances', async () => {
      const first = await kind.searchFlights(query);
      expect(await kind.searchFlights(query)).toEqual(first);
      expect(await makeKind().searchFlights(query)).toEqual(first);
    });

    it('takes the party, cabin and stops a real service prices by', async () => {
      const flights = await kind.searchFlights({ ...query, travellers: 2, cabin: 'economy', maxStops: 1 });
      expectExactly(z.array(Flight), flights);
      for (const flight of flights) expect([flight.from, flight.to]).toEqual([query.from, query.to]);
    });

    it('returns no flights for unknown cities', async () => {
      expect(await kind.searchFlights({ ...query, to: UNKNOWN_CITY })).toEqual([]);
      expect(await kind.searchFlights({ ...query, from: UNKNOWN_CITY })).toEqual([]);
    });

    it('rejects a malformed date', async () => {
      await expect(kind.searchFlights({ ...query, date: NOT_A_DATE })).rejects.toThrow();
    });

    if (kind.requoteFlight) {
      it('re-quotes a flight it found as the same flight number', async () => {
        const [flight] = await kind.searchFlights(query);
        const again = await kind.requoteFlight?.(flight!, query);
        if (again !== undefined) {
          expectExactly(Flight, again);
          expect(again.flightNumber).toBe(flight?.flightNumber);
        }
      });
    }
  });
}
